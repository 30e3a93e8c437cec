// Reads capability lists (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO) into one shape.

export interface Capabilities {
  list: string[]
  starttls: boolean
  /** IMAP LOGINDISABLED: no plaintext login on this connection. */
  loginDisabled: boolean
  /** SASL mechanisms advertised (IMAP AUTH=, POP3 SASL, SMTP AUTH). */
  authMechanisms: string[]
  /** POP3 USER / IMAP LOGIN allowed (not LOGINDISABLED). */
  userLogin: boolean
  /** SMTP only: the server advertises AUTH at all. */
  authAdvertised: boolean
  /** Only OAuth 2.0 tokens are taken here: token mechanisms only, and no LOGIN / USER command. */
  oauthOnly: boolean
}

/** OAuth 2.0 bearer-token SASL mechanisms: RFC 7628's and Google's (with its older relatives). */
export const TOKEN_MECHANISMS = ['OAUTHBEARER', 'XOAUTH2'] as const
const TOKEN_FAMILY = new Set<string>([...TOKEN_MECHANISMS, 'XOAUTH', 'PLAIN-CLIENTTOKEN'])

/** The mechanisms offer a token sign-in and nothing that carries a password. */
export const tokenMechanismsOnly = (mechanisms: string[]): boolean =>
  mechanisms.some((m) => (TOKEN_MECHANISMS as readonly string[]).includes(m.toUpperCase())) &&
  mechanisms.every((m) => TOKEN_FAMILY.has(m.toUpperCase()))

/** What a protocol says about its capability list: the command, and how to read the answer. */
export interface CapabilityDialect {
  /** Command that lists capabilities (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO). */
  command: string
  /** Said after a refused capability command, so the conversation goes on (SMTP HELO). */
  fallback?: string
  /** Name of the capability that advertises STARTTLS. */
  starttls: string
  /** The capability lines a greeting already carries (IMAP [CAPABILITY …]), saving a round trip. */
  inGreeting?(greeting: string): string[] | undefined
  /** The capability words of the reply lines (without status lines or tags). */
  words(lines: string[]): string[]
  /** SASL mechanisms among the upper-cased words. */
  mechanisms(upper: string[]): string[]
  /** IMAP LOGINDISABLED: no plaintext login on this connection. */
  loginDisabled?(upper: string[]): boolean
  /** A login by password command (IMAP LOGIN, POP3 USER) is listed. */
  userLogin(upper: string[], mechanisms: string[], loginDisabled: boolean): boolean
  /** A password login by command is possible, whatever SASL lists (decides "OAuth only"). */
  commandLogin(upper: string[], mechanisms: string[], loginDisabled: boolean): boolean
}

/** Lines are the capability payload without status lines or tags. */
export function parseCapabilityList(dialect: CapabilityDialect, lines: string[]): Capabilities {
  const words = dialect.words(lines)
  const upper = words.map((w) => w.toUpperCase())
  const mechanisms = dialect.mechanisms(upper)
  const loginDisabled = dialect.loginDisabled?.(upper) ?? false
  return {
    list: words,
    starttls: upper.includes(dialect.starttls),
    loginDisabled,
    authMechanisms: mechanisms,
    userLogin: dialect.userLogin(upper, mechanisms, loginDisabled),
    authAdvertised: mechanisms.length > 0,
    oauthOnly: !dialect.commandLogin(upper, mechanisms, loginDisabled) && tokenMechanismsOnly(mechanisms),
  }
}
