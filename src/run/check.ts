// The engine behind `maildoctor check`: find the servers, plan, probe, diagnose. No output here;
// progress goes through hooks.
import type {
  CheckResult,
  CheckTarget,
  EndpointResult,
  EndpointSpec,
  Finding,
  Protocol,
  Security,
} from '../model/types.js'
import type { DiscoveryResult } from '../discover/types.js'
import { classifierFor } from '../diagnose/classifier-loader.js'
import { diagnose } from '../diagnose/diagnose.js'
import { rankFindings, verdictOf } from '../diagnose/verdict.js'
import { certificateCandidate } from '../diagnose/endpoint-facts.js'
import { inputFindings } from '../diagnose/input-findings.js'
import { providerFamily } from '../diagnose/provider-family.js'
import { providerFor } from '../providers/table.js'
import type { SharedState } from '../probes/probe.js'
import { Scrubber } from '../probes/secrets.js'
import { planEndpoints } from './plan.js'
import { LoginLog } from './login-log.js'
import { checkDeadline, runEndpoints, sharedResolver, type RunHooks, type RunOptions } from './run-check.js'

export interface CheckRequest {
  target: CheckTarget
  protocols: Protocol[]
  /** A host named by the user: discovery is skipped. */
  host?: string
  port?: number
  security?: Security
  /** Explicit endpoints (the demo, tests): planning is skipped. */
  endpoints?: EndpointSpec[]
  options: RunOptions
  /** Autoconfig URLs with {domain} (tests, private autoconfig servers). */
  autoconfigUrls?: string[]
}

export interface CheckHooks extends RunHooks {
  onPlanned?: (endpoints: EndpointSpec[]) => void
}

export async function runCheckRequest(req: CheckRequest, hooks: CheckHooks = {}): Promise<CheckResult> {
  const started = performance.now()
  // Armed before discovery and the first connection, for every endpoint of the check.
  const scrubber = req.options.scrubber ?? new Scrubber([req.options.credentials])
  req = { ...req, options: { ...req.options, scrubber } }
  // One signal for the whole check, from its first lookup: discovery is inside the deadline.
  const deadline = checkDeadline(req.options)
  try {
    return await checkUnder(req, scrubber, deadline.signal, hooks, started)
  } finally {
    deadline.dispose()
  }
}

async function checkUnder(
  req: CheckRequest,
  scrubber: Scrubber,
  signal: AbortSignal,
  hooks: CheckHooks,
  started: number,
): Promise<CheckResult> {
  const options = { ...req.options, logins: req.options.logins ?? new LoginLog() }
  // Behind a gate an endpoint's own deadline starts with its slot: its lookups must not end before.
  const shared = options.resolver ?? sharedResolver(options, options.gate ? options.signal : signal)
  const discovery =
    !req.endpoints && !req.host && req.target.address ? await discoverFor(req, shared, signal) : undefined
  const endpoints = req.endpoints ?? plan(req, discovery)
  hooks.onPlanned?.(endpoints)
  const results = await runEndpoints(endpoints, options, hooks, shared, signal)
  const provider = providerFor({ address: req.target.address, host: req.host ?? req.target.host })
  const resolvableNames = await resolvableCertificateNames(results, shared)
  const classify = await classifierFor(results)
  const findings: Finding[] = rankFindings(
    [
      ...inputFindings({ discovery, provider, userHost: req.host, protocols: req.protocols, results }),
      ...diagnose(results, {
        provider: provider?.family ?? providerOf(req),
        address: req.target.address,
        resolvableNames,
        classify,
      }),
    ].map((f) => ({ ...f, params: scrubber.strings(f.params), evidence: f.evidence.map((e) => scrubber.evidence(e)) })),
    results,
  )
  return {
    target: req.target,
    ...(provider ? { provider: provider.id } : {}),
    ...(discovery
      ? {
          discovery: {
            ...discovery,
            sources: discovery.sources.map((s) => (s.detail ? { ...s, detail: scrubber.scrub(s.detail) } : s)),
          },
        }
      : {}),
    endpoints: results,
    findings,
    verdict: verdictOf(results, findings),
    durationMs: Math.round(performance.now() - started),
  }
}

/**
 * A certificate issued for other names: which of them lead to a server, so that the fix suggests
 * only names that resolve (each name as the certificate rule reads it: certificateCandidate).
 */
async function resolvableCertificateNames(
  results: EndpointResult[],
  shared: SharedState,
): Promise<Set<string> | undefined> {
  const candidates = new Set(
    results.flatMap((r) =>
      r.stages.flatMap((s) =>
        s.evidence
          .filter((e) => e.code === 'TLS_CERT_HOSTNAME_MISMATCH' && e.detail)
          .flatMap((e) =>
            e
              .detail!.split(/,\s*/)
              .slice(0, 20)
              .map((n) => certificateCandidate(n, r.endpoint.host)),
          ),
      ),
    ),
  )
  candidates.delete(undefined)
  if (!candidates.size) return undefined
  const names = [...candidates] as string[]
  const resolved = await Promise.all(
    names.map(async (name) => ((await shared.resolve(name)).addresses.length ? name : undefined)),
  )
  return new Set(resolved.filter((n): n is string => n !== undefined))
}

/** Discovery's code (autoconfig over HTTPS, DNS queries, the typo table) loads only when it runs. */
async function discoverFor(req: CheckRequest, shared: SharedState, signal: AbortSignal): Promise<DiscoveryResult> {
  const { discover } = await import('../discover/discover.js')
  return discover(req.target.address!, req.protocols, {
    signal,
    dnsServer: req.options.dnsServer,
    timeoutMs: req.options.timeoutMs,
    autoconfigUrls: req.autoconfigUrls,
    ca: req.options.ca,
    resolve: (host) => shared.resolve(host),
  })
}

/** A plaintext setting the user chose is checked next to the encrypted ways into the same host. */
function encryptedAlternatives(chosen: EndpointSpec[], standard: EndpointSpec[]): EndpointSpec[] {
  const plain = chosen.filter((e) => e.security === 'plain')
  return standard
    .filter(
      (s) =>
        s.security !== 'plain' &&
        plain.some((p) => p.protocol === s.protocol && p.host === s.host) &&
        !chosen.some((c) => c.port === s.port && c.protocol === s.protocol),
    )
    .map((s) => ({ ...s, alternative: true }))
}

/** The provider family behind the address's domain or the host, for provider-specific meaning. */
function providerOf(req: CheckRequest): string | undefined {
  const domain = req.target.address?.split('@')[1] ?? req.host ?? req.target.host
  return domain ? providerFamily(undefined, domain) : undefined
}

function plan(req: CheckRequest, discovery: DiscoveryResult | undefined): EndpointSpec[] {
  const named = req.host ?? req.target.host
  if (named) {
    const hosts = req.protocols.map((protocol) => ({ protocol, host: named, source: 'user' as const }))
    const chosen = planEndpoints({ hosts, port: req.port, security: req.security })
    return [...chosen, ...encryptedAlternatives(chosen, planEndpoints({ hosts }))]
  }
  const chosen = discovery?.chosen ?? []
  if (req.port !== undefined || req.security !== undefined) {
    const hosts = [
      ...new Map(
        chosen.map((c) => [
          `${c.protocol} ${c.host}`,
          { protocol: c.protocol, host: c.host, source: c.source, trusted: c.trusted },
        ]),
      ).values(),
    ]
    return planEndpoints({ hosts, port: req.port, security: req.security })
  }
  return chosen.map(({ protocol, host, port, security, source, trusted }) => ({
    protocol,
    host,
    port,
    security,
    source,
    trusted,
  }))
}
