// The product spec: every scenario → the causes maildoctor names → the exit code.
import { afterAll, describe, expect, it } from 'vitest'
import { LOGIN_SCENARIOS, SCENARIOS, VERDICT_SCENARIOS } from '../fixtures/scenarios.js'
import { exitCodeOf } from '../src/cli/check-command.js'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import { buildReport } from '../src/report/report-model.js'
import { checkScenario, TEST_TIMEOUT_MS } from './helpers.js'
import { expectValidReport } from './schema.js'

const ALL = [...SCENARIOS, ...LOGIN_SCENARIOS, ...VERDICT_SCENARIOS]

describe('scenarios', () => {
  for (const scenario of ALL) {
    it(`${scenario.id} → ${scenario.causes.join(', ') || 'no finding'} → exit ${scenario.exit}`, async () => {
      const started = await scenario.start()
      try {
        const result = await checkScenario(started, scenario)
        const causes = [...new Set(result.findings.map((f) => f.cause))].sort()
        expect(causes).toEqual([...scenario.causes].sort())
        const report = buildReport(result, 'en', 'test')
        expectValidReport(report)
        expect(exitCodeOf(report, { strict: false })).toBe(scenario.exit)
        // A clean bill of health stays clean under --strict.
        if (!scenario.causes.length) expect(exitCodeOf(report, { strict: true })).toBe(0)
        const { receive, send, primaryCause } = report.verdict
        expect({ receive: receive.status, send: send.status, primary: primaryCause }).toEqual(scenario.verdict)
        for (const service of [receive, send]) {
          // A working service names its way in; a failed one names what keeps it from working.
          if (service.status === 'ok') expect(service.via).not.toBeNull()
          if (service.status === 'fail') expect(service.cause).not.toBeNull()
          // Port 25 is never a mail program's way to send unless it offers a login over TLS.
          if (service.via?.port === 25)
            expect(
              result.endpoints.some((e) => e.endpoint.port === 25 && e.stages.some((s) => s.facts['after.caps.auth'])),
            ).toBe(true)
        }
        expect(
          report.working.some((w) => w.port === 25 && report.endpoints.find((e) => e.port === 25)?.role === 'relay'),
        ).toBe(false)
        if (scenario.explains)
          expect(report.findings.map((f) => f.explanation)).toContainEqual(expect.stringMatching(scenario.explains))
        if (scenario.fix)
          expect(report.findings.flatMap((f) => f.fixes)).toContainEqual(expect.stringMatching(scenario.fix))
        // Every stage ends within its budget: nothing waits past the timeouts.
        expect(result.durationMs).toBeLessThan(TEST_TIMEOUT_MS * 6 + 1000)
      } finally {
        await started.close()
      }
    })
  }

  it('every scenario cause is a known cause id, and every scenario says its verdict', () => {
    for (const s of ALL) for (const c of s.causes) expect(CAUSE_IDS).toContain(c)
    expect(ALL.filter((s) => !s.verdict).map((s) => s.id)).toEqual([])
  })

  const transport = [
    'dns_nxdomain',
    'dns_servfail',
    'dns_no_address',
    'tcp_refused',
    'tcp_timeout',
    'tcp_reset',
    'port_25_blocked',
    'firewall_all_ports_blocked',
    'tls_cert_expired',
    'tls_cert_not_yet_valid',
    'tls_cert_hostname_mismatch',
    'tls_cert_untrusted',
    'tls_intercepted_by_antivirus',
    'tls_wrong_mode',
    'tls_handshake_failed',
    'tls_old_protocol',
    'starttls_not_offered',
    'starttls_failed',
    'greeting_timeout',
    'server_unavailable',
    'protocol_port_mismatch',
    'protocol_error',
  ]
  it('the scenarios cover every transport cause', () => {
    const covered = new Set(SCENARIOS.flatMap((s) => s.causes))
    expect(transport.filter((c) => !covered.has(c))).toEqual([])
  })
})

afterAll(() => undefined)
