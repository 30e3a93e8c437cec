// Which endpoints work, best first: implicit TLS before STARTTLS before plaintext, submission
// before relay, IMAP before POP3 before SMTP.
import type { EndpointResult, EndpointSpec, Protocol, Security } from '../model/types.js'

const PROTOCOL_RANK: Record<Protocol, number> = { imap: 0, pop3: 1, smtp: 2 }
const SECURITY_RANK: Record<Security, number> = { tls: 0, starttls: 1, plain: 2 }
// Port 25 is for servers talking to servers; clients submit on 465/587.
const portRank = (port: number) => (port === 25 ? 1 : 0)

export function rankEndpoints(endpoints: EndpointResult[]): EndpointResult[] {
  return [...endpoints].sort(
    (a, b) =>
      PROTOCOL_RANK[a.endpoint.protocol] - PROTOCOL_RANK[b.endpoint.protocol] ||
      (a.status === 'ok' ? 0 : 1) - (b.status === 'ok' ? 0 : 1) ||
      SECURITY_RANK[a.endpoint.security] - SECURITY_RANK[b.endpoint.security] ||
      portRank(a.endpoint.port) - portRank(b.endpoint.port) ||
      a.durationMs - b.durationMs,
  )
}

export function workingEndpoints(endpoints: EndpointResult[]): EndpointResult[] {
  return rankEndpoints(endpoints.filter((e) => e.status === 'ok' || e.status === 'warn'))
}

/** How mail clients label the security setting. */
export const SECURITY_LABEL: Record<Security, string> = { tls: 'SSL/TLS', starttls: 'STARTTLS', plain: 'none' }

export function describeEndpoint(e: EndpointSpec): string {
  return `${e.protocol.toUpperCase()} ${e.host}:${e.port} ${SECURITY_LABEL[e.security]}`
}
