// Expectations against what a check saw. Each one: met or not, and the words why.
import type { CheckResult, Protocol } from '../model/types.js'
import { compare, type Target } from './config.js'

export interface Outcome {
  target: string
  expectation: string
  expected: string
  actual: string
  met: boolean
}

const SWITCHED_OFF: Record<Protocol, string> = { imap: 'imap_disabled', pop3: 'pop_disabled', smtp: 'auth_basic_auth_disabled' }

/** What a protocol looks like from outside: it works, nothing answers / the provider says off, or it fails. */
export function protocolState(result: CheckResult, protocol: Protocol): 'ok' | 'disabled' | 'fail' {
  const endpoints = result.endpoints.filter((e) => e.endpoint.protocol === protocol && !e.endpoint.alternative)
  if (endpoints.some((e) => e.status === 'ok' || e.status === 'warn')) return 'ok'
  const saidOff = result.findings.some((f) => f.cause === SWITCHED_OFF[protocol] && f.endpoints.some((e) => e.protocol === protocol))
  const nothingAnswers = endpoints.length > 0 && endpoints.every((e) => e.stages.some((s) => (s.stage === 'tcp' || s.stage === 'dns') && s.status === 'fail'))
  return saidOff || nothingAnswers ? 'disabled' : 'fail'
}

export function evaluate(target: Target, result: CheckResult, roundtripSeconds?: number): Outcome[] {
  const out: Outcome[] = []
  for (const [protocol, expected] of Object.entries(target.expect.protocols) as Array<[Protocol, string]>) {
    const actual = protocolState(result, protocol)
    out.push({ target: target.name, expectation: protocol, expected, actual, met: actual === expected })
  }
  if (target.expect.certDaysLeft) {
    const days = result.endpoints.flatMap((e) => e.stages.map((s) => s.facts['cert.daysLeft']).filter((d): d is number => typeof d === 'number'))
    const least = days.length ? Math.min(...days) : undefined
    const c = target.expect.certDaysLeft
    out.push({ target: target.name, expectation: 'cert_days_left', expected: `${c.op} ${c.value}`, actual: least === undefined ? 'no certificate seen' : String(least), met: least !== undefined && compare(least, c) })
  }
  if (target.expect.maxSeconds !== undefined) {
    const seconds = result.durationMs / 1000
    out.push({ target: target.name, expectation: 'max_seconds', expected: `<= ${target.expect.maxSeconds}`, actual: seconds.toFixed(2), met: seconds <= target.expect.maxSeconds })
  }
  if (target.expect.roundtripSeconds !== undefined) {
    out.push({
      target: target.name,
      expectation: 'roundtrip_seconds',
      expected: `<= ${target.expect.roundtripSeconds}`,
      actual: roundtripSeconds === undefined ? 'not delivered' : roundtripSeconds.toFixed(2),
      met: roundtripSeconds !== undefined && roundtripSeconds <= target.expect.roundtripSeconds,
    })
  }
  return out
}
