// GET /probe?target=…&module=…: one check, answered in the Prometheus text format the way
// blackbox_exporter answers (probe_success, probe_duration_seconds), followed by maildoctor's own
// gauges from the `run` command's renderer (endpoints up, certificate days, findings, expectations).
import { parseTargetText } from '../input/values.js'
import { verdictFails } from '../diagnose/verdict.js'
import type { CheckResult } from '../model/types.js'
import { evaluate, type ExpectationResult } from '../monitor/evaluate.js'
import { RUN_FORMATS } from '../monitor/formats.js'
import { runReport, targetReport } from '../monitor/run-report.js'
import type { CheckRequest } from '../run/check.js'
import type { RunOptions } from '../run/run-check.js'
import type { ProbeModule } from './modules.js'

export interface ProbeResponse {
  success: boolean
  metrics: string
  result: CheckResult
  outcomes: ExpectationResult[]
}

/** The request of one probe; the caller adds the server's gate and runs it. */
export function probeRequest(target: string, module: ProbeModule, options: RunOptions): CheckRequest {
  const parsed = parseTargetText(target, 'target')
  return {
    target: parsed,
    protocols: [...module.protocols],
    port: module.port,
    security: module.security,
    options: { ...options, credentials: module.credentials },
  }
}

export function probeOutcome(
  target: string,
  module: ProbeModule,
  result: CheckResult,
  durationMs: number,
): ProbeResponse {
  const outcomes = evaluate({ line: 0, name: target, expect: module.expect }, result)
  // With expectations, success is meeting them; without, what the check itself calls a success.
  const success = outcomes.length
    ? outcomes.every((o) => o.met)
    : !result.findings.some((f) => f.severity === 'error') && !verdictFails(result.verdict)
  const head = [
    '# HELP probe_success Displays whether or not the probe was a success',
    '# TYPE probe_success gauge',
    `probe_success ${success ? 1 : 0}`,
    '# HELP probe_duration_seconds Returns how long the probe took to complete in seconds',
    '# TYPE probe_duration_seconds gauge',
    `probe_duration_seconds ${(durationMs / 1000).toFixed(6)}`,
  ].join('\n')
  const own = RUN_FORMATS.prometheus(runReport([targetReport(target, result, outcomes)], durationMs))
  return { success, metrics: `${head}\n${own}`, result, outcomes }
}

/** &debug=true: what happened, as blackbox prints it — the log, the metrics, the module. */
export function probeDebug(outcome: ProbeResponse, module: ProbeModule): string {
  const log = outcome.result.endpoints.flatMap((e) => [
    `${e.endpoint.protocol.toUpperCase()} ${e.endpoint.host}:${e.endpoint.port} ${e.endpoint.security}: ${e.status}`,
    ...e.stages.map((s) =>
      `  ${s.stage} ${s.status} ${s.durationMs} ms ${s.evidence.map((x) => x.code).join(' ')}`.trimEnd(),
    ),
    ...(e.transcript ?? []).map((t) => `    ${String(t.atMs).padStart(5)} ms ${t.dir}: ${t.text}`),
  ])
  const findings = outcome.result.findings.map((f) => `finding ${f.severity} ${f.cause}`)
  const expectations = outcome.outcomes.map(
    (o) => `expectation ${o.expectation}: expected ${o.expected}, got ${o.actual}${o.met ? '' : ' (unmet)'}`,
  )
  const config = {
    protocols: module.protocols,
    port: module.port,
    security: module.security,
    user: module.credentials?.user,
    expect: module.expect,
  }
  return [
    'Logs for the probe:',
    ...log,
    ...findings,
    ...expectations,
    '',
    'Metrics that would have been returned:',
    outcome.metrics.trimEnd(),
    '',
    'Module configuration:',
    `${module.name}: ${JSON.stringify(config)}`,
    '',
  ].join('\n')
}
