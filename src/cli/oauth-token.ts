// The OAuth 2.0 access token: from an environment variable, standard input, or a helper command
// (see secret-command.ts: oauth2ms, mutt_oauth2.py, gcloud …).
import { UsageError, type Io } from './io.js'

export interface TokenFlags {
  oauth2TokenEnv?: string
  oauth2TokenStdin?: boolean
  oauth2TokenCmd?: string
}

export async function readToken(flags: TokenFlags, io: Io, timeoutMs: number): Promise<string | undefined> {
  const sources = [flags.oauth2TokenEnv, flags.oauth2TokenStdin, flags.oauth2TokenCmd]
  const given = sources.filter((v) => v !== undefined && v !== false)
  if (given.length > 1) throw new UsageError('use one of --oauth2-token-env, --oauth2-token-stdin, --oauth2-token-cmd')
  if (flags.oauth2TokenEnv) {
    const value = io.env[flags.oauth2TokenEnv]
    if (!value) throw new UsageError('--oauth2-token-env: the environment variable it names is not set (or is empty)')
    return value.trim()
  }
  const nothing = '--oauth2-token-stdin: nothing was read from standard input'
  const command = flags.oauth2TokenCmd
  if (!flags.oauth2TokenStdin && command === undefined) return undefined
  // The helper's code (child_process) loads only for the few who read a token this way.
  const { firstLine, secretFromCommand } = await import('./secret-command.js')
  if (command === undefined) return firstLine(await io.readStdin(), nothing)
  return secretFromCommand('--oauth2-token-cmd', command, timeoutMs)
}
