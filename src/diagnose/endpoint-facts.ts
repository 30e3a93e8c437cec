// Questions the cross-endpoint rules and the verdict ask of one endpoint's result.
import type { EndpointResult, StageName } from '../model/types.js'
import { protocolOf } from '../protocols/index.js'

/** The evidence codes a stage of the endpoint reported. */
export const stageEvidence = (e: EndpointResult, stage: StageName): string[] =>
  e.stages.find((s) => s.stage === stage)?.evidence.map((ev) => ev.code) ?? []

export const connected = (e: EndpointResult): boolean =>
  e.stages.some((s) => s.stage === 'tcp' && (s.status === 'pass' || s.status === 'warn'))

/**
 * How the connection failed, if it did: `silent` (no answer: dropped), `rejected` (refused, or an
 * ICMP "prohibited" / host-unreachable answer to an IPv4 address that resolved), `other`.
 */
export function tcpFailure(e: EndpointResult): 'silent' | 'rejected' | 'other' | undefined {
  const tcp = e.stages.find((s) => s.stage === 'tcp')
  if (!tcp || tcp.status !== 'fail') return undefined
  const last = tcp.evidence[tcp.evidence.length - 1]
  if (!last) return 'other'
  if (last.code === 'TCP_TIMEOUT') return 'silent'
  if (last.code === 'TCP_REFUSED') return 'rejected'
  // Linux reports ICMP "communication administratively prohibited" (and host unreachable) as
  // EHOSTUNREACH; ENETUNREACH is "no route at all", which is this computer's problem.
  if (last.code === 'TCP_UNREACHABLE' && last.source?.code === 'EHOSTUNREACH' && tcp.facts['tcp.family'] === 'IPv4')
    return 'rejected'
  return 'other'
}

/** Endpoints by host, in the order they were planned; alternatives (extra comparisons) left out. */
export function hostsOf(endpoints: EndpointResult[]): Map<string, EndpointResult[]> {
  const byHost = new Map<string, EndpointResult[]>()
  for (const e of endpoints) {
    if (e.endpoint.alternative) continue
    byHost.set(e.endpoint.host, [...(byHost.get(e.endpoint.host) ?? []), e])
  }
  return byHost
}

/** Whether the server would take a password on this unencrypted connection, from what it listed. */
export function plaintextLoginWording(e: EndpointResult): 'accepted' | 'refused' {
  const facts = e.stages.find((s) => s.stage === 'capabilities')?.facts ?? {}
  const words = String(facts.caps ?? '')
    .toUpperCase()
    .split(/\s+/)
    .filter(Boolean)
  const listed = {
    words,
    loginDisabled: facts['caps.loginDisabled'] === true,
    mechanisms: String(facts['caps.auth'] ?? ''),
  }
  return protocolOf(e.endpoint.protocol).takesPassword(listed) ? 'accepted' : 'refused'
}

/**
 * The server name a certificate name suggests for a host: the name itself, or for a wildcard the
 * host's first label under it (*.example.com for imap.other.net → imap.example.com); none for an
 * address or a bare label.
 */
export function certificateCandidate(name: string, host: string): string | undefined {
  const n = name.toLowerCase().replace(/^\*\./, `${host.split('.')[0].toLowerCase()}.`)
  return n.includes('.') && !/^[\d.:]+$/.test(n) ? n : undefined
}
