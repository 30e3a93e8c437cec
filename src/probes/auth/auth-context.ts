// What every authenticator reports: a refusal in the server's words (scrubbed by the session
// before it gets here), and a connection lost.
import type { Evidence } from '../../model/types.js'

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
