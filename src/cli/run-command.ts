// `maildoctor run maildoctor.yml`: checks targets against their expectations, for CI and monitoring.
import { PROTOCOLS, type Protocol, type Security } from '../model/types.js'
import { runCheckRequest, type CheckRequest } from '../run/check.js'
import { planEndpoints } from '../run/plan.js'
import type { MonitorTarget } from '../monitor/config.js'
import { ConfigError, parseConfig } from '../monitor/config.js'
import { evaluate } from '../monitor/evaluate.js'
import { NAGIOS_EXIT, RUN_FORMATS, type RunFormat } from '../monitor/formats.js'
import type { RoundtripOutcome } from '../monitor/roundtrip.js'
import { runReport, targetReport } from '../monitor/run-report.js'
import { hostGate } from '../batch/gate.js'
import { TlsSessionCache } from '../probes/tls-sessions.js'
import { targetCredentials } from '../monitor/target-credentials.js'
import { scrubberWith, secretsScrubber } from '../probes/secrets.js'
import { environmentWithSecrets } from './secrets-file.js'
import { EXIT, UsageError, type Io } from './io.js'
import { parseSeconds } from '../input/values.js'
import { sharedValues, type SharedFlags } from './run-options.js'
import { checkOutputPath, writeReport } from './output-writer.js'

interface RunFlags extends SharedFlags {
  format: RunFormat
  output?: string
  roundtrip?: boolean
  roundtripTimeout: string
  allowEnv: string[]
  secrets?: string
}

/** A single port/security applies to every protocol; a per-protocol map becomes explicit endpoints. */
function endpointChoice(
  t: MonitorTarget,
  protocols: Protocol[],
): Pick<CheckRequest, 'port' | 'security' | 'endpoints'> {
  const perProtocol = (typeof t.port === 'object' && t.port) || (typeof t.security === 'object' && t.security)
  if (!perProtocol) return { port: t.port as number | undefined, security: t.security as Security | undefined }
  if (!t.host) throw new UsageError(`line ${t.line}: a port or security per protocol needs host:`)
  return {
    endpoints: protocols.flatMap((protocol) =>
      planEndpoints({
        hosts: [{ protocol, host: t.host!, source: 'user' }],
        port: typeof t.port === 'object' ? t.port[protocol] : t.port,
        security: typeof t.security === 'object' ? t.security[protocol] : t.security,
      }),
    ),
  }
}

export async function runCommand(io: Io, configPath: string, flags: RunFlags): Promise<number> {
  try {
    return await runTargets(io, configPath, flags)
  } catch (err) {
    const message =
      err instanceof ConfigError ? `${configPath} line ${err.line}: ${err.message}` : (err as Error).message
    // A Nagios plugin reports every mistake of its own setup as UNKNOWN, on one line.
    if (flags.format !== 'nagios') throw err instanceof ConfigError ? err.at(`${configPath} line ${err.line}: `) : err
    io.stdout(`MAILDOCTOR UNKNOWN - ${message.replace(/[\r\n|]+/g, ' ')}\n`)
    return NAGIOS_EXIT.UNKNOWN
  }
}

async function runTargets(io: Io, configPath: string, flags: RunFlags): Promise<number> {
  const nagios = flags.format === 'nagios'
  if (flags.output) checkOutputPath(flags.output)
  const targets = await parseConfig(
    await io.readFile(configPath).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`${configPath}: cannot read the file (${err.code ?? 'error'})`)
    }),
  )
  const { env, secrets } = await environmentWithSecrets(io, flags.secrets)
  const fileSecrets = secretsScrubber(secrets)
  const logins = targetCredentials(targets, env, flags.allowEnv)
  const { timeoutMs, deadlineMs, ca, dnsServer, perHost } = await sharedValues(flags, io)
  // The same politeness as batch: targets on one host share its connection slots.
  const gate = hostGate(perHost)
  // Targets on one server resume its TLS session, as a batch's accounts do.
  const tlsSessions = new TlsSessionCache()
  const roundtripTimeoutMs = parseSeconds(flags.roundtripTimeout, '--roundtrip-timeout', 3600) * 1000
  const started = performance.now()
  const reports = await Promise.all(
    targets.map(async (t) => {
      const credentials = logins.get(t)
      const expected = PROTOCOLS.filter((p) => t.expect.protocols[p] !== undefined)
      const protocols = expected.length ? expected : PROTOCOLS
      // Every secret of a --secrets file is taken out of every target's report.
      const scrubber = scrubberWith(credentials, fileSecrets)
      const options = {
        timeoutMs,
        deadlineMs,
        ca,
        dnsServer,
        trace: false,
        credentials,
        scrubber,
        allowPlaintextAuth: false,
        now: () => new Date(),
        gate,
        tlsSessions,
      }
      const result = await runCheckRequest({
        target: t.address ? { address: t.address } : { host: t.host },
        host: t.address ? t.host : undefined,
        ...endpointChoice(t, [...protocols]),
        protocols: [...protocols],
        options,
      })
      let trip: RoundtripOutcome = {}
      if ((flags.roundtrip || t.expect.roundtripSeconds !== undefined) && credentials && t.address) {
        const { roundtrip } = await import('../monitor/roundtrip.js')
        trip = await roundtrip(result, { address: t.address, credentials, options, timeoutMs: roundtripTimeoutMs })
      }
      return targetReport(t.name, result, evaluate(t, result, trip.seconds), trip)
    }),
  )
  const report = runReport(reports, Math.round(performance.now() - started))
  const text = RUN_FORMATS[flags.format](report)
  writeReport(io, flags.output, text)
  if (nagios) return report.summary.unmet ? NAGIOS_EXIT.CRITICAL : NAGIOS_EXIT.OK
  return report.summary.unmet ? EXIT.problem : EXIT.ok
}
