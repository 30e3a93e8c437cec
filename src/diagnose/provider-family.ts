// Groups the names a provider goes by (a hint, a host name) into one family the rules know.
// Families share server software and therefore wording and quirks.

const FAMILIES: Array<{ family: string; names: RegExp; hosts: RegExp }> = [
  {
    family: 'gmail',
    names: /^(gmail|googlemail|google|gsuite|google-?workspace)$/i,
    hosts: /(^|\.)(gmail\.com|googlemail\.com|google\.com)$/i,
  },
  {
    family: 'microsoft',
    names: /^(outlook|outlook\.com|hotmail|live|msn|office365|o365|microsoft|microsoft365|m365|exchange-?online)$/i,
    hosts: /(^|\.)(outlook\.com|office365\.com|hotmail\.com|live\.com|outlook\.office365\.com)$/i,
  },
  { family: 'yahoo', names: /^(yahoo|ymail|aol|rocketmail)$/i, hosts: /(^|\.)(yahoo\.com|aol\.com)$/i },
  { family: 'icloud', names: /^(icloud|me|mac|apple)$/i, hosts: /(^|\.)(icloud\.com|me\.com|mail\.me\.com)$/i },
  { family: 'gmx', names: /^(gmx|web\.de|webde|mail\.com)$/i, hosts: /(^|\.)(gmx\.(net|com|de|at|ch)|web\.de)$/i },
  {
    family: 'italiaonline',
    names: /^(libero|virgilio|italiaonline|iol)$/i,
    hosts: /(^|\.)(libero\.it|virgilio\.it|inwind\.it|iol\.it|blu\.it|giallo\.it)$/i,
  },
  {
    family: 'aruba',
    names: /^(aruba|arubapec|aruba-pec|pec\.it)$/i,
    hosts: /(^|\.)(aruba\.it|arubapec\.it|pec\.it)$/i,
  },
  { family: 'tim', names: /^(tim|alice|tin|telecomitalia)$/i, hosts: /(^|\.)(tim\.it|alice\.it|tin\.it)$/i },
  { family: 'exchange', names: /^(exchange|exchange-onprem)$/i, hosts: /^$/ },
]

// Signatures a provider leaves in its own replies (Gmail's "- gsmtp" and help links, Microsoft's
// PROD.OUTLOOK.COM server names), read only when no provider or host was given.
const TEXT_MARKS: Array<{ family: string; mark: RegExp }> = [
  // Gmail's IMAP NO replies end in "(Failure)"; "Username and Password not accepted" is its SMTP and POP refusal.
  { family: 'gmail', mark: /\bgsmtp\b|support\.google\.com\/mail|\(Failure\)|\bUsername and Password not accepted\b/i },
  { family: 'microsoft', mark: /\.prod\.outlook\.com\b|protection\.outlook\.com|aka\.ms\/smtp_auth_disabled/i },
  { family: 'yahoo', mark: /help\.yahoo\.com|senders\.yahooinc\.com/i },
  // Yahoo's and AOL's IMAP refusal, in its case (the Firefox OS mail client's notes,
  // mozilla-b2g/gaia-email-libs-and-more:js/imap/client.js); Yandex's "LOGIN invalid credentials or IMAP is
  // disabled" is another server's.
  { family: 'yahoo', mark: /\[AUTHENTICATIONFAILED\] LOGIN Invalid credentials\b/ },
]

/**
 * The families of providers that run their own public servers (every family here but on-premises Exchange, which is
 * a company's own server): their certificates chain to a public root.
 */
export const HOSTED_FAMILIES: ReadonlySet<string> = new Set(
  FAMILIES.filter((f) => f.family !== 'exchange').map((f) => f.family),
)

export function providerFromText(text: string): string | undefined {
  return TEXT_MARKS.find((t) => t.mark.test(text))?.family
}

export function providerFamily(hint?: string, host?: string): string | undefined {
  const name = hint?.trim()
  if (name) {
    // A hint is a provider's name ("gmail") or its mail domain ("gmail.com").
    const byName = FAMILIES.find((f) => f.names.test(name) || f.hosts.test(name.replace(/\.$/, '')))
    if (byName) return byName.family
  }
  if (host) {
    const byHost = FAMILIES.find((f) => f.hosts.test(host.replace(/\.$/, '')))
    if (byHost) return byHost.family
  }
  return name ? name.toLowerCase() : undefined
}
