// Spinners on stderr while work is under way: on a terminal only, never with machine output,
// NO_COLOR or CI.
import type { AccountResult } from '../batch/result.js'
import type { EndpointResult, EndpointSpec } from '../model/types.js'
import { MESSAGES } from '../i18n/messages.js'
import type { OutputChoice } from './check-options.js'
import type { Io } from './io.js'

export interface Progress {
  planned(endpoints: EndpointSpec[]): void
  done(result: EndpointResult): void
  stop(): void
}

export interface BatchProgress {
  tick(result: AccountResult): void
  stop(): void
}

type Spinner = { text: string; stop(): unknown }

/**
 * A terminal without a width (a pseudo-terminal nobody sized, as `script` or `docker run -t`
 * give) gets no spinner: ora divides by the width and then clears lines forever.
 * The terminal's input is left alone (no raw mode): in a background job (`maildoctor batch … &`)
 * changing the terminal's mode stops the whole process with SIGTTOU until someone brings it back
 * to the foreground, and Ctrl+C must keep working as the shell set it up.
 */
async function spinner(io: Io, text: string): Promise<Spinner | undefined> {
  if (!io.stderrIsTTY || !(io.stderrColumns > 0) || 'NO_COLOR' in io.env || io.env.CI) return undefined
  const { default: ora } = await import('ora')
  return ora({ stream: process.stderr, text, discardStdin: false }).start()
}

export async function startProgress(io: Io, choice: OutputChoice): Promise<Progress> {
  const s = choice.format === 'human' ? await spinner(io, MESSAGES[choice.lang].checking + '…') : undefined
  if (!s) return { planned() {}, done() {}, stop() {} }
  const pending = new Set<string>()
  const label = (e: EndpointSpec) => `${e.protocol.toUpperCase()} ${e.port}`
  const show = () => (s.text = `${MESSAGES[choice.lang].checking} ${[...pending].join(', ')}`)
  return {
    planned(endpoints) {
      for (const e of endpoints) pending.add(label(e))
      show()
    },
    done(result) {
      pending.delete(label(result.endpoint))
      show()
    },
    stop: () => void s.stop(),
  }
}

/** done/total, accounts with problems, and the time left at the pace so far. */
export async function startBatchProgress(io: Io, total: number): Promise<BatchProgress> {
  const s = total ? await spinner(io, `0/${total}`) : undefined
  if (!s) return { tick() {}, stop() {} }
  const started = Date.now()
  let done = 0
  let problems = 0
  return {
    tick(r) {
      done++
      if (r.errors || r.inputError) problems++
      const eta = Math.round((((Date.now() - started) / done) * (total - done)) / 1000)
      s.text = `${done}/${total} · ${problems} ✖ · ETA ${eta}s`
    },
    stop: () => void s.stop(),
  }
}
