// The login of each target of a run file, checked for every target before anything connects:
// the file may name only MAILDOCTOR_… variables (or --allow-env ones), the variable (or
// --secrets entry) must be set, and no user name, password or token may carry a line break.
// Messages never show values.
import { BOTH_SECRETS, credentialsFromEnv, fileEnvRefused, fileMayUseEnv } from '../model/file-env.js'
import type { Credentials } from '../probes/probe.js'
import { ConfigError, type MonitorTarget } from './config.js'

export function targetCredentials(
  targets: MonitorTarget[],
  env: Record<string, string | undefined>,
  allowEnv: readonly string[],
): Map<MonitorTarget, Credentials | undefined> {
  const out = new Map<MonitorTarget, Credentials | undefined>()
  for (const t of targets) {
    if (t.passwordEnv && t.tokenEnv) throw new ConfigError(t.line, BOTH_SECRETS)
    for (const [field, name] of [
      ['password_env', t.passwordEnv],
      ['token_env', t.tokenEnv],
    ] as const) {
      if (name && !fileMayUseEnv(name, allowEnv)) throw new ConfigError(t.line, fileEnvRefused(field))
    }
    const login = credentialsFromEnv(t.user ?? t.address, t, env)
    if (login && 'error' in login) throw new ConfigError(t.line, login.error)
    out.set(t, login)
  }
  return out
}
