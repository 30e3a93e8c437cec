// The names providers usually give their servers, kept only where the name resolves.
import type { Protocol } from '../../model/types.js'
import { MAIL_PROTOCOLS, STANDARD_PORTS } from '../../protocols/index.js'
import type { Candidate, Source } from '../types.js'

const PREFIXES = Object.fromEntries(
  Object.values(MAIL_PROTOCOLS).map((p) => [p.name, p.discovery.hostPrefixes]),
) as Record<Protocol, readonly string[]>

/** The first guess for a protocol, whether or not it resolves: its failure is worth reporting. */
export function firstGuess(protocol: Protocol, domain: string): Candidate[] {
  const host = `${PREFIXES[protocol][0]}.${domain}`
  return STANDARD_PORTS.filter((s) => s.protocol === protocol).map((p) => ({
    protocol,
    host,
    port: p.port,
    security: p.security,
    source: 'guess',
    trusted: true,
  }))
}

export const guessSource: Source = async (domain, _opts, dns) => {
  const names = [...new Set(Object.values(PREFIXES).flat())].map((p) => `${p}.${domain}`)
  const existing = new Set(
    (await Promise.all(names.map(async (n) => ((await dns.exists(n)) ? n : null)))).filter(
      (n): n is string => n !== null,
    ),
  )
  const candidates: Candidate[] = []
  for (const [protocol, prefixes] of Object.entries(PREFIXES) as Array<[Protocol, readonly string[]]>) {
    const host = prefixes.map((p) => `${p}.${domain}`).find((n) => existing.has(n))
    if (!host) continue
    for (const p of STANDARD_PORTS.filter((s) => s.protocol === protocol))
      candidates.push({ protocol, host, port: p.port, security: p.security, source: 'guess', trusted: true })
  }
  return { source: 'guess', status: candidates.length ? 'found' : 'nothing', candidates }
}
