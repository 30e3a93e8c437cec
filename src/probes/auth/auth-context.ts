// What every authenticator needs: where to connect (the address the transport stages proved),
// under which name to verify the certificate, and how to report a refusal.
import { isIP } from 'node:net'
import type { ConnectionOptions } from 'node:tls'
import type { Evidence } from '../../model/types.js'
import type { ProbeContext } from '../probe.js'
import { trustContext } from '../trust.js'

export interface AuthTarget {
  address: string
  port: number
  servername?: string
  /** Verification on: a login never goes to a server whose certificate we did not accept. */
  tls: ConnectionOptions
  timeoutMs: number
}

export function authTarget(ctx: ProbeContext): AuthTarget {
  const host = ctx.endpoint.host
  const servername = isIP(host) ? undefined : host
  return {
    address: ctx.state.address ?? host,
    port: ctx.endpoint.port,
    servername,
    tls: {
      servername,
      secureContext: trustContext(ctx.options.ca),
      rejectUnauthorized: true,
    },
    timeoutMs: ctx.options.timeoutMs,
  }
}

/** A refusal as evidence: the server's words (never the command's arguments). */
export function refusal(lib: string, response: string, code?: string, command?: string): Evidence {
  return { code: 'AUTH_REJECTED', detail: response.slice(0, 300), source: { lib, code, response: response.slice(0, 500), command } }
}

/** The connection died during the login: nothing was refused, so nothing is to be classified. */
export function connectionLost(lib: string, detail: string, code?: string): Evidence {
  return { code: 'AUTH_CONNECTION_LOST', detail: detail.slice(0, 300), source: { lib, code } }
}

/** Removes a secret from any text a library hands back. */
export function scrub(text: string, secret: string): string {
  if (!secret) return text
  return text.split(secret).join('********')
}
