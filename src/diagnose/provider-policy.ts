// A refused login read against the provider's published sign-in policy (src/providers: each entry's `oauth` facts
// cite the provider's page and the day they were checked). "Authentication failed" says only that the server said
// no; at a provider that takes no password at all from mail programs (Outlook.com since 2024-09-16, Microsoft 365's
// IMAP and POP), that is why it said no, whatever was typed. The answer is marked a guess (classify.ts: via
// 'provider'), and the refused password stays among the other causes `explain` shows.
import { providerById, providerFor, providerOfDomain } from '../providers/table.js'
import type { Provider } from '../providers/provider.js'

// An address in the text ("for user@icloud.com"): its domain names the provider when no host does.
const ADDRESS_DOMAIN = /[\w.+-]@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i
// The names a hint gives a provider. Only names that say which one: Outlook.com and Microsoft 365 share servers and a
// family but not a policy.
const HINT_NAMES: Record<string, string> = {
  office365: 'microsoft365',
  o365: 'microsoft365',
  m365: 'microsoft365',
  'exchange-online': 'microsoft365',
  'outlook.com': 'outlook',
  hotmail: 'outlook',
}

/** The provider a text is about: the hint (an id or a mail domain), the host, or an address's domain. */
function providerOf(text: string, hint: string | undefined, host: string | undefined): Provider | undefined {
  const name = hint?.trim().toLowerCase() ?? ''
  const id = HINT_NAMES[name] ?? name
  // By id only: a family name ("microsoft") would pick one of the providers that share it.
  const hinted = providerById(id)
  if (hinted?.id === id) return hinted
  return providerOfDomain(id) ?? providerFor({ address: ADDRESS_DOMAIN.exec(text)?.[0], host })
}

/** The one sign-in policy of the protocol named, or of every protocol the provider lists when none is. */
function policyOf(provider: Provider, protocol: string): string | undefined {
  const policies = provider.oauth?.protocols ?? {}
  const named = policies[protocol as keyof typeof policies]
  if (named) return named
  const all = new Set(Object.values(policies))
  return all.size === 1 ? [...all][0] : undefined
}

/**
 * What a refused login means at this provider: passwords switched off for mail programs (OAuth required), or an app
 * password where the account's own is refused everywhere (the provider's `accountPasswordRefused`). Null when
 * the provider is unknown or its policy leaves the password a likely reason: 'default' (OAuth unless an administrator
 * allows passwords) as likely a refused password as a refused method; app passwords ('none', or 'optional' with
 * two-step verification) are themselves passwords that can be mistyped or be the account's own, and threads about
 * iCloud's and Yahoo's plain refusals ended in the user name or the password as often as in an app password. Gmail's
 * generic refusals ("Invalid login", "login failed", imap_open's "Authentication failed") ended in an app password or
 * a sign-in to confirm on the web in 9 of 11 train threads, and in the password in none.
 */
export function loginRefusalAt(
  text: string,
  hint: string | undefined,
  host: string | undefined,
  protocol: string,
): { cause: string; provider: string } | null {
  const provider = providerOf(text, hint, host)
  if (!provider) return null
  if (policyOf(provider, protocol) === 'required') return { cause: 'auth_basic_auth_disabled', provider: provider.name }
  // Where the account's own password signs in nowhere (Gmail since 2025-03-14: OAuth, or an app password with
  // two-step verification), a program that sent a password either sent that one, or an app password mistyped.
  // A Kerberos ticket is no password of either kind.
  if (provider.oauth?.accountPasswordRefused && !/\b(Kerberos|GSSAPI)\b/i.test(text))
    return { cause: 'auth_app_password_required', provider: provider.name }
  return null
}
