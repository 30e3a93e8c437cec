// What every authenticator reports: a refusal in the server's words, a connection lost, and
// text with the password taken out.
import type { Evidence } from '../../model/types.js'
import type { Credentials } from '../probe.js'

/** A refusal as evidence: the server's words (never the command's arguments). */
export function refusal(lib: string, response: string, code?: string, command?: string): Evidence {
  return { code: 'AUTH_REJECTED', detail: response.slice(0, 300), source: { lib, code, response: response.slice(0, 500), command } }
}

/** The connection died during the login: nothing was refused, so nothing is to be classified. */
export function connectionLost(lib: string, detail: string, code?: string): Evidence {
  // An endless SASL exchange is the server breaking the protocol, not losing the connection.
  if (code === 'SASL_LOOP') return { code: 'PROTOCOL_SASL_LOOP', detail: detail.slice(0, 300), source: { lib, code } }
  return { code: 'AUTH_CONNECTION_LOST', detail: detail.slice(0, 300), source: { lib, code } }
}

/** The password as it may appear on the wire: plain, and in the base64 forms SASL sends. */
export function secretForms(creds: Credentials): string[] {
  if (!creds.password) return []
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  // Longest first, so a form that contains another is replaced whole.
  return [b64(`\0${creds.user}\0${creds.password}`), b64(creds.password), creds.password].sort((a, b) => b.length - a.length)
}

/** Removes the password from a server's words, also in the encodings it travelled in. */
export function scrub(text: string, creds: Credentials): string {
  return secretForms(creds).reduce((t, secret) => t.split(secret).join('********'), text)
}
