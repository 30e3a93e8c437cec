// The library's `discover`: an address in, every source's candidate servers out (what
// `maildoctor discover --json` prints).
import { discover as discoverServers } from '../discover/discover.js'
import type { DiscoveryResult } from '../discover/types.js'
import { PROTOCOLS, type Protocol } from '../model/types.js'

export interface DiscoverOptions {
  /** Default: all three. */
  protocols?: Protocol[]
  /** Timeout of each lookup in milliseconds (default 5000). */
  timeoutMs?: number
  dnsServer?: string
  /** Autoconfig URLs with {domain} (default: the domain's own, then the public ISPDB). */
  autoconfigUrls?: string[]
  /** Extra trusted CA certificates (PEM) for HTTPS autoconfig. */
  ca?: string[]
}

export async function discover(address: string, options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) throw new TypeError('discover needs an email address')
  return discoverServers(address, options.protocols?.length ? options.protocols : [...PROTOCOLS], {
    timeoutMs: options.timeoutMs ?? 5000,
    dnsServer: options.dnsServer,
    autoconfigUrls: options.autoconfigUrls,
    ca: options.ca ?? [],
  })
}
