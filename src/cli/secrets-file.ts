// `--secrets FILE`: many secrets in one dotenv-style file (NAME=value per line, # comments), so
// that one CI secret or one protected file holds a helpdesk's hundreds of passwords and tokens.
// Rows name its entries in password_env / token_env as they would environment variables; the
// file wins over the environment. It must be readable by its owner only, like ~/.netrc and ssh
// keys: a file others can read has already leaked.
import { stat } from 'node:fs/promises'
import { UsageError, type Io } from './io.js'

/** The entries of the file; a UsageError (never a value) when it cannot be used. */
async function readSecretsFile(path: string, io: Io): Promise<Record<string, string>> {
  let mode: number
  try {
    mode = (await stat(path)).mode
  } catch (err) {
    throw new UsageError(`--secrets ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  // Windows has no POSIX modes: its ACLs are the user's business there.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(3, '0')
    throw new UsageError(`--secrets ${path}: others can read or change it (mode ${octal}): run chmod 600 on it first`)
  }
  let text: string
  try {
    text = await io.readFile(path)
  } catch (err) {
    throw new UsageError(`--secrets ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  // dotenv loads only when a secrets file is given: most runs have none.
  const { parse } = await import('dotenv')
  return parse(text)
}

/** The environment rows see: the user's, with the secrets file's entries on top. */
export interface SecretsEnvironment {
  env: Record<string, string | undefined>
  /** The file's values, to be scrubbed from every report. */
  secrets: string[]
}

export async function environmentWithSecrets(io: Io, path: string | undefined): Promise<SecretsEnvironment> {
  if (!path) return { env: io.env, secrets: [] }
  const entries = await readSecretsFile(path, io)
  return { env: { ...io.env, ...entries }, secrets: Object.values(entries).filter(Boolean) }
}
