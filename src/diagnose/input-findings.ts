// Findings about what the user typed, before any server answered: a misspelled domain, a host
// that is not this provider's.
import type { EndpointResult, Finding, Protocol } from '../model/types.js'
import type { DiscoveryResult } from '../discover/types.js'
import type { Provider } from '../providers/provider.js'

export interface InputContext {
  discovery?: DiscoveryResult
  provider?: Provider
  userHost?: string
  protocols: Protocol[]
  results: EndpointResult[]
}

export function inputFindings(ctx: InputContext): Finding[] {
  return [typo(ctx), wrongServer(ctx)].filter((f): f is Finding => f !== undefined)
}

function typo({ discovery }: InputContext): Finding | undefined {
  if (!discovery?.typoOf) return undefined
  return {
    cause: 'address_domain_typo',
    severity: 'error',
    endpoints: [],
    evidence: [{ code: 'DOMAIN_RECEIVES_NO_MAIL', detail: discovery.domain }],
    params: { suggestion: discovery.typoOf, host: discovery.domain },
  }
}

function wrongServer({ provider, userHost, protocols, results }: InputContext): Finding | undefined {
  if (!provider?.servers?.length || !userHost) return undefined
  const own = provider.servers.filter((s) => protocols.includes(s.protocol))
  if (!own.length || own.some((s) => s.host === userHost)) return undefined
  const expected = [...new Set(own.map((s) => s.host))].join(', ')
  const failed = results.some((r) => r.status === 'fail')
  return {
    cause: 'wrong_server_name',
    severity: failed ? 'error' : 'warning',
    endpoints: results.map((r) => ({ protocol: r.endpoint.protocol, host: r.endpoint.host, port: r.endpoint.port })),
    evidence: [{ code: 'NOT_PROVIDER_HOST', detail: `${userHost} ∉ ${provider.name}` }],
    params: { host: userHost, expected },
  }
}
