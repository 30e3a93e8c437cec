// A batch or run file is often written by someone else, and the environment of whoever runs it
// holds other secrets (CI tokens, cloud keys). A file may therefore name only variables meant for
// maildoctor (MAILDOCTOR_…) or ones the user allowed by name on the command line (--allow-env).
// The same holds for names found in a --secrets file, which the user's environment is merged
// with (the file wins). The user's own --password-env is not limited: the user chose it.
import { unsafeCredentialField, unsafeCredentialMessage } from './credential-text.js'

const FILE_ENV_PREFIX = 'MAILDOCTOR_'

export const fileMayUseEnv = (name: string, allowed: readonly string[] = []): boolean =>
  name.startsWith(FILE_ENV_PREFIX) || allowed.includes(name)

/** The columns of a file that name a secret's variable. */
export type SecretField = 'password_env' | 'token_env'

/** The refusal, without the name: a password typed in the password_env column would be printed. */
export const fileEnvRefused = (field: SecretField): string =>
  `${field} may only name a variable that starts with ${FILE_ENV_PREFIX}, or one allowed with --allow-env NAME`
export const FILE_ENV_REFUSED = fileEnvRefused('password_env')

/** Also without the name, for the same reason. */
const fileEnvUnset = (field: SecretField): string =>
  `${field} names an environment variable that is not set (or is empty), nor a --secrets entry`
export const FILE_ENV_UNSET = fileEnvUnset('password_env')

export const BOTH_SECRETS = 'give password_env or token_env, not both'

/** A row's login by reference: the password's or the token's variable. */
export interface SecretRefs {
  passwordEnv?: string
  tokenEnv?: string
}

/** The login of a row whose names passed fileMayUseEnv: credentials, none, or why not (never a value). */
export function credentialsFromEnv(
  user: string | undefined,
  refs: SecretRefs,
  env: Record<string, string | undefined>,
): { user: string; password: string; token?: string } | undefined | { error: string } {
  const field: SecretField = refs.tokenEnv ? 'token_env' : 'password_env'
  const name = refs.tokenEnv ?? refs.passwordEnv
  if (!name) return undefined
  const value = env[name]
  if (!value) return { error: fileEnvUnset(field) }
  if (!user) return { error: `${field} needs user: or address: (whose login is it?)` }
  const creds = refs.tokenEnv ? { user, password: '', token: value.trim() } : { user, password: value }
  const unsafe = unsafeCredentialField(creds)
  return unsafe ? { error: unsafeCredentialMessage(unsafe, unsafe === 'user' ? '' : field) } : creds
}
