// The engine behind `maildoctor check`: find the servers, plan, probe, diagnose. No output here;
// progress goes through hooks.
import type { CheckResult, CheckTarget, EndpointSpec, Protocol, Security } from '../model/types.js'
import { guessHosts } from '../discover/guess.js'
import { diagnose } from '../diagnose/diagnose.js'
import { providerFamily } from '../diagnose/provider-family.js'
import { providerFor } from '../providers/table.js'
import type { SharedState } from '../probes/probe.js'
import { planEndpoints } from './plan.js'
import { runEndpoints, sharedResolver, type RunHooks, type RunOptions } from './run-check.js'

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
}

export interface CheckHooks extends RunHooks {
  onPlanned?: (endpoints: EndpointSpec[]) => void
}

export async function runCheckRequest(req: CheckRequest, hooks: CheckHooks = {}): Promise<CheckResult> {
  const started = performance.now()
  const shared = sharedResolver(req.options)
  const endpoints = req.endpoints ?? (await plan(req, shared))
  hooks.onPlanned?.(endpoints)
  const results = await runEndpoints(endpoints, req.options, hooks, shared)
  const provider = providerFor({ address: req.target.address, host: req.host ?? req.target.host })
  return {
    target: req.target,
    ...(provider ? { provider: provider.id } : {}),
    endpoints: results,
    findings: diagnose(results, { provider: provider?.family ?? providerOf(req) }),
    durationMs: Math.round(performance.now() - started),
  }
}

/** The provider family behind the address's domain or the host, for provider-specific meaning. */
function providerOf(req: CheckRequest): string | undefined {
  const domain = req.target.address?.split('@')[1] ?? req.host ?? req.target.host
  return domain ? providerFamily(undefined, domain) : undefined
}

async function plan(req: CheckRequest, shared: SharedState): Promise<EndpointSpec[]> {
  const named = req.host ?? req.target.host
  if (named) return planEndpoints({ hosts: req.protocols.map((protocol) => ({ protocol, host: named, source: 'user' })), port: req.port, security: req.security })
  const domain = req.target.address!.split('@')[1]
  const hosts = await guessHosts(domain, req.protocols, (host) => shared.resolve(host))
  return planEndpoints({ hosts, port: req.port, security: req.security })
}
