// Expectations against what a check saw. Each one: met or not, and the words why.
import type { CauseId } from '../model/cause-ids.js'
import type { CheckResult, Protocol } from '../model/types.js'
import { protocolOf } from '../protocols/index.js'
import { connected, stageEvidence } from '../diagnose/endpoint-facts.js'
import { clientWays } from '../diagnose/working.js'
import { compare, type MonitorTarget } from './config.js'

export interface ExpectationResult {
  target: string
  expectation: string
  expected: string
  actual: string
  met: boolean
}

// The provider's own "switched off" for a protocol (POP3 and IMAP also when every port of theirs is
// refused while the host answers on others: the cross-endpoint rule names it so). A protocol that
// providers do not switch off per account (SMTP) is "disabled" when its login is.
const switchedOffCause = (protocol: Protocol): CauseId =>
  protocolOf(protocol).switchedOffCause ?? 'auth_basic_auth_disabled'

/**
 * A protocol as the verdict sees it: it works (a mail program's way in, with the login when
 * credentials were given), it is switched off (the provider says so, or the host answers on other
 * ports and refuses every port of this one), or it fails — a timeout, an ICMP reject or a DNS
 * failure is never "disabled".
 */
function protocolState(result: CheckResult, protocol: Protocol): 'ok' | 'disabled' | 'fail' {
  if (clientWays(result.endpoints).some((e) => e.endpoint.protocol === protocol)) return 'ok'
  const saidOff = result.findings.some(
    (f) => f.cause === switchedOffCause(protocol) && f.endpoints.some((e) => e.protocol === protocol),
  )
  const own = result.endpoints.filter((e) => e.endpoint.protocol === protocol && !e.endpoint.alternative)
  const refusedHere = own.length > 0 && own.every((e) => stageEvidence(e, 'tcp').includes('TCP_REFUSED'))
  const hostAnswers = result.endpoints.some(
    (e) => e.endpoint.protocol !== protocol && own.some((o) => o.endpoint.host === e.endpoint.host) && connected(e),
  )
  return saidOff || (refusedHere && hostAnswers) ? 'disabled' : 'fail'
}

export function evaluate(target: MonitorTarget, result: CheckResult, roundtripSeconds?: number): ExpectationResult[] {
  const out: ExpectationResult[] = []
  for (const [protocol, expected] of Object.entries(target.expect.protocols) as Array<[Protocol, string]>) {
    const actual = protocolState(result, protocol)
    out.push({ target: target.name, expectation: protocol, expected, actual, met: actual === expected })
  }
  if (target.expect.certDaysLeft) {
    const days = result.endpoints.flatMap((e) =>
      e.stages.map((s) => s.facts['cert.daysLeft']).filter((d): d is number => typeof d === 'number'),
    )
    const least = days.length ? Math.min(...days) : undefined
    const c = target.expect.certDaysLeft
    out.push({
      target: target.name,
      expectation: 'cert_days_left',
      expected: `${c.op} ${c.value}`,
      actual: least === undefined ? 'no certificate seen' : String(least),
      met: least !== undefined && compare(least, c),
    })
  }
  if (target.expect.maxSeconds !== undefined) {
    const seconds = result.durationMs / 1000
    out.push({
      target: target.name,
      expectation: 'max_seconds',
      expected: `<= ${target.expect.maxSeconds}`,
      actual: seconds.toFixed(2),
      met: seconds <= target.expect.maxSeconds,
    })
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
