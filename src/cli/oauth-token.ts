// The OAuth 2.0 access token: from an environment variable, standard input, or a helper command
// (like mbsync's PassCmd or msmtp's passwordeval: oauth2ms, mutt_oauth2.py, gcloud …). The
// command comes only from the command line, runs without a shell (its words split by
// string-argv), within the stage timeout, and only the first line of its output is used; what
// it writes on stderr may hold secrets of its own and is never shown.
import { spawn } from 'node:child_process'
import { parseArgsStringToArgv } from 'string-argv'
import { UsageError, type Io } from './io.js'

export interface TokenFlags {
  oauth2TokenEnv?: string
  oauth2TokenStdin?: boolean
  oauth2TokenCmd?: string
}

/** More than any access token (Microsoft's run to a few kilobytes): a helper printing forever. */
const MAX_OUTPUT = 64 * 1024

export async function readToken(flags: TokenFlags, io: Io, timeoutMs: number): Promise<string | undefined> {
  const given = [flags.oauth2TokenEnv, flags.oauth2TokenStdin, flags.oauth2TokenCmd].filter((v) => v !== undefined && v !== false)
  if (given.length > 1) throw new UsageError('use one of --oauth2-token-env, --oauth2-token-stdin, --oauth2-token-cmd')
  if (flags.oauth2TokenEnv) {
    const value = io.env[flags.oauth2TokenEnv]
    if (!value) throw new UsageError('--oauth2-token-env: the environment variable it names is not set (or is empty)')
    return value.trim()
  }
  if (flags.oauth2TokenStdin) return firstLine(await io.readStdin(), '--oauth2-token-stdin: nothing was read from standard input')
  if (flags.oauth2TokenCmd !== undefined) return firstLine(await runHelper(flags.oauth2TokenCmd, timeoutMs), '--oauth2-token-cmd: the command printed no token')
  return undefined
}

function firstLine(text: string, empty: string): string {
  // Only the first line: a second line must never become a protocol command.
  const line = text.split('\n')[0].replace(/\r$/, '').trim()
  if (!line) throw new UsageError(empty)
  return line
}

/** Runs the helper; its stdout, or a UsageError that says what went wrong (never its output). */
export function runHelper(command: string, timeoutMs: number): Promise<string> {
  const argv = parseArgsStringToArgv(command)
  if (!argv.length) return Promise.reject(new UsageError('--oauth2-token-cmd: the command is empty'))
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout also stops what the helper started.
    const child = spawn(argv[0], argv.slice(1), { shell: false, stdio: ['ignore', 'pipe', 'ignore'], detached: process.platform !== 'win32', windowsHide: true })
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
    const timer = setTimeout(() => finish(new UsageError(`--oauth2-token-cmd: the command did not finish within ${timeoutMs / 1000} s`)), timeoutMs)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (out.length > MAX_OUTPUT) finish(new UsageError('--oauth2-token-cmd: the command printed far more than a token'))
    })
    child.once('error', (err: NodeJS.ErrnoException) => finish(new UsageError(`--oauth2-token-cmd: cannot run the command (${err.code ?? 'error'})`)))
    child.once('close', (code, signal) => {
      if (code === 0) return finish()
      finish(new UsageError(`--oauth2-token-cmd: the command failed (${signal ? `signal ${signal}` : `exit code ${code}`})`))
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
