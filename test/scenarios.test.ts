// The product spec: every scenario → the causes maildoctor names → the exit code.
import { afterAll, describe, expect, it } from 'vitest'
import { LOGIN_SCENARIOS, SCENARIOS } from '../fixtures/scenarios.js'
import { exitCodeOf } from '../src/cli/check-command.js'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import { buildReport } from '../src/report/report-model.js'
import { checkScenario, TEST_TIMEOUT_MS } from './helpers.js'

describe('scenarios', () => {
  for (const scenario of [...SCENARIOS, ...LOGIN_SCENARIOS]) {
    it(`${scenario.id} → ${scenario.causes.join(', ') || 'no finding'} → exit ${scenario.exit}`, async () => {
      const started = await scenario.start()
      try {
        const result = await checkScenario(started, scenario)
        const causes = [...new Set(result.findings.map((f) => f.cause))].sort()
        expect(causes).toEqual([...scenario.causes].sort())
        const report = buildReport(result, 'en', 'test')
        expect(exitCodeOf(report, { strict: false })).toBe(scenario.exit)
        // Every stage ends within its budget: nothing waits past the timeouts.
        expect(result.durationMs).toBeLessThan(TEST_TIMEOUT_MS * 6 + 1000)
      } finally {
        await started.close()
      }
    })
  }

  it('every scenario cause is a known cause id', () => {
    for (const s of [...SCENARIOS, ...LOGIN_SCENARIOS]) for (const c of s.causes) expect(CAUSE_IDS).toContain(c)
  })

  const transport = [
    'dns_nxdomain', 'dns_servfail', 'dns_no_address', 'tcp_refused', 'tcp_timeout', 'tcp_reset', 'port_25_blocked', 'firewall_all_ports_blocked',
    'tls_cert_expired', 'tls_cert_not_yet_valid', 'tls_cert_hostname_mismatch', 'tls_cert_untrusted', 'tls_intercepted_by_antivirus', 'tls_wrong_mode',
    'tls_handshake_failed', 'tls_old_protocol', 'starttls_not_offered', 'starttls_failed', 'greeting_timeout', 'server_unavailable', 'protocol_port_mismatch', 'protocol_error',
  ]
  it('the scenarios cover every transport cause', () => {
    const covered = new Set(SCENARIOS.flatMap((s) => s.causes))
    expect(transport.filter((c) => !covered.has(c))).toEqual([])
  })
})

afterAll(() => undefined)
