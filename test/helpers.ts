import { testCaPem } from '../fixtures/servers/certs.js'
import { scenarioCredentials, type Scenario, type StartedScenario } from '../fixtures/scenarios.js'
import type { CheckResult } from '../src/model/types.js'
import type { RunOptions } from '../src/run/run-check.js'
import { runCheckRequest } from '../src/run/check.js'

export const TEST_TIMEOUT_MS = 400

export function testOptions(extra: Partial<RunOptions> = {}): RunOptions {
  return {
    timeoutMs: TEST_TIMEOUT_MS,
    deadlineMs: 5000,
    ca: [testCaPem()],
    trace: false,
    allowPlaintextAuth: false,
    now: () => new Date(),
    ...extra,
  }
}

export async function checkScenario(
  started: StartedScenario,
  scenario: Partial<Scenario> = {},
  extra: Partial<RunOptions> = {},
): Promise<CheckResult> {
  const credentials = scenarioCredentials(scenario)
  return runCheckRequest({
    target: scenario.address ? { address: scenario.address } : { host: started.endpoints[0].host },
    protocols: [],
    endpoints: started.endpoints,
    options: testOptions({
      dnsServer: started.dnsServer,
      credentials,
      allowPlaintextAuth: Boolean(scenario.allowPlaintextAuth),
      ...extra,
    }),
  })
}

/**
 * A password as a report could leak it, written independently of the code under test: plain,
 * base64, SASL PLAIN base64, IMAP-quoted, URL-encoded and hex, each also in upper and lower case.
 */
export function canaryForms(password: string, user: string): string[] {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  const base = [
    password,
    b64(password),
    b64(`\0${user}\0${password}`),
    password.replace(/[\\"]/g, (c) => '\\' + c),
    encodeURIComponent(password),
    Buffer.from(password, 'utf8').toString('hex'),
  ]
  return [...new Set(base.flatMap((f) => [f, f.toUpperCase(), f.toLowerCase()]))]
}
