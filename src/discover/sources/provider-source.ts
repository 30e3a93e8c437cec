import { providerFor } from '../../providers/table.js'
import type { Candidate, Source } from '../types.js'

/** The built-in table: the provider's own servers, trusted. */
export const providerSource: Source = async (domain) => {
  const provider = providerFor({ address: `x@${domain}` })
  if (!provider) return { source: 'provider', status: 'nothing', candidates: [] }
  if (!provider.servers?.length)
    return {
      source: 'provider',
      status: 'nothing',
      detail: `${provider.name}: no confirmed server names`,
      candidates: [],
    }
  const candidates: Candidate[] = provider.servers.map((s) => ({ ...s, source: 'provider', trusted: true }))
  return { source: 'provider', status: 'found', detail: provider.name, candidates }
}
