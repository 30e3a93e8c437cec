// Name resolution the way a mail client does it (the system resolver, /etc/hosts included), and a
// direct DNS query only to learn what the system resolver cannot say: why a name failed.
import { isIP } from 'node:net'

/** node:dns loads with the first name to resolve: an address needs none (~3 ms of a start). */
const dnsModule = async () => (await import('node:dns')).promises

type DnsFailure = 'DNS_NXDOMAIN' | 'DNS_NODATA' | 'DNS_SERVFAIL' | 'DNS_TIMEOUT'

export interface Resolution {
  addresses: Array<{ address: string; family: 4 | 6 }>
  via: 'literal' | 'system' | 'server'
  failure?: { code: DnsFailure; detail: string; errorCode?: string }
}

export interface ResolveOptions {
  dnsServer?: string
  /** The most a lookup may take in total, whatever the resolver's own retries. */
  timeoutMs: number
  /** The check's signal: a pending lookup ends with it. */
  signal?: AbortSignal
}

export async function resolveHost(host: string, opts: ResolveOptions): Promise<Resolution> {
  const family = isIP(host)
  if (family) return { addresses: [{ address: host, family: family as 4 | 6 }], via: 'literal' }
  if (opts.dnsServer) return queryServer(host, opts.dnsServer, opts)
  const dns = await dnsModule()
  try {
    // getaddrinfo cannot be cancelled: past the limit its answer is no longer waited for.
    const found = await bounded(dns.lookup(host, { all: true }), opts, () => {})
    return { addresses: found.map((a) => ({ address: a.address, family: a.family as 4 | 6 })), via: 'system' }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'UNKNOWN'
    if (code === 'ETIMEOUT') return failure('system', 'DNS_TIMEOUT', code, `no DNS answer for ${host}`)
    if (code === 'EAI_AGAIN')
      return failure('system', 'DNS_SERVFAIL', code, `the resolver could not answer for ${host}`)
    // getaddrinfo says ENOTFOUND both for "no such name" and "no address": ask DNS which.
    const direct = await queryServer(host, undefined, opts)
    return direct.failure ? { ...direct, via: 'system' } : failure('system', 'DNS_NXDOMAIN', code, `${host} not found`)
  }
}

async function queryServer(host: string, server: string | undefined, opts: ResolveOptions): Promise<Resolution> {
  const dns = await dnsModule()
  const resolver = new dns.Resolver({ timeout: Math.max(100, opts.timeoutMs), tries: 1 })
  if (server) resolver.setServers([server])
  const [a, aaaa] = await Promise.allSettled(
    [resolver.resolve4(host), resolver.resolve6(host)].map((q) => bounded(q, opts, () => resolver.cancel())),
  )
  const addresses = [
    ...(a.status === 'fulfilled' ? a.value.map((address) => ({ address, family: 4 as const })) : []),
    ...(aaaa.status === 'fulfilled' ? aaaa.value.map((address) => ({ address, family: 6 as const })) : []),
  ]
  const via = server ? 'server' : 'system'
  if (addresses.length) return { addresses, via }
  const codes = [a, aaaa].map((r) =>
    r.status === 'rejected' ? ((r.reason as NodeJS.ErrnoException).code ?? 'UNKNOWN') : 'ENODATA',
  )
  if (codes.includes('ENOTFOUND')) return failure(via, 'DNS_NXDOMAIN', 'ENOTFOUND', `${host} does not exist`)
  if (codes.every((c) => c === 'ENODATA'))
    return failure(via, 'DNS_NODATA', 'ENODATA', `${host} has no A or AAAA record`)
  if (codes.some((c) => TIMED_OUT.has(c)))
    return failure(
      via,
      'DNS_TIMEOUT',
      codes.find((c) => c !== 'ENODATA'),
      `no DNS answer for ${host}`,
    )
  return failure(
    via,
    'DNS_SERVFAIL',
    codes.find((c) => c !== 'ENODATA'),
    `the DNS server failed to answer for ${host}`,
  )
}

function failure(via: Resolution['via'], code: DnsFailure, errorCode: string | undefined, detail: string): Resolution {
  return { addresses: [], via, failure: { code, detail, errorCode } }
}

const TIMED_OUT = new Set(['ETIMEOUT', 'ECONNREFUSED', 'ECANCELLED'])

/**
 * A lookup that ends by `opts.timeoutMs` or the signal, whichever is first (ETIMEOUT); `cancel`
 * stops the resolver's pending queries so nothing keeps the process waiting for them.
 */
export function bounded<T>(
  lookup: Promise<T>,
  opts: Pick<ResolveOptions, 'timeoutMs' | 'signal'>,
  cancel: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      cleanup()
      cancel()
      reject(Object.assign(new Error('lookup timed out'), { code: 'ETIMEOUT' }))
    }
    const timer = setTimeout(stop, Math.max(100, opts.timeoutMs))
    const cleanup = () => {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', stop)
    }
    if (opts.signal?.aborted) return stop()
    opts.signal?.addEventListener('abort', stop, { once: true })
    lookup.then(
      (v) => (cleanup(), resolve(v)),
      (e: unknown) => (cleanup(), reject(e)),
    )
  })
}
