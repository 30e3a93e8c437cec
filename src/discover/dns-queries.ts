// The DNS questions discovery asks (MX, SRV), through the same resolver choice as the probes,
// each bounded in time and ended by the check's signal.
import { promises as dns } from 'node:dns'
import { timeoutTable } from '../model/timeout-table.js'
import { bounded, resolveHost } from '../probes/resolve.js'
import type { DiscoverOptions, DnsQueries } from './types.js'

export function dnsQueries(opts: DiscoverOptions): DnsQueries {
  const resolve = opts.resolve ?? ((host: string) => resolveHost(host, opts))
  const resolver = new dns.Resolver({ timeout: Math.max(100, timeoutTable(opts.timeoutMs).lookup), tries: 1 })
  if (opts.dnsServer) resolver.setServers([opts.dnsServer])
  const ask = <T>(query: Promise<T>) => bounded(query, opts, () => resolver.cancel())
  return {
    mx: (domain) => ask(resolver.resolveMx(domain)),
    srv: (name) => ask(resolver.resolveSrv(name)),
    exists: async (host) => !(await resolve(host)).failure,
  }
}
