// What every authenticator reports: a refusal in the server's words (scrubbed by the session
// before it gets here), and a connection lost.
import type { Evidence } from '../../model/types.js'
import type { Credentials, ProbeOutcome } from '../probe.js'
import { fail } from '../probe.js'
import { tokenMechanismsOnly } from '../../protocols/capabilities.js'
import { readTokenFailure, tokenFailureFacts } from './token-failure.js'

/** A refusal as evidence: the server's words (never the command's arguments). */
export function refusal(lib: string, response: string, code?: string, command?: string): Evidence {
  return {
    code: 'AUTH_REJECTED',
    detail: response.slice(0, 300),
    source: { lib, code, response: response.slice(0, 500), command },
  }
}

/** The connection died during the login: nothing was refused, so nothing is to be classified. */
export function connectionLost(lib: string, detail: string, code?: string): Evidence {
  // An endless SASL exchange is the server breaking the protocol, not losing the connection.
  if (code === 'SASL_LOOP') return { code: 'PROTOCOL_SASL_LOOP', detail: detail.slice(0, 300), source: { lib, code } }
  return { code: 'AUTH_CONNECTION_LOST', detail: detail.slice(0, 300), source: { lib, code } }
}

/**
 * A refused login. With a token, the decoded error challenges lead the server's words (the
 * classifier reads both) and what they say becomes facts; the code tells diagnosis that a token,
 * not a password, was refused.
 */
export function loginRefused(
  creds: Credentials,
  response: string,
  challenges: string[],
  code?: string,
  command?: string,
): ProbeOutcome {
  if (creds.token === undefined) return fail([refusal('maildoctor', response, code, command)])
  const failure = readTokenFailure(challenges)
  const words = refusal('maildoctor', [...challenges, response].join('\n'), code, command)
  return fail([{ ...words, code: 'AUTH_TOKEN_REJECTED' }], tokenFailureFacts(failure))
}

/**
 * No mechanism fits these credentials. A password where the server lists only token mechanisms
 * is "password logins are off" (not "choose Normal password", which is what it refuses).
 */
export function noWayIn(creds: Credentials, offered: string[], where: string): ProbeOutcome {
  const facts = { 'auth.tried': false, 'auth.offered': offered.join(' ') }
  if (creds.token === undefined && tokenMechanismsOnly(offered))
    return fail([{ code: 'AUTH_OAUTH_ONLY', detail: where }], facts)
  const code = creds.token === undefined ? 'AUTH_NO_COMMON_MECHANISM' : 'AUTH_NO_TOKEN_MECHANISM'
  return fail([{ code, detail: offered.join(' ') || 'none' }], facts)
}
