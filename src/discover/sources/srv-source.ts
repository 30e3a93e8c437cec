// RFC 6186: _imaps._tcp, _imap._tcp, _pop3s._tcp, _pop3._tcp, _submissions._tcp, _submission._tcp.
import type { Protocol, Security } from '../../model/types.js'
import { sameDomain, type Candidate, type Source } from '../types.js'

const SERVICES: Array<{ label: string; protocol: Protocol; security: Security }> = [
  { label: '_imaps._tcp', protocol: 'imap', security: 'tls' },
  { label: '_imap._tcp', protocol: 'imap', security: 'starttls' },
  { label: '_pop3s._tcp', protocol: 'pop3', security: 'tls' },
  { label: '_pop3._tcp', protocol: 'pop3', security: 'starttls' },
  { label: '_submissions._tcp', protocol: 'smtp', security: 'tls' },
  { label: '_submission._tcp', protocol: 'smtp', security: 'starttls' },
]

export const srvSource: Source = async (domain, _opts, dns) => {
  const answers = await Promise.all(
    SERVICES.map(async (s) => {
      const records = await dns.srv(`${s.label}.${domain}`).catch(() => [])
      // Target "." means "this service is decidedly not offered" (RFC 2782).
      return records
        .filter((r) => r.name && r.name !== '.')
        .sort((a, b) => a.priority - b.priority || b.weight - a.weight)
        .map((r): Candidate => {
          const host = r.name.replace(/\.$/, '')
          const trusted = sameDomain(host, domain)
          return {
            protocol: s.protocol,
            host,
            port: r.port,
            security: s.security,
            source: 'srv',
            trusted,
            ...(trusted ? {} : { untrustedBecause: 'foreign-domain' as const }),
          }
        })
    }),
  )
  const candidates = answers.flat()
  return { source: 'srv', status: candidates.length ? 'found' : 'nothing', candidates }
}
