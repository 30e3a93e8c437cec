// The checks every request passes before it does anything: the Host header (DNS rebinding), the
// Origin of a POST (cross-site requests), the bearer token, the per-client rate of checks, and a
// limit on checks running at once.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { hostname, networkInterfaces } from 'node:os'

export interface HostRule {
  port: number
  /** The listener's own names: valid with its port only. */
  own: ReadonlySet<string>
  /** Names given with --public-name (a reverse proxy's): valid with any port. */
  extra: ReadonlySet<string>
}

/** A page fetched through another name (a rebinding attacker's) is refused. */
export function hostAllowed(rule: HostRule, header: string | undefined): boolean {
  const m = /^(\[[0-9a-f:.]+\]|[^:]+)(?::(\d+))?$/i.exec(header ?? '')
  if (!m) return false
  const name = m[1].toLowerCase().replace(/^\[|\]$/g, '')
  if (rule.extra.has(name)) return true
  return rule.own.has(name) && Number(m[2] ?? 80) === rule.port
}

/** The names a listener answers to: its own address, and localhost's names when on loopback. */
export function listenNames(host: string): Set<string> {
  const loopback = ['::1', 'localhost'].includes(host) || host.startsWith('127.')
  // On every interface (0.0.0.0, ::) the machine's own addresses and name are its own names too.
  const wildcard = host === '0.0.0.0' || host === '::'
  const own = wildcard
    ? [
        hostname(),
        ...Object.values(networkInterfaces())
          .flatMap((list) => list ?? [])
          .map((i) => i.address),
      ]
    : []
  return new Set([
    host.toLowerCase(),
    ...(loopback ? ['localhost', '127.0.0.1', '::1'] : []),
    ...own.map((n) => n.toLowerCase()),
  ])
}

const digest = (text: string) => createHash('sha256').update(text).digest()

export function tokenMatches(expected: string | undefined, given: string | undefined): boolean {
  if (expected === undefined || given === undefined) return false
  return timingSafeEqual(digest(expected), digest(given))
}

/** The bearer token of the Authorization header, or of the login cookie the page sets. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
  if (bearer) return bearer
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('maildoctor_token='))
  return cookie ? decodeURIComponent(cookie.slice('maildoctor_token='.length)) : undefined
}

/** A POST from the page itself carries its origin; one from another site is refused. */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (!origin || !req.headers.host) return false
  return origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}`
}

/** At most `limit` checks per client in any window of `windowMs`. */
export function rateLimiter(limit: number, windowMs = 60_000) {
  const seen = new Map<string, number[]>()
  return {
    /** Records one check; returns the seconds to wait when over the limit, else 0. */
    take(client: string, now = Date.now()): number {
      const recent = (seen.get(client) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        seen.set(client, recent)
        return Math.ceil((windowMs - (now - recent[0])) / 1000)
      }
      recent.push(now)
      seen.set(client, recent)
      if (seen.size > 10_000) for (const [k, v] of seen) if (!v.some((t) => now - t < windowMs)) seen.delete(k)
      return 0
    },
  }
}

/** A counting semaphore: the global limit on checks running at once. */
export function semaphore(size: number) {
  let active = 0
  const queue: Array<() => void> = []
  return {
    get active() {
      return active
    },
    async acquire(): Promise<() => void> {
      if (active < size) active++
      else await new Promise<void>((resolve) => queue.push(resolve))
      let released = false
      return () => {
        if (released) return
        released = true
        const next = queue.shift()
        if (next) next()
        else active--
      }
    },
  }
}
