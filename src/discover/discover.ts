// From an address to candidate servers, each tagged with where it came from, in order of trust:
// provider table, RFC 6186 SRV, autoconfig, the provider behind the MX, then guesses.
import { isHostOrIp } from '../model/host-name.js'
import type { Protocol, ServerSource } from '../model/types.js'
import { providerFor } from '../providers/table.js'
import { dnsQueries } from './dns-queries.js'
import { autoconfigSource } from './sources/autoconfig-source.js'
import { firstGuess, guessSource } from './sources/guess-source.js'
import { mxSource } from './sources/mx-source.js'
import { providerSource } from './sources/provider-source.js'
import { srvSource } from './sources/srv-source.js'
import { likelyTypoOf } from './typo.js'
import type { Candidate, DiscoverOptions, DiscoveryResult, Source, SourceReport } from './types.js'

const SOURCES: ReadonlyArray<{ name: ServerSource; run: Source }> = [
  { name: 'provider', run: providerSource },
  { name: 'srv', run: srvSource },
  { name: 'autoconfig', run: autoconfigSource },
  { name: 'mx', run: mxSource },
  { name: 'guess', run: guessSource },
]

export async function discover(
  address: string,
  protocols: Protocol[],
  opts: DiscoverOptions,
): Promise<DiscoveryResult> {
  const domain = address.split('@')[1].toLowerCase()
  const dns = dnsQueries(opts)
  // Every source asks at once; the order of trust decides afterwards.
  const reports = await Promise.all(
    SOURCES.map(({ name, run }) =>
      run(domain, opts, dns).catch((err: Error): SourceReport => ({
        source: name,
        status: 'error',
        detail: err.message,
        candidates: [],
      })),
    ),
  )
  const mx = reports.find((r) => r.source === 'mx')
  const noMail = mx?.status === 'error' && /ENOTFOUND|ENODATA/.test(mx.detail ?? '')
  const typoOf = noMail ? likelyTypoOf(domain) : undefined
  const provider = providerFor({ address })
  return {
    domain,
    provider: provider?.id,
    ...(provider?.oauth ? { oauth: provider.oauth } : {}),
    ...(typoOf ? { typoOf } : {}),
    sources: reports,
    chosen: choose(reports, protocols, domain),
  }
}

/**
 * A handful per protocol is what a mail client would try; an autoconfig file or an SRV answer may
 * list thousands, and every one would be a connection from the user's machine. Capped, not
 * filtered by address: company mail servers live on private addresses.
 */
const MAX_HOSTS_PER_PROTOCOL = 3
const MAX_CANDIDATES_PER_PROTOCOL = 6

/** Per protocol, the candidates of the most trusted source that found any; else the first guess. */
function choose(reports: SourceReport[], protocols: Protocol[], domain: string): Candidate[] {
  return protocols.flatMap((protocol) => {
    for (const report of reports) {
      const found = capped(report.candidates.filter((c) => c.protocol === protocol && isHostOrIp(c.host)))
      if (found.length) return found
    }
    return firstGuess(protocol, domain)
  })
}

/** The first candidates in order, each (host, port, security) once, from a few hosts. */
function capped(found: Candidate[]): Candidate[] {
  const seen = new Set<string>()
  const hosts = new Set<string>()
  const out: Candidate[] = []
  for (const c of found) {
    const key = `${c.host}|${c.port}|${c.security}`
    if (seen.has(key) || (!hosts.has(c.host) && hosts.size >= MAX_HOSTS_PER_PROTOCOL)) continue
    seen.add(key)
    hosts.add(c.host)
    out.push(c)
    if (out.length >= MAX_CANDIDATES_PER_PROTOCOL) break
  }
  return out
}
