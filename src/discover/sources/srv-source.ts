// RFC 6186: _imaps._tcp, _imap._tcp, _pop3s._tcp, _pop3._tcp, _submissions._tcp, _submission._tcp.
import { MAIL_PROTOCOLS } from '../../protocols/index.js'
import { sameDomain, type Candidate, type Source } from '../types.js'

// Each protocol object names its SRV labels.
const SERVICES = Object.values(MAIL_PROTOCOLS).flatMap((p) => p.discovery.srv.map((s) => ({ ...s, protocol: p.name })))

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
