// Interim discovery: the host names providers usually give their servers. The full discovery
// (provider table, SRV, autoconfig, MX) replaces this behind the same function shape.
import type { Protocol } from '../model/types.js'
import type { Resolution } from '../probes/resolve.js'

export interface DiscoveredHost {
  protocol: Protocol
  host: string
  source: 'guess'
}

const PREFIXES: Record<Protocol, string[]> = {
  imap: ['imap', 'mail'],
  pop3: ['pop', 'pop3', 'mail'],
  smtp: ['smtp', 'mail'],
}

/** For each protocol, the first guessed name that resolves; else the first guess, so its failure is reported. */
export async function guessHosts(domain: string, protocols: Protocol[], resolve: (host: string) => Promise<Resolution>): Promise<DiscoveredHost[]> {
  return Promise.all(
    protocols.map(async (protocol) => {
      const names = PREFIXES[protocol].map((p) => `${p}.${domain}`)
      const results = await Promise.all(names.map(resolve))
      const found = names.find((_, i) => !results[i].failure) ?? names[0]
      return { protocol, host: found, source: 'guess' as const }
    }),
  )
}
