import type { CheckResult, EndpointStatus, Protocol, Security } from '../model/types.js'
import type { ExpectationResult } from './evaluate.js'

export interface TargetReport {
  name: string
  durationMs: number
  ok: boolean
  outcomes: ExpectationResult[]
  causes: Array<{ cause: string; severity: string }>
  endpoints: Array<{
    protocol: Protocol
    host: string
    port: number
    security: Security
    status: EndpointStatus
    certDaysLeft?: number
  }>
  roundtripSeconds?: number
  /** Why the round trip did not complete (no answer to MAIL FROM within --roundtrip-timeout, …). */
  roundtripProblem?: string
}

export interface RunReport {
  schemaVersion: 1
  targets: TargetReport[]
  summary: { expectations: number; met: number; unmet: number; durationMs: number }
}

export function targetReport(
  name: string,
  result: CheckResult,
  outcomes: ExpectationResult[],
  trip: { seconds?: number; problem?: string } = {},
): TargetReport {
  return {
    name,
    durationMs: result.durationMs,
    ok: outcomes.every((o) => o.met),
    outcomes,
    causes: result.findings.map((f) => ({ cause: f.cause, severity: f.severity })),
    endpoints: result.endpoints
      .filter((e) => !e.endpoint.alternative)
      .map((e) => {
        const days = e.stages.map((s) => s.facts['cert.daysLeft']).find((d): d is number => typeof d === 'number')
        return {
          protocol: e.endpoint.protocol,
          host: e.endpoint.host,
          port: e.endpoint.port,
          security: e.endpoint.security,
          status: e.status,
          ...(days !== undefined ? { certDaysLeft: days } : {}),
        }
      }),
    ...(trip.seconds !== undefined ? { roundtripSeconds: trip.seconds } : {}),
    ...(trip.problem ? { roundtripProblem: trip.problem } : {}),
  }
}

export function runReport(targets: TargetReport[], durationMs: number): RunReport {
  const outcomes = targets.flatMap((t) => t.outcomes)
  const met = outcomes.filter((o) => o.met).length
  return {
    schemaVersion: 1,
    targets,
    summary: { expectations: outcomes.length, met, unmet: outcomes.length - met, durationMs },
  }
}
