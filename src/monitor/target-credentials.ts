// The password of each target of a run file, checked for every target before anything connects:
// the file may name only MAILDOCTOR_… variables (or --allow-env ones), the variable must be set,
// and neither the user name nor the password may carry a line break. Messages never show values.
import { unsafeCredentialField, unsafeCredentialMessage } from '../model/credential-text.js'
import { FILE_ENV_REFUSED, FILE_ENV_UNSET, fileMayUseEnv } from '../model/file-env.js'
import type { Credentials } from '../probes/probe.js'
import { ConfigError, type Target } from './config.js'

export function targetCredentials(
  targets: Target[],
  env: Record<string, string | undefined>,
  allowEnv: readonly string[],
): Map<Target, Credentials | undefined> {
  const out = new Map<Target, Credentials | undefined>()
  for (const t of targets) {
    if (!t.passwordEnv) {
      out.set(t, undefined)
      continue
    }
    if (!fileMayUseEnv(t.passwordEnv, allowEnv)) throw new ConfigError(t.line, FILE_ENV_REFUSED)
    const password = env[t.passwordEnv]
    if (!password) throw new ConfigError(t.line, FILE_ENV_UNSET)
    const user = t.user ?? t.address
    if (!user) throw new ConfigError(t.line, 'password_env needs user: or address: (whose login is it?)')
    const unsafe = unsafeCredentialField({ user, password })
    if (unsafe) {
      throw new ConfigError(t.line, unsafeCredentialMessage(unsafe, unsafe === 'password' ? 'password_env' : ''))
    }
    out.set(t, { user, password })
  }
  return out
}
