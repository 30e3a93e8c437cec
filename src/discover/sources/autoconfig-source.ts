// Thunderbird autoconfig: the domain's own autoconfig host, its .well-known path, then the
// public ISPDB. Fetched with short timeouts; what it says is probed, never trusted blindly.
import { request as httpsRequest } from 'node:https'
import { request as httpRequest } from 'node:http'
import { isIP } from 'node:net'
import type { LookupFunction } from 'node:net'
import { timeoutTable } from '../../model/timeout-table.js'
import type { Security } from '../../model/types.js'
import { isProtocolName } from '../../model/types.js'
import { resolveHost } from '../../probes/resolve.js'
import { trustContext } from '../../probes/trust.js'
import { sameDomain, type Candidate, type DiscoverOptions, type Source } from '../types.js'

export const DEFAULT_AUTOCONFIG_URLS = [
  'https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress=x@{domain}',
  'https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml',
  'https://autoconfig.thunderbird.net/v1.1/{domain}',
]

const MAX_BYTES = 256 * 1024

export const autoconfigSource: Source = async (domain, opts) => {
  const urls = (opts.autoconfigUrls ?? DEFAULT_AUTOCONFIG_URLS).map((u) => u.replaceAll('{domain}', domain))
  const errors: string[] = []
  for (const url of urls) {
    try {
      const xml = await fetchText(url, opts)
      if (xml === null) continue
      const plainHttp = url.startsWith('http:')
      const candidates = (await parseAutoconfig(xml)).map((c): Candidate => {
        const trusted = !plainHttp && sameDomain(c.host, domain)
        return {
          ...c,
          source: 'autoconfig',
          trusted,
          ...(trusted ? {} : { untrustedBecause: plainHttp ? ('plain-http' as const) : ('foreign-domain' as const) }),
        }
      })
      if (candidates.length) return { source: 'autoconfig', status: 'found', detail: url, candidates }
    } catch (err) {
      errors.push(`${url}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    }
  }
  return {
    source: 'autoconfig',
    status: errors.length === urls.length ? 'error' : 'nothing',
    detail: errors.join('; ') || undefined,
    candidates: [],
  }
}

/** The body of a 200 answer, null for 404 and the like. Names resolve like the probes' do. */
function fetchText(url: string, opts: DiscoverOptions): Promise<string | null> {
  const lookup: LookupFunction = (hostname, options, callback) => {
    ;(opts.resolve ?? ((h: string) => resolveHost(h, opts)))(hostname).then(
      (r) => {
        const first = r.addresses[0]
        if (!first)
          return callback(
            Object.assign(new Error(`${hostname}: ${r.failure?.code ?? 'no address'}`), { code: 'ENOTFOUND' }),
            '',
            4,
          )
        if ((options as { all?: boolean }).all)
          return (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
            first,
          ])
        callback(null, first.address, first.family)
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 4),
    )
  }
  const target = new URL(url)
  const request = target.protocol === 'http:' ? httpRequest : httpsRequest
  const timeout = timeoutTable(opts.timeoutMs).autoconfig
  // An idle timeout alone lets a server dripping a byte a second hold on forever: the whole
  // answer has to arrive in time, and the check's signal ends it sooner.
  const limit = AbortSignal.timeout(timeout)
  const signal = opts.signal ? AbortSignal.any([opts.signal, limit]) : limit
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        lookup: isIP(target.hostname) ? undefined : lookup,
        timeout,
        signal,
        // Node passes request options to tls.connect; the types leave this one out.
        ...({ secureContext: trustContext(opts.ca) } as object),
        headers: { 'user-agent': 'maildoctor' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume()
          return resolve(null)
        }
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          body += chunk
          if (body.length > MAX_BYTES) req.destroy(new Error('answer too large'))
        })
        res.on('end', () => resolve(body))
        res.on('error', reject)
        res.on('aborted', () => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })))
      },
    )
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })))
    req.on('error', reject)
    req.end()
  })
}

const SOCKET_TYPES: Record<string, Security> = { SSL: 'tls', STARTTLS: 'starttls', plain: 'plain' }

/** Reads clientConfig/emailProvider incoming and outgoing servers. */
/** The part of Thunderbird's clientConfig document read here; a server is one element or a list. */
interface AutoconfigDoc {
  clientConfig?: { emailProvider?: { incomingServer?: unknown; outgoingServer?: unknown } }
}

async function parseAutoconfig(xml: string): Promise<Array<Omit<Candidate, 'source' | 'trusted'>>> {
  const { XMLParser } = await import('fast-xml-parser')
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as AutoconfigDoc
  const provider = doc?.clientConfig?.emailProvider
  if (!provider) return []
  const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : [])
  const servers = [...list(provider.incomingServer), ...list(provider.outgoingServer)]
  return servers.flatMap((s) => {
    // Thunderbird's type names are ours.
    const type = String(s.type)
    const protocol = isProtocolName(type) ? type : undefined
    const security = SOCKET_TYPES[String(s.socketType)]
    const port = Number(s.port)
    const host = String(s.hostname ?? '').trim()
    if (!protocol || !security || !host || !Number.isInteger(port) || port < 1 || port > 65535) return []
    return [{ protocol, host: host.toLowerCase(), port, security }]
  })
}
