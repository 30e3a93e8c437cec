// The answer a person wants first: can I receive, can I send, and which one cause to fix first.
// Pure: from the endpoints' results and the findings diagnose made of them.
import type { EndpointRef, EndpointResult, Finding, ServiceVerdict, Verdict, Way } from '../model/types.js'
import { connected } from './endpoint-facts.js'
import { clientWays, preference, SERVICE_PROTOCOLS, type Service } from './working.js'

// What the user typed comes before anything a server said: a misspelled domain explains the rest.
const INPUT_CAUSES = new Set(['address_domain_typo', 'wrong_server_name'])
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const

const sameRef = (r: EndpointRef, e: EndpointResult) =>
  r.protocol === e.endpoint.protocol && r.host === e.endpoint.host && r.port === e.endpoint.port
const way = (e: EndpointResult): Way => ({
  protocol: e.endpoint.protocol,
  host: e.endpoint.host,
  port: e.endpoint.port,
  security: e.endpoint.security,
})

/**
 * Lower is more fundamental: input mistakes; then a problem an answering server showed (TLS,
 * greeting, login) before a port that was refused or silent; then the preferred endpoint first
 * (993, 995, 465, then 143, 110, 587).
 */
function findingRank(f: Finding, endpoints: EndpointResult[]): number {
  if (INPUT_CAUSES.has(f.cause)) return -1
  const seen = endpoints.filter((e) => f.endpoints.some((r) => sameRef(r, e)))
  if (!seen.length) return 1000
  return Math.min(...seen.map((e) => (connected(e) ? 0 : 100) + preference(e.endpoint)))
}

export function rankFindings(findings: Finding[], endpoints: EndpointResult[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || findingRank(a, endpoints) - findingRank(b, endpoints),
  )
}

function serviceVerdict(service: Service, endpoints: EndpointResult[], findings: Finding[]): ServiceVerdict {
  const own = endpoints.filter((e) => SERVICE_PROTOCOLS[service].includes(e.endpoint.protocol))
  if (!own.some((e) => !e.endpoint.alternative)) return { status: 'not_checked', via: null, cause: null }
  const ways = clientWays(own).sort((a, b) => preference(a.endpoint) - preference(b.endpoint))
  if (ways.length) return { status: 'ok', via: way(ways[0]), cause: null }
  const related = findings.filter(
    (f) =>
      f.severity !== 'info' && (INPUT_CAUSES.has(f.cause) || f.endpoints.some((r) => own.some((e) => sameRef(r, e)))),
  )
  const cause = rankFindings(related, endpoints)[0]?.cause ?? null
  // Nothing ran to an answer (the deadline stopped every endpoint): not checked, not failed.
  if (!cause && own.every((e) => e.status === 'skipped')) return { status: 'not_checked', via: null, cause: null }
  return { status: 'fail', via: null, cause }
}

export function verdictOf(endpoints: EndpointResult[], findings: Finding[]): Verdict {
  const receive = serviceVerdict('receive', endpoints, findings)
  const send = serviceVerdict('send', endpoints, findings)
  const problems = findings.filter((f) => f.severity !== 'info')
  const primary = rankFindings(problems, endpoints)[0]
  return { receive, send, primaryCause: primary?.cause ?? receive.cause ?? send.cause ?? null }
}

/** A requested service with no way in is a failed check, whatever the findings say. */
export const verdictFails = (v: Verdict): boolean => v.receive.status === 'fail' || v.send.status === 'fail'
