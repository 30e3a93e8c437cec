// SASL mechanisms as data: what the first message is (when the protocol lets it ride on the
// command) and how to answer each server challenge. Password mechanisms and the two OAuth 2.0
// bearer-token ones (Google's XOAUTH2 and RFC 7628's OAUTHBEARER).
import { createHmac } from 'node:crypto'
import { TOKEN_MECHANISMS } from '../../protocols/capabilities.js'
import type { Credentials } from '../../model/credentials.js'

export interface Mechanism {
  /** The initial response, when the mechanism has one (RFC 4422 §5). */
  initial?: (c: Credentials) => string
  /** The answer to a decoded challenge; `step` counts challenges from 0. */
  respond: (challenge: string, c: Credentials, step: number) => string
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

export const MECHANISMS: Record<string, Mechanism> = {
  PLAIN: {
    initial: (c) => b64(`\0${c.user}\0${c.password}`),
    respond: (_challenge, c) => b64(`\0${c.user}\0${c.password}`),
  },
  // The old Microsoft mechanism: the server asks "Username:" then "Password:". No initial
  // response: RFC 4954 allows one, but servers of the age that still offer only LOGIN do not
  // all take it.
  LOGIN: {
    respond: (challenge, c, step) =>
      b64(/pass/i.test(challenge) || (step > 0 && !/user/i.test(challenge)) ? c.password : c.user),
  },
  'CRAM-MD5': {
    respond: (challenge, c) => b64(`${c.user} ${createHmac('md5', c.password).update(challenge).digest('hex')}`),
  },
  // https://developers.google.com/gmail/imap/xoauth2-protocol: a refused token gets a base64
  // JSON challenge, and the client answers with an empty line to receive the final NO/535.
  XOAUTH2: {
    initial: (c) => b64(xoauth2Message(c.user, c.token ?? '')),
    respond: (challenge, c, step) => (step === 0 && !challenge ? b64(xoauth2Message(c.user, c.token ?? '')) : ''),
  },
  // RFC 7628 §3.2.3: after an error challenge the client sends a single %x01 ("AQ==").
  OAUTHBEARER: {
    initial: (c) => b64(oauthBearerMessage(c.user, c.token ?? '')),
    respond: (challenge, c, step) =>
      step === 0 && !challenge ? b64(oauthBearerMessage(c.user, c.token ?? '')) : 'AQ==',
  },
}

/** The XOAUTH2 client message (before base64). */
export const xoauth2Message = (user: string, token: string): string => `user=${user}\x01auth=Bearer ${token}\x01\x01`

/** The OAUTHBEARER client message of RFC 7628 §3.1 (before base64); "," and "=" in the name are escaped. */
export const oauthBearerMessage = (user: string, token: string): string =>
  `n,a=${user.replace(/=/g, '=3D').replace(/,/g, '=2C')},\x01auth=Bearer ${token}\x01\x01`

/** Mechanisms in the order we prefer them; all only ever run over a verified TLS connection. */
const PREFERRED = ['PLAIN', 'LOGIN', 'CRAM-MD5'] as const

/** The first mechanism both sides know for these credentials, or undefined. */
export function pickMechanism(advertised: string[], creds?: Credentials): string | undefined {
  const upper = advertised.map((m) => m.toUpperCase())
  // Token mechanisms in the order we prefer them: the standard one (OAUTHBEARER) first.
  const tokens: readonly string[] = creds?.tokenMechanism ? [creds.tokenMechanism] : TOKEN_MECHANISMS
  const ours = creds?.token !== undefined ? tokens : PREFERRED
  return ours.find((m) => upper.includes(m))
}

export const decodeChallenge = (text: string): string => {
  try {
    return Buffer.from(text.trim(), 'base64').toString('utf8')
  } catch {
    return ''
  }
}
