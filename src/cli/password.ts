// The password comes from an environment variable, standard input, a helper command (given on
// the command line only, see secret-command.ts) or a hidden prompt; never argv.
import { UsageError, type Io } from './io.js'

interface PasswordFlags {
  passwordEnv?: string
  passwordStdin?: boolean
  passwordCmd?: string
  user?: string
}

export async function readPassword(flags: PasswordFlags, io: Io, timeoutMs = 8000): Promise<string | undefined> {
  const given = [flags.passwordEnv, flags.passwordStdin, flags.passwordCmd].filter(
    (v) => v !== undefined && v !== false,
  )
  if (given.length > 1) throw new UsageError('use one of --password-env, --password-stdin, --password-cmd')
  // The helper's code (child_process) loads only for the few who name one.
  if (flags.passwordCmd !== undefined)
    return (await import('./secret-command.js')).secretFromCommand('--password-cmd', flags.passwordCmd, timeoutMs)
  if (flags.passwordEnv) {
    const value = io.env[flags.passwordEnv]
    // The name is not repeated: a password typed in its place would be printed.
    if (value === undefined || value === '')
      throw new UsageError('--password-env: the environment variable it names is not set (or is empty)')
    return value
  }
  if (flags.passwordStdin) {
    // Only the first line: a second line must never become a protocol command.
    const text = (await io.readStdin()).split(/\r?\n/)[0]
    if (!text) throw new UsageError('--password-stdin: nothing was read from standard input')
    return text
  }
  if (flags.user && io.stdinIsTTY && io.stderrIsTTY) return promptHidden(io)
  return undefined
}

async function promptHidden(io: Io): Promise<string> {
  const { createInterface } = await import('node:readline')
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  // Echo nothing while the password is typed.
  ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {}
  io.stderr('Password: ')
  const answer = await new Promise<string>((resolve) => rl.question('', resolve))
  rl.close()
  io.stderr('\n')
  return answer
}
