import type { Resolution } from '../probes/resolve.js'

export type { Candidate, DiscoveryResult, SourceReport } from '../model/discovery.js'
import type { SourceReport } from '../model/discovery.js'

export interface DiscoverOptions {
  dnsServer?: string
  timeoutMs: number
  /** Autoconfig URLs with {domain}; default: the domain's own, then the public ISPDB. */
  autoconfigUrls?: string[]
  /** Extra trusted CAs for HTTPS autoconfig. */
  ca: string[]
  /** The check's signal: every fetch and lookup of discovery ends with it. */
  signal?: AbortSignal
  /** The check's shared resolver, so a name discovery looked up is not looked up again. */
  resolve?: (host: string) => Promise<Resolution>
}

export type Source = (domain: string, opts: DiscoverOptions, dns: DnsQueries) => Promise<SourceReport>

export interface DnsQueries {
  mx(domain: string): Promise<Array<{ exchange: string; priority: number }>>
  srv(name: string): Promise<Array<{ name: string; port: number; priority: number; weight: number }>>
  exists(host: string): Promise<boolean>
}

/** A host in the address's own domain (or the domain itself) may receive the password. */
export const sameDomain = (host: string, domain: string): boolean => {
  const h = host.toLowerCase().replace(/\.$/, '')
  return h === domain || h.endsWith('.' + domain)
}
