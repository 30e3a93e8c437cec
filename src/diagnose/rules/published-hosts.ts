// The mail servers providers publish (src/providers: each entry cites where its servers were checked).
// Such a name exists: a lookup of it that fails says the resolver failed, not that the name is wrong.
import { PROVIDERS } from '../../providers/table.js'

const PUBLISHED: ReadonlySet<string> = new Set(
  PROVIDERS.flatMap((p) => (p.servers ?? []).map((s) => s.host.toLowerCase())),
)

const NAME_MISSING = new Set(['dns_nxdomain', 'dns_no_address'])
// Failures of the lookup or the connection: what a name that is not the provider's server gives.
const REACH_FAILED = new Set([
  ...NAME_MISSING,
  'dns_servfail',
  'net_unreachable',
  'tcp_refused',
  'tcp_timeout',
  'tcp_reset',
])

/**
 * A published server's name with more labels after it ("outlook.office365.com.office.corp.example"): a
 * resolver's search domain appended to it, or a name mangled on its way into the settings. No provider
 * publishes such a name, so failing to reach it says the server name is wrong, not the network.
 */
function underPublished(host: string): boolean {
  const labels = host.toLowerCase().split('.')
  for (let end = labels.length - 1; end >= 3; end--) {
    if (PUBLISHED.has(labels.slice(0, end).join('.'))) return true
  }
  return false
}

// Google publishes its mail servers to clients under gmail.com and googlemail.com only (imap.gmail.com,
// smtp.gmail.com, pop.gmail.com: support.google.com/mail/answer/7126229); under google.com live its web pages
// (mail.google.com) and, under l.google.com, the machines those names and its MX point at. An "imap.google.com" or
// "smtp.google.com" that cannot be reached is a server name built from the wrong domain.
const NOT_A_CLIENT_SERVER = /(^|\.)google\.com$/i
const CLIENT_SERVER_TARGETS = /\.l\.google\.com$/i
const wrongDomain = (host: string): boolean => NOT_A_CLIENT_SERVER.test(host) && !CLIENT_SERVER_TARGETS.test(host)

// The name as the program quoted it, with a space inside its quotes ("hostname: 'smtp.gmail.com '"): what was looked
// up was not the published name but the typed one, space and all. Returns what stood between the quotes.
export function quotedWithSpace(text: string, host: string): string | undefined {
  const name = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(['"\`])(\\s+${name}\\s*|\\s*${name}\\s+)\\1`, 'i').exec(text)?.[2]
}

/** A "no such name" about a published server reads as a lookup that failed right now. */
export function resolverCause(cause: string, host: string | undefined, text = ''): string {
  if (!host) return cause
  if (NAME_MISSING.has(cause) && PUBLISHED.has(host.toLowerCase()) && !quotedWithSpace(text, host))
    return 'dns_servfail'
  const name = host.replace(/\.$/, '')
  // A resolver that failed for the moment says nothing about the name it was asked.
  const wrongName = underPublished(host) || (cause !== 'dns_servfail' && wrongDomain(name))
  return REACH_FAILED.has(cause) && wrongName ? 'wrong_server_name' : cause
}
