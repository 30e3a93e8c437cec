// Rules that look across endpoints: what one port says changes meaning next to what the others say.
import type { EndpointResult, Protocol } from '../model/types.js'
import type { RawFinding } from './diagnose.js'
import { describeEndpoint, rankEndpoints } from './working.js'

export type CrossRule = (findings: RawFinding[], endpoints: EndpointResult[]) => RawFinding[]

const tcpTimedOut = (e: EndpointResult) => e.stages.some((s) => s.stage === 'tcp' && s.status === 'fail' && s.evidence.some((ev) => ev.code === 'TCP_TIMEOUT'))
const resolved = (e: EndpointResult) => e.stages.some((s) => s.stage === 'dns' && s.status === 'pass')
const connected = (e: EndpointResult) => e.stages.some((s) => s.stage === 'tcp' && (s.status === 'pass' || s.status === 'warn'))
const working = (e: EndpointResult) => e.status === 'ok' || e.status === 'warn'

/** Every port times out while DNS works: the block is near the user, not at the server. */
const firewallAllPorts: CrossRule = (findings, endpoints) => {
  const reachable = endpoints.filter(resolved)
  const ports = new Set(reachable.map((e) => e.endpoint.port))
  if (reachable.length < 2 || ports.size < 2 || !reachable.every(tcpTimedOut)) return findings
  return findings.map((f) => (f.cause === 'tcp_timeout' ? { ...f, cause: 'firewall_all_ports_blocked' } : f))
}

/** Port 25 times out while 465 or 587 on the same host connect: outbound 25 is filtered. */
const port25Blocked: CrossRule = (findings, endpoints) =>
  findings.map((f) => {
    const { protocol, port, host } = f.endpoint.endpoint
    if (f.cause !== 'tcp_timeout' || protocol !== 'smtp' || port !== 25) return f
    const others = endpoints.filter((e) => e.endpoint.protocol === 'smtp' && e.endpoint.host === host && e.endpoint.port !== 25 && connected(e))
    return others.length ? { ...f, cause: 'port_25_blocked', severity: 'warning' } : f
  })

const loggedIn = (e: EndpointResult) => e.stages.some((s) => s.stage === 'auth' && s.status === 'pass')
const SWITCHED_OFF: Partial<Record<Protocol, { other: Protocol; cause: string }>> = {
  pop3: { other: 'imap', cause: 'pop_disabled' },
  imap: { other: 'pop3', cause: 'imap_disabled' },
}

/** The same password opens IMAP but not POP3 (or the reverse): the refused protocol is switched off. */
const protocolSwitchedOff: CrossRule = (findings, endpoints) => {
  const opened = new Set(endpoints.filter(loggedIn).map((e) => e.endpoint.protocol))
  return findings.map((f) => {
    const rule = SWITCHED_OFF[f.endpoint.endpoint.protocol]
    return f.cause === 'auth_bad_credentials' && rule && opened.has(rule.other) ? { ...f, cause: rule.cause } : f
  })
}

/** A broken endpoint is a warning, not an error, when another way into the same service works. */
const alternativesWork: CrossRule = (findings, endpoints) => {
  const best = new Map<Protocol, EndpointResult>()
  for (const e of rankEndpoints(endpoints.filter(working))) if (!best.has(e.endpoint.protocol)) best.set(e.endpoint.protocol, e)
  return findings.map((f) => {
    const alternative = best.get(f.endpoint.endpoint.protocol)
    // Another port cannot help a problem of the mailbox itself.
    if (!alternative || f.severity !== 'error' || alternative === f.endpoint || f.stage.stage === 'mailbox') return f
    const guessedAway = f.endpoint.endpoint.source === 'guess' && f.stage.stage === 'dns'
    return { ...f, severity: guessedAway ? 'info' : 'warning', params: { ...f.params, working: describeEndpoint(alternative.endpoint) } }
  })
}

/** A plaintext way in that works while an encrypted one works too: say so, and which. */
const insecureSettings: CrossRule = (findings, endpoints) => {
  const extra = endpoints
    .filter((e) => e.endpoint.security === 'plain' && working(e))
    .flatMap((plain) => {
      const secure = rankEndpoints(endpoints.filter((e) => working(e) && e.endpoint.security !== 'plain' && e.endpoint.protocol === plain.endpoint.protocol && e.endpoint.host === plain.endpoint.host))[0]
      const stage = plain.stages.find((s) => s.stage === 'capabilities') ?? plain.stages[0]
      return secure ? [{ cause: 'insecure_settings', severity: 'warning' as const, endpoint: plain, stage, evidence: { code: 'PLAINTEXT_WHILE_TLS_WORKS', detail: describeEndpoint(secure.endpoint) }, params: { working: describeEndpoint(secure.endpoint) } }] : []
    })
  return [...findings, ...extra]
}

export const CROSS_RULES: readonly CrossRule[] = [firewallAllPorts, port25Blocked, protocolSwitchedOff, insecureSettings, alternativesWork]
