// `maildoctor demo`: starts the fixture servers on loopback and checks each, so a new user sees
// what the tool does without an account.
import {
  LOGIN_SCENARIOS,
  SCENARIOS,
  scenarioCredentials,
  testCaPem,
  useFreshCerts,
  VERDICT_SCENARIOS,
} from '../demo/demo-servers.js'
import { MESSAGES } from '../i18n/messages.js'
import { paint } from '../report/style.js'
import { defaultDeadlineMs } from '../run/run-check.js'
import { runAndReport } from './check-command.js'
import { outputChoice, type CheckFlags } from './check-options.js'
import { EXIT, type Io } from './io.js'
import { parseSeconds } from '../input/values.js'

export async function demoCommand(io: Io, flags: CheckFlags): Promise<number> {
  const choice = outputChoice(flags)
  const timeoutMs = parseSeconds(flags.timeout === '8' ? '1.5' : flags.timeout, '--timeout', 120) * 1000
  const p = paint(io.stdoutIsTTY && !('NO_COLOR' in io.env) && choice.format === 'human')
  const m = MESSAGES[choice.lang]
  // Certificates made now, in memory: the package ships no private key, and nobody can mistake
  // a demo key for a secret.
  useFreshCerts()
  if (choice.format === 'human') io.stdout(p('bold', m.demoTitle) + '\n')
  for (const scenario of [...SCENARIOS, ...LOGIN_SCENARIOS, ...VERDICT_SCENARIOS].filter((s) => s.demo)) {
    const started = await scenario.start()
    try {
      if (choice.format === 'human')
        io.stdout(
          `\n${p('cyan', '━'.repeat(70))}\n${p('cyan', `${m.demoScenario}: ${scenario.title[choice.lang]}`)}\n\n`,
        )
      await runAndReport(
        io,
        {
          target: scenario.address ? { address: scenario.address } : { host: started.endpoints[0].host },
          protocols: [],
          endpoints: started.endpoints,
          options: {
            timeoutMs,
            deadlineMs: defaultDeadlineMs(timeoutMs),
            ca: [testCaPem()],
            dnsServer: started.dnsServer,
            trace: choice.trace,
            credentials: scenarioCredentials(scenario),
            allowPlaintextAuth: Boolean(scenario.allowPlaintextAuth),
            now: () => new Date(),
          },
        },
        { ...choice, output: undefined },
      )
    } finally {
      await started.close()
    }
  }
  return EXIT.ok
}
