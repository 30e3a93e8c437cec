// A batch or run file is often written by someone else, and the environment of whoever runs it
// holds other secrets (CI tokens, cloud keys). A file may therefore name only variables meant for
// maildoctor (MAILDOCTOR_…) or ones the user allowed by name on the command line (--allow-env).
// The user's own --password-env is not limited: the user chose it.

export const FILE_ENV_PREFIX = 'MAILDOCTOR_'

export const fileMayUseEnv = (name: string, allowed: readonly string[] = []): boolean =>
  name.startsWith(FILE_ENV_PREFIX) || allowed.includes(name)

/** The refusal, without the name: a password typed in the password_env column would be printed. */
export const FILE_ENV_REFUSED =
  `password_env may only name a variable that starts with ${FILE_ENV_PREFIX}, or one allowed with --allow-env NAME`

/** Also without the name, for the same reason. */
export const FILE_ENV_UNSET = 'password_env names an environment variable that is not set (or is empty)'
