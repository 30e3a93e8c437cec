// The provider behind the domain's MX (Google, Microsoft, Aruba…): its servers, trusted, since
// the domain's owner chose that provider to receive its mail.
import { PROVIDERS } from '../../providers/table.js'
import type { Candidate, Source } from '../types.js'

export const mxSource: Source = async (domain, _opts, dns) => {
  let records: Array<{ exchange: string; priority: number }>
  try {
    records = await dns.mx(domain)
  } catch (err) {
    return { source: 'mx', status: 'error', detail: (err as NodeJS.ErrnoException).code ?? 'error', candidates: [] }
  }
  if (!records.length) return { source: 'mx', status: 'nothing', candidates: [] }
  const exchanges = records.sort((a, b) => a.priority - b.priority).map((r) => r.exchange.replace(/\.$/, ''))
  const provider = PROVIDERS.find((p) => p.mx && p.servers?.length && exchanges.some((x) => p.mx!.test(x)))
  if (!provider)
    return { source: 'mx', status: 'nothing', detail: `MX ${exchanges.join(', ')}: no known provider`, candidates: [] }
  const candidates: Candidate[] = provider.servers!.map((s) => ({ ...s, source: 'mx', trusted: true }))
  return { source: 'mx', status: 'found', detail: `MX ${exchanges[0]} → ${provider.name}`, candidates }
}
