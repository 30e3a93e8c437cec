import { testCaPem } from '../fixtures/servers/certs.js'
import type { Scenario, StartedScenario } from '../fixtures/scenarios.js'
import { FIXTURE_USER } from '../fixtures/servers/scripted-server.js'
import { diagnose } from '../src/diagnose/diagnose.js'
import type { CheckResult } from '../src/model/types.js'
import type { RunOptions } from '../src/run/run-check.js'
import { runCheckRequest } from '../src/run/check.js'

export const TEST_TIMEOUT_MS = 400

export function testOptions(extra: Partial<RunOptions> = {}): RunOptions {
  return { timeoutMs: TEST_TIMEOUT_MS, deadlineMs: 5000, ca: [testCaPem()], trace: false, allowPlaintextAuth: false, now: () => new Date(), ...extra }
}

export async function checkScenario(started: StartedScenario, scenario: Partial<Scenario> = {}, extra: Partial<RunOptions> = {}): Promise<CheckResult> {
  const credentials = scenario.password !== undefined ? { user: scenario.user ?? FIXTURE_USER, password: scenario.password } : undefined
  return runCheckRequest({
    target: scenario.address ? { address: scenario.address } : { host: started.endpoints[0].host },
    protocols: [],
    endpoints: started.endpoints,
    options: testOptions({ dnsServer: started.dnsServer, credentials, allowPlaintextAuth: Boolean(scenario.allowPlaintextAuth), ...extra }),
  })
}

export { diagnose }
