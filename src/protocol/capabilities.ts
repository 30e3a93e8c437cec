// Reads capability lists (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO) into one shape.
import type { Protocol } from '../model/types.js'
import { DIALECTS } from './dialogues.js'

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

/** Lines are the capability payload without status lines or tags. */
export function parseCapabilities(protocol: Protocol, lines: string[]): Capabilities {
  const words = PARSERS[protocol](lines)
  const upper = words.map((w) => w.toUpperCase())
  const mechanisms = MECHANISMS[protocol](upper)
  const loginDisabled = protocol === 'imap' && upper.includes('LOGINDISABLED')
  // Dovecot lists POP3 USER even when only token mechanisms exist, and refuses PASS: where the
  // SASL list is given, it is what counts.
  const commandLogin =
    protocol === 'imap' ? !loginDisabled : protocol === 'pop3' && upper.includes('USER') && !mechanisms.length
  return {
    list: words,
    starttls: upper.includes(DIALECTS[protocol].starttlsCapability),
    loginDisabled,
    authMechanisms: mechanisms,
    userLogin:
      protocol === 'pop3' ? upper.includes('USER') : protocol === 'imap' ? !loginDisabled : mechanisms.length > 0,
    authAdvertised: mechanisms.length > 0,
    oauthOnly: !commandLogin && tokenMechanismsOnly(mechanisms),
  }
}

const PARSERS: Record<Protocol, (lines: string[]) => string[]> = {
  imap: (lines) =>
    lines.flatMap((l) => {
      const m = /\[CAPABILITY ([^\]]*)\]/i.exec(l) ?? /^\*\s+CAPABILITY\s+(.*)$/i.exec(l)
      return m ? m[1].trim().split(/\s+/) : []
    }),
  pop3: (lines) => lines.map((l) => l.trim()).filter((l) => l && l !== '.' && !/^[+-](OK|ERR)/i.test(l)),
  // EHLO: "250-mail.example.com Hello", "250-STARTTLS", "250 AUTH PLAIN LOGIN"; the first line is the greeting.
  smtp: (lines) =>
    lines
      .slice(1)
      .map((l) => l.replace(/^\d{3}[ -]/, '').trim())
      .filter(Boolean),
}

const MECHANISMS: Record<Protocol, (upper: string[]) => string[]> = {
  imap: (upper) => upper.filter((w) => w.startsWith('AUTH=')).map((w) => w.slice(5)),
  pop3: (upper) => upper.filter((w) => w.startsWith('SASL')).flatMap((w) => w.split(/\s+/).slice(1)),
  smtp: (upper) =>
    upper
      .filter((w) => /^AUTH[ =]/.test(w))
      .flatMap((w) => w.slice(5).trim().split(/\s+/))
      .filter((m, i, all) => m && all.indexOf(m) === i),
}
