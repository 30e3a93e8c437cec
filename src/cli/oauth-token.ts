// The OAuth 2.0 access token: from an environment variable, standard input, or a helper command
// (see secret-command.ts: oauth2ms, mutt_oauth2.py, gcloud …).
import { UsageError, type Io } from './io.js'
import { firstLine, secretFromCommand } from './secret-command.js'

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
  if (flags.oauth2TokenStdin) return firstLine(await io.readStdin(), nothing)
  if (flags.oauth2TokenCmd !== undefined)
    return secretFromCommand('--oauth2-token-cmd', flags.oauth2TokenCmd, timeoutMs)
  return undefined
}
