// SASL mechanisms as data: what the first message is (when the protocol lets it ride on the
// command) and how to answer each server challenge. Only what a password login needs.
import { createHmac } from 'node:crypto'
import type { Credentials } from '../probe.js'

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
    respond: (challenge, c, step) => b64(/pass/i.test(challenge) || (step > 0 && !/user/i.test(challenge)) ? c.password : c.user),
  },
  'CRAM-MD5': {
    respond: (challenge, c) => b64(`${c.user} ${createHmac('md5', c.password).update(challenge).digest('hex')}`),
  },
}

/** Mechanisms in the order we prefer them; all only ever run over a verified TLS connection. */
export const PREFERRED = ['PLAIN', 'LOGIN', 'CRAM-MD5'] as const

/** The first mechanism both sides know, or undefined. */
export function pickMechanism(advertised: string[]): string | undefined {
  const upper = advertised.map((m) => m.toUpperCase())
  return PREFERRED.find((m) => upper.includes(m))
}

export const decodeChallenge = (text: string): string => {
  try {
    return Buffer.from(text.trim(), 'base64').toString('utf8')
  } catch {
    return ''
  }
}
