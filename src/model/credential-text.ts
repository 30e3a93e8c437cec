// CR and LF end a protocol line and NUL separates SASL PLAIN's fields: in a user name, a password
// or a token they would turn one login into several commands (USER alice, then LIST, DELE 1 …).
// Whatever the source (argv, a file's cell, an environment variable, stdin, a helper command),
// such a value is refused before anything is sent; the message never repeats the value.

const LINE_BREAKING = /[\r\n\0]/

export type CredentialField = 'user' | 'password' | 'token'

const FIELDS: readonly CredentialField[] = ['user', 'password', 'token']

/** The first field holding CR, LF or NUL, or undefined when all are safe to send. */
export function unsafeCredentialField(creds: Partial<Record<CredentialField, string>>): CredentialField | undefined {
  return FIELDS.find((f) => creds[f] !== undefined && LINE_BREAKING.test(creds[f]!))
}

const NAMES: Record<CredentialField, string> = {
  user: 'the user name',
  password: 'the password',
  token: 'the access token',
}

/** One sentence for the user, without the value. */
export const unsafeCredentialMessage = (field: CredentialField, source = ''): string =>
  `${NAMES[field]}${source ? ` (${source})` : ''} holds a line break or a NUL character, ` +
  'which would add commands to the login: fix the value'
