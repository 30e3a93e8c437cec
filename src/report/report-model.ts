// The report as data (the JSON contract of design.md §4); every output format renders from it.
import type {
  CheckResult,
  EndpointResult,
  Finding,
  Protocol,
  Security,
  Severity,
  StageResult,
  TranscriptLine,
  Verdict,
} from '../model/types.js'
import { renderCause } from '../i18n/catalogue.js'
import type { Lang } from '../i18n/locale.js'
import { verdictFails } from '../diagnose/verdict.js'
import { clientWays, relayOnly } from '../diagnose/working.js'
import { PROTOCOLS } from '../model/types.js'
import { providerById } from '../providers/table.js'
import { cutByDeadline } from '../run/run-endpoint.js'

const loginUser = (e: EndpointResult, status: 'pass' | 'fail') =>
  e.stages
    .filter((s) => s.stage === 'auth' && s.status === status)
    .map((s) => s.facts['auth.user'])
    .find((u): u is string => typeof u === 'string')

/**
 * The user name a mail client should be given: the one that just logged in on this protocol, else
 * the provider's form — unless that very name was just refused somewhere (then none is advised).
 */
function usernameFor(result: CheckResult, protocol: Protocol): string {
  const own = result.endpoints.filter((e) => e.endpoint.protocol === protocol)
  const loggedIn = own.map((e) => loginUser(e, 'pass')).find(Boolean)
  if (loggedIn) return loggedIn
  const address = result.target.address
  const form = providerById(result.provider)?.username ?? 'address'
  if (!address) return ''
  const suggested = form === 'local-part' ? address.split('@')[0] : form === 'provider-id' ? 'provider-id' : address
  const refused = new Set(result.endpoints.map((e) => loginUser(e, 'fail')).filter(Boolean))
  return refused.has(suggested) ? '' : suggested
}

const SCHEMA_VERSION = 1

export interface ReportEndpoint {
  protocol: Protocol
  host: string
  port: number
  security: Security
  source: string
  status: EndpointResult['status']
  /** 'relay': port 25 as servers use it, not a way for a mail program (no login over TLS). */
  role: 'client' | 'relay'
  durationMs: number
  stages: StageResult[]
  transcript?: TranscriptLine[]
}

export interface ReportFinding {
  cause: string
  severity: Severity
  endpoints: Finding['endpoints']
  title: string
  explanation: string
  fixes: string[]
  evidence: Finding['evidence']
}

export interface Report {
  schemaVersion: number
  tool: { name: string; version: string }
  lang: Lang
  target: CheckResult['target']
  provider?: string
  endpoints: ReportEndpoint[]
  findings: ReportFinding[]
  working: Array<{ protocol: Protocol; host: string; port: number; security: Security }>
  /** For each protocol, the best way in that works, as a mail client asks for it. */
  settings: Array<{ protocol: Protocol; host: string; port: number; security: Security; username: string }>
  /**
   * 'auth': no password given; 'auth-untrusted': servers a foreign domain suggested got no
   * password; 'deadline': endpoints the deadline cut short (not checked, no cause).
   */
  notChecked: string[]
  /** Can the account receive and send, and the one cause to fix first. */
  verdict: Verdict
  summary: { ok: boolean; errors: number; warnings: number; durationMs: number }
}

export function buildReport(
  result: CheckResult,
  lang: Lang,
  version: string,
  extraFixes: (f: Finding) => string[] = () => [],
): Report {
  const findings = result.findings.map((f): ReportFinding => {
    const text = renderCause(f.cause, lang, f.params, extraFixes(f))
    return { cause: f.cause, severity: f.severity, endpoints: f.endpoints, ...text, evidence: f.evidence }
  })
  const errors = findings.filter((f) => f.severity === 'error').length
  const skippedBecause = (detail: string) =>
    result.endpoints.some((e) =>
      e.stages.some(
        (s) => s.stage === 'auth' && s.evidence.some((ev) => ev.code === 'AUTH_NOT_TRIED' && ev.detail === detail),
      ),
    )
  const working = clientWays(result.endpoints)
  const relay = relayOnly(result.endpoints)
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'maildoctor', version },
    lang,
    target: result.target,
    ...(result.provider ? { provider: result.provider } : {}),
    endpoints: result.endpoints.map((e) => ({
      protocol: e.endpoint.protocol,
      host: e.endpoint.host,
      port: e.endpoint.port,
      security: e.endpoint.security,
      source: e.endpoint.source,
      status: e.status,
      role: relay.has(e) ? ('relay' as const) : ('client' as const),
      durationMs: e.durationMs,
      stages: e.stages,
      ...(e.transcript ? { transcript: e.transcript } : {}),
    })),
    findings,
    working: working.map(({ endpoint: { protocol, host, port, security } }) => ({ protocol, host, port, security })),
    settings: PROTOCOLS.flatMap((protocol) => {
      const best = working.find((w) => w.endpoint.protocol === protocol && w.endpoint.security !== 'plain')
      return best
        ? [
            {
              protocol,
              host: best.endpoint.host,
              port: best.endpoint.port,
              security: best.endpoint.security,
              username: usernameFor(result, protocol),
            },
          ]
        : []
    }),
    notChecked: [
      ...(skippedBecause('no-password') ? ['auth'] : []),
      ...(skippedBecause('untrusted-server') ? ['auth-untrusted'] : []),
      ...(result.endpoints.some(cutByDeadline) ? ['deadline'] : []),
    ],
    verdict: result.verdict,
    summary: {
      ok: errors === 0 && !verdictFails(result.verdict),
      errors,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      durationMs: result.durationMs,
    },
  }
}
