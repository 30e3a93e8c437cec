// The report as data (the JSON contract of design.md §4); every output format renders from it.
import type { CheckResult, EndpointResult, Finding, Protocol, Security, Severity, StageResult, TranscriptLine } from '../model/types.js'
import { renderCause } from '../i18n/catalogue.js'
import type { Lang } from '../i18n/locale.js'
import { workingEndpoints } from '../diagnose/working.js'

export const SCHEMA_VERSION = 1

export interface ReportEndpoint {
  protocol: Protocol
  host: string
  port: number
  security: Security
  source: string
  status: EndpointResult['status']
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
  notChecked: string[]
  summary: { ok: boolean; errors: number; warnings: number; durationMs: number }
}

export function buildReport(result: CheckResult, lang: Lang, version: string, extraFixes: (f: Finding) => string[] = () => []): Report {
  const findings = result.findings.map((f): ReportFinding => {
    const text = renderCause(f.cause, lang, f.params, extraFixes(f))
    return { cause: f.cause, severity: f.severity, endpoints: f.endpoints, ...text, evidence: f.evidence }
  })
  const errors = findings.filter((f) => f.severity === 'error').length
  const authSkipped = result.endpoints.some((e) => e.stages.some((s) => s.stage === 'auth' && s.evidence.some((ev) => ev.code === 'AUTH_NOT_TRIED')))
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
      durationMs: e.durationMs,
      stages: e.stages,
      ...(e.transcript ? { transcript: e.transcript } : {}),
    })),
    findings,
    working: workingEndpoints(result.endpoints).map(({ endpoint: { protocol, host, port, security } }) => ({ protocol, host, port, security })),
    notChecked: authSkipped ? ['auth'] : [],
    summary: { ok: errors === 0, errors, warnings: findings.filter((f) => f.severity === 'warning').length, durationMs: result.durationMs },
  }
}
