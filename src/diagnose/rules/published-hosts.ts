// The mail servers providers publish (src/providers: each entry cites where its servers were checked).
// Such a name exists: a lookup of it that fails says the resolver failed, not that the name is wrong.
import { PROVIDERS } from '../../providers/table.js'

const PUBLISHED: ReadonlySet<string> = new Set(
  PROVIDERS.flatMap((p) => (p.servers ?? []).map((s) => s.host.toLowerCase())),
)

const NAME_MISSING = new Set(['dns_nxdomain', 'dns_no_address'])

/** A "no such name" about a published server reads as a lookup that failed right now. */
export function resolverCause(cause: string, host: string | undefined): string {
  return NAME_MISSING.has(cause) && host && PUBLISHED.has(host.toLowerCase()) ? 'dns_servfail' : cause
}
