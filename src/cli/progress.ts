// A spinner on stderr while endpoints are probed: TTY only, never with JSON or NO_COLOR.
import type { EndpointResult, EndpointSpec } from '../model/types.js'
import { MESSAGES } from '../i18n/messages.js'
import type { OutputChoice } from './check-options.js'
import type { Io } from './io.js'

export interface Progress {
  planned(endpoints: EndpointSpec[]): void
  done(result: EndpointResult): void
  stop(): void
}

const SILENT: Progress = { planned() {}, done() {}, stop() {} }

export async function startProgress(io: Io, choice: OutputChoice): Promise<Progress> {
  if (!io.stderrIsTTY || choice.format !== 'human' || 'NO_COLOR' in io.env || io.env.CI) return SILENT
  const { default: ora } = await import('ora')
  const spinner = ora({ stream: process.stderr, text: MESSAGES[choice.lang].checking + '…' }).start()
  const pending = new Set<string>()
  const label = (e: EndpointSpec) => `${e.protocol.toUpperCase()} ${e.port}`
  const show = () => (spinner.text = `${MESSAGES[choice.lang].checking} ${[...pending].join(', ')}`)
  return {
    planned(endpoints) {
      for (const e of endpoints) pending.add(label(e))
      show()
    },
    done(result) {
      pending.delete(label(result.endpoint))
      show()
    },
    stop() {
      spinner.stop()
    },
  }
}
