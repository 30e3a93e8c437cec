// CR and LF end a protocol line and NUL separates SASL PLAIN's fields: in a user name or a
// password they would turn one login into several commands (USER alice, then LIST, DELE 1 …).
// Whatever the source (argv, a file's cell, an environment variable, stdin), such a value is
// refused before anything is sent; the message never repeats the value.

const LINE_BREAKING = /[\r\n\0]/

export type CredentialField = 'user' | 'password'

/** The first field holding CR, LF or NUL, or undefined when both are safe to send. */
export function unsafeCredentialField(creds: { user?: string; password?: string }): CredentialField | undefined {
  if (creds.user !== undefined && LINE_BREAKING.test(creds.user)) return 'user'
  if (creds.password !== undefined && LINE_BREAKING.test(creds.password)) return 'password'
  return undefined
}

const NAMES: Record<CredentialField, string> = { user: 'the user name', password: 'the password' }

/** One sentence for the user, without the value. */
export const unsafeCredentialMessage = (field: CredentialField, source = ''): string =>
  `${NAMES[field]}${source ? ` (${source})` : ''} holds a line break or a NUL character, ` +
  'which would add commands to the login: fix the value'
