// Every known provider, and how to find the one behind an address or a host.
import type { Lang } from '../i18n/locale.js'
import { INTERNATIONAL } from './international.js'
import { ITALIAN } from './italian.js'
import type { Provider } from './provider.js'

export const PROVIDERS: readonly Provider[] = [...INTERNATIONAL, ...ITALIAN]

export function providerFor(target: { address?: string; host?: string }): Provider | undefined {
  const domain = target.address?.split('@')[1]?.toLowerCase()
  const byDomain = domain ? PROVIDERS.find((p) => p.domains.includes(domain)) : undefined
  if (byDomain) return byDomain
  const host = target.host?.toLowerCase().replace(/\.$/, '')
  if (!host) return undefined
  // A provider's own published server names it when no provider's `hosts` pattern does (Outlook.com publishes
  // outlook.office365.com, which Microsoft 365's pattern claims first).
  return PROVIDERS.find((p) => p.hosts?.test(host)) ?? PROVIDERS.find((p) => p.servers?.some((s) => s.host === host))
}

/**
 * The provider whose names the host is under, by its `hosts` pattern or one of its mail domains as a suffix; the
 * longest match wins (pec.aruba.it's PEC service over aruba.it's mail).
 */
export function providerOwning(host: string): Provider | undefined {
  const name = host.toLowerCase().replace(/\.$/, '')
  const reach = (p: Provider): number =>
    Math.max(p.hosts?.exec(name)?.[0].length ?? 0, ...p.domains.map((d) => (name.endsWith(`.${d}`) ? d.length + 1 : 0)))
  let best: Provider | undefined
  for (const p of PROVIDERS) if (reach(p) > (best ? reach(best) : 0)) best = p
  return best
}

/** The servers that the provider owning `host` publishes, for `protocol` (all when not given), listed to show. */
export function publishedServersOf(host: string, protocol?: string): string | undefined {
  const own = providerOwning(host)?.servers?.filter((s) => !protocol || s.protocol === protocol)
  return own?.length ? [...new Set(own.map((s) => s.host))].join(', ') : undefined
}

export function providerById(id: string | undefined): Provider | undefined {
  return id ? PROVIDERS.find((p) => p.id === id || p.family === id) : undefined
}

/** The provider whose addresses end in this mail domain ("gmail.com", "qq.com"), given as a hint. */
export function providerOfDomain(name: string | undefined): Provider | undefined {
  const domain = name?.trim().toLowerCase()
  return domain && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? providerFor({ address: `x@${domain}` }) : undefined
}

export function providerFixes(provider: Provider | undefined, cause: string, lang: Lang): string[] {
  return provider?.fixes[cause]?.[lang] ?? []
}
