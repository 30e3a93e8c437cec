// Which endpoints a mail program can use, best first. A client reads mail over IMAP or POP3 and
// sends over SMTP submission (465, 587, or another port the user named). Port 25 is for servers
// talking to servers: it counts as a way to send only when it offers a login over TLS and no
// submission port works, as a last resort some providers still allow.
import { PROTOCOLS, serviceOf } from '../model/types.js'
import type { EndpointResult, EndpointSpec, Protocol, Security, Service } from '../model/types.js'
import { isRelayPort, MAIL_PROTOCOLS, type MailProtocol } from '../protocols/index.js'

export { isRelayPort }
export type { Service }

const ALL: MailProtocol[] = Object.values(MAIL_PROTOCOLS)
export const SERVICE_PROTOCOLS: Record<Service, Protocol[]> = {
  receive: PROTOCOLS.filter((p) => serviceOf(p) === 'receive'),
  send: PROTOCOLS.filter((p) => serviceOf(p) === 'send'),
}

/** The registry's order is the preference: IMAP, then POP3, then SMTP. */
const PROTOCOL_RANK = Object.fromEntries(ALL.map((p, i) => [p.name, i])) as Record<Protocol, number>
const SECURITY_RANK: Record<Security, number> = { tls: 0, starttls: 1, plain: 2 }

const transportWorks = (e: EndpointResult): boolean => e.status === 'ok' || e.status === 'warn'

/** The connection was encrypted and verified, and the server listed AUTH on it. */
function offersAuthOverTls(e: EndpointResult): boolean {
  const facts = Object.assign(
    {},
    ...e.stages.filter((s) => s.status === 'pass' || s.status === 'warn').map((s) => s.facts),
  )
  if (e.endpoint.security === 'tls')
    return (
      e.stages.some((s) => s.stage === 'tls' && s.status !== 'fail' && s.status !== 'skip') &&
      Boolean(facts['caps.auth'])
    )
  if (e.endpoint.security === 'starttls') return Boolean(facts['after.caps.auth'])
  return false
}

/** Endpoints that are not for mail programs: port 25 without a login over TLS, or while submission works. */
export function relayOnly(endpoints: EndpointResult[]): Set<EndpointResult> {
  const submissionWorks = endpoints.some(
    (e) => serviceOf(e.endpoint.protocol) === 'send' && !isRelayPort(e.endpoint) && transportWorks(e),
  )
  return new Set(endpoints.filter((e) => isRelayPort(e.endpoint) && (submissionWorks || !offersAuthOverTls(e))))
}

/** Ways in that work for a mail program, best first within each protocol (IMAP, POP3, SMTP). */
export function clientWays(endpoints: EndpointResult[]): EndpointResult[] {
  const relay = relayOnly(endpoints)
  return rankEndpoints(endpoints.filter((e) => transportWorks(e) && !relay.has(e)))
}

export function rankEndpoints(endpoints: EndpointResult[]): EndpointResult[] {
  return [...endpoints].sort(
    (a, b) =>
      PROTOCOL_RANK[a.endpoint.protocol] - PROTOCOL_RANK[b.endpoint.protocol] ||
      (a.status === 'ok' ? 0 : 1) - (b.status === 'ok' ? 0 : 1) ||
      SECURITY_RANK[a.endpoint.security] - SECURITY_RANK[b.endpoint.security] ||
      (isRelayPort(a.endpoint) ? 1 : 0) - (isRelayPort(b.endpoint) ? 1 : 0) ||
      a.durationMs - b.durationMs,
  )
}

/**
 * The order a person should try endpoints in: implicit TLS first (993, 995, 465), then STARTTLS
 * (143, 110, 587), then plaintext; IMAP before POP3 at the same level.
 */
export const preference = (e: EndpointSpec): number =>
  SECURITY_RANK[e.security] * 10 + PROTOCOL_RANK[e.protocol] * 2 + (isRelayPort(e) ? 1 : 0) + (e.alternative ? 0.5 : 0)

/** How mail clients label the security setting. */
export const SECURITY_LABEL: Record<Security, string> = { tls: 'SSL/TLS', starttls: 'STARTTLS', plain: 'none' }

export function describeEndpoint(e: EndpointSpec): string {
  return `${e.protocol.toUpperCase()} ${e.host}:${e.port} ${SECURITY_LABEL[e.security]}`
}
