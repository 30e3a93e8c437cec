// Name resolution the way a mail client does it (the system resolver, /etc/hosts included), and a
// direct DNS query only to learn what the system resolver cannot say: why a name failed.
import { promises as dns } from 'node:dns'
import { isIP } from 'node:net'

export type DnsFailure = 'DNS_NXDOMAIN' | 'DNS_NODATA' | 'DNS_SERVFAIL' | 'DNS_TIMEOUT'

export interface Resolution {
  addresses: Array<{ address: string; family: 4 | 6 }>
  via: 'literal' | 'system' | 'server'
  failure?: { code: DnsFailure; detail: string; errorCode?: string }
}

export interface ResolveOptions {
  dnsServer?: string
  timeoutMs: number
}

export async function resolveHost(host: string, opts: ResolveOptions): Promise<Resolution> {
  const family = isIP(host)
  if (family) return { addresses: [{ address: host, family: family as 4 | 6 }], via: 'literal' }
  if (opts.dnsServer) return queryServer(host, opts.dnsServer, opts.timeoutMs)
  try {
    const found = await dns.lookup(host, { all: true })
    return { addresses: found.map((a) => ({ address: a.address, family: a.family as 4 | 6 })), via: 'system' }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'UNKNOWN'
    if (code === 'EAI_AGAIN') return failure('system', 'DNS_SERVFAIL', code, `the resolver could not answer for ${host}`)
    // getaddrinfo says ENOTFOUND both for "no such name" and "no address": ask DNS which.
    const direct = await queryServer(host, undefined, opts.timeoutMs)
    return direct.failure ? { ...direct, via: 'system' } : failure('system', 'DNS_NXDOMAIN', code, `${host} not found`)
  }
}

async function queryServer(host: string, server: string | undefined, timeoutMs: number): Promise<Resolution> {
  const resolver = new dns.Resolver({ timeout: Math.max(100, timeoutMs), tries: 1 })
  if (server) resolver.setServers([server])
  const [a, aaaa] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)])
  const addresses = [
    ...(a.status === 'fulfilled' ? a.value.map((address) => ({ address, family: 4 as const })) : []),
    ...(aaaa.status === 'fulfilled' ? aaaa.value.map((address) => ({ address, family: 6 as const })) : []),
  ]
  const via = server ? 'server' : 'system'
  if (addresses.length) return { addresses, via }
  const codes = [a, aaaa].map((r) => (r.status === 'rejected' ? ((r.reason as NodeJS.ErrnoException).code ?? 'UNKNOWN') : 'ENODATA'))
  if (codes.includes('ENOTFOUND')) return failure(via, 'DNS_NXDOMAIN', 'ENOTFOUND', `${host} does not exist`)
  if (codes.every((c) => c === 'ENODATA')) return failure(via, 'DNS_NODATA', 'ENODATA', `${host} has no A or AAAA record`)
  if (codes.some((c) => c === 'ETIMEOUT' || c === 'ECONNREFUSED')) return failure(via, 'DNS_TIMEOUT', codes.find((c) => c !== 'ENODATA'), `no DNS answer for ${host}`)
  return failure(via, 'DNS_SERVFAIL', codes.find((c) => c !== 'ENODATA'), `the DNS server failed to answer for ${host}`)
}

function failure(via: Resolution['via'], code: DnsFailure, errorCode: string | undefined, detail: string): Resolution {
  return { addresses: [], via, failure: { code, detail, errorCode } }
}
