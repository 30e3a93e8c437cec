// A secret from a helper command (like mbsync's PassCmd or msmtp's passwordeval: oauth2ms,
// mutt_oauth2.py, gcloud, pass, a keyring CLI …). The command comes only from the command line,
// runs without a shell (its words split by string-argv), within the stage timeout, and only the
// first line of its output is used; what it writes on stderr may hold secrets of its own and is
// never shown. Every failure is a UsageError naming the option, never the output.
import { spawn } from 'node:child_process'
import { parseArgsStringToArgv } from 'string-argv'
import { UsageError } from './io.js'

/** More than any secret (Microsoft's tokens run to a few kilobytes): a helper printing forever. */
const MAX_OUTPUT = 64 * 1024

/** The first line of the command's output, trimmed. */
export async function secretFromCommand(option: string, command: string, timeoutMs: number): Promise<string> {
  return firstLine(await runHelper(option, command, timeoutMs), `${option}: the command printed nothing`)
}

/** The first line of a text (a second line must never become a protocol command), or the error. */
export function firstLine(text: string, empty: string): string {
  const line = text.split('\n')[0].replace(/\r$/, '').trim()
  if (!line) throw new UsageError(empty)
  return line
}

function runHelper(option: string, command: string, timeoutMs: number): Promise<string> {
  const argv = parseArgsStringToArgv(command)
  if (!argv.length) return Promise.reject(new UsageError(`${option}: the command is empty`))
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout also stops what the helper started.
    const child = spawn(argv[0], argv.slice(1), {
      shell: false,
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    })
    let out = ''
    let settled = false
    const finish = (err?: UsageError) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (err) {
        stop(child.pid)
        reject(err)
      } else resolve(out)
    }
    const late = `${option}: the command did not finish within ${timeoutMs / 1000} s`
    const timer = setTimeout(() => finish(new UsageError(late)), timeoutMs)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (out.length > MAX_OUTPUT) finish(new UsageError(`${option}: the command printed far more than a secret`))
    })
    child.once('error', (err: NodeJS.ErrnoException) => {
      finish(new UsageError(`${option}: cannot run the command (${err.code ?? 'error'})`))
    })
    child.once('close', (code, signal) => {
      if (code === 0) return finish()
      finish(new UsageError(`${option}: the command failed (${signal ? `signal ${signal}` : `exit code ${code}`})`))
    })
  })
}

function stop(pid: number | undefined): void {
  if (!pid) return
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
