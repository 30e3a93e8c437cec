// A pasted error message → its cause, the cause's words filled with the settings the message
// named, and the check that tests exactly those settings. `maildoctor explain` prints this; the
// library returns it.
import { explainText } from '../diagnose/classify.js'
import { quotedWithSpace } from '../diagnose/rules/published-hosts.js'
import { renderCause } from '../i18n/catalogue.js'
import type { Lang } from '../i18n/locale.js'
import { MESSAGES } from '../i18n/messages.js'
import { MAIL_PROTOCOLS, standardPort } from '../protocols/index.js'
import { providerById, providerFixes, providerFor, providerOfDomain, publishedServersOf } from '../providers/table.js'
import { ALSO_SEEN } from './also-seen.js'
import { checkCommandLine, extractedSettings, type Extracted } from './check-line.js'

export interface ExplainHints {
  /** imap, pop3, smtp or any. */
  protocol?: string
  /** Where it happened: dns, tcp, tls, greeting, starttls, auth. */
  stage?: string
  port?: number
  /** The provider or server software. */
  provider?: string
}

export interface Explanation {
  /** A cause id of causes.md, or null when nothing matches. */
  cause: string | null
  /**
   * The text says only that something failed (a bare "could not connect"), not why: the cause is
   * the most common reason for such a text, not one the text shows. Absent when the text shows it.
   */
  guessed?: true
  /**
   * What the guess rests on, when not on a bare "it failed": what the message showed (its cause id and title) read in
   * its context, or the provider's sign-in policy (the provider's name).
   */
  guessedFrom?: { shown: string; shownTitle: string } | { providerPolicy: string }
  title?: string
  explanation?: string
  fixes?: string[]
  /**
   * Other causes the same message has turned out to be (also-seen.ts), each with its first fix: what to look at
   * when the first answer is not it. Absent when there are none.
   */
  alsoSeen?: Array<{ cause: string; title: string; fix: string }>
  /** What the text revealed: host, protocol, port, security, socket error, the server's reply. */
  extracted: Extracted
  /** The `maildoctor check` command line that tests the settings the text named. */
  check: string
}

export function explainMessage(text: string, hints: ExplainHints, lang: Lang): Explanation {
  const signal = {
    text,
    protocol: hints.protocol ?? 'any',
    stage: hints.stage,
    port: hints.port,
    provider: hints.provider,
  }
  const { classification, extracted: peeled } = explainText(signal)
  const cause = classification?.cause ?? null
  const extracted = extractedSettings(peeled, signal)
  const check = checkCommandLine(extracted, MESSAGES[lang].explainHostPlaceholder)
  if (!cause) return { cause, extracted, check }
  // The hint by id, by one of the provider's mail domains ("qq.com"), or by its servers.
  const hint = hints.provider?.toLowerCase()
  const provider = providerById(hint) ?? providerOfDomain(hint) ?? providerFor({ host: hint ?? extracted.host })
  // A name typed with a space ("smtp.gmail.com ") is named as typed: the bare name does exist.
  const typed = cause === 'dns_nxdomain' && extracted.host ? quotedWithSpace(text, extracted.host) : undefined
  const named = typed === undefined ? extracted : { ...extracted, host: `'${typed}'` }
  const expected = NAMES_EXPECTED.has(cause) ? publishedServers(extracted) : undefined
  const rendered = renderWithSettings(cause, lang, named, check, providerFixes(provider, cause, lang), expected)
  const published = provider?.servers?.some((server) => server.host === extracted.host?.toLowerCase()) ?? false
  const guessed = classification?.via === 'fallback'
  const alsoSeen = alsoSeenOf(cause, classification?.event, lang, extracted, rendered.fixes).filter(
    (other) => !CONTRADICTED[other.cause]?.(extracted, published, cause, guessed),
  )
  return {
    cause,
    ...guessOf(classification, lang),
    ...rendered,
    ...(alsoSeen.length ? { alsoSeen } : {}),
    extracted,
    check,
  }
}

function guessOf(
  c: ReturnType<typeof explainText>['classification'],
  lang: Lang,
): Pick<Explanation, 'guessed' | 'guessedFrom'> {
  if (c?.via === 'fallback') return { guessed: true }
  if (c?.via === 'context' && c.event)
    return { guessed: true, guessedFrom: { shown: c.event, shownTitle: renderCause(c.event, lang, {}).title } }
  if (c?.via === 'provider') return { guessed: true, guessedFrom: { providerPolicy: c.provider ?? '' } }
  return {}
}

// Other usual causes that what the message itself shows rules out, whatever threads ended in: a host that is the
// provider's own published server is not a wrong server name; a message that names another port is not port 25's
// block; silence on a port where the server speaks first (587, 143, 110, 25) is not a plaintext client waiting on an
// implicit-TLS port (465, 993, 995), where each side waits for the other; a timeout the message itself shows (not a
// bare "could not connect" read as one) came before any certificate was sent.
const SILENCE = new Set(['tcp_timeout', 'greeting_timeout'])
const CONTRADICTED: Record<string, (e: Extracted, published: boolean, answer: string, guessed: boolean) => boolean> = {
  tls_cert_untrusted: (_, __, answer, guessed) => answer === 'tcp_timeout' && !guessed,
  wrong_server_name: (_, published) => published,
  port_25_blocked: (e) => e.port !== undefined && e.port !== 25,
  tls_wrong_mode: (e, _, answer) =>
    SILENCE.has(answer) && e.port !== undefined && standardPort(e.port)?.security !== 'tls',
}

/**
 * The other usual causes of the same message, in the words of the settings it named, each with its first fix that
 * the answer's own fixes do not already say. When the provider's policy gave the answer, what the text itself showed
 * (a refused password) comes first.
 */
function alsoSeenOf(
  cause: string,
  event: string | undefined,
  lang: Lang,
  e: Extracted,
  said: string[],
): NonNullable<Explanation['alsoSeen']> {
  const usual = ALSO_SEEN[cause as keyof typeof ALSO_SEEN] ?? []
  const others = event ? [event, ...usual.filter((other) => other !== event)] : usual
  return others.map((other) => {
    const { title, fixes } = renderCause(other, lang, paramsOf(e))
    const fresh = fixes.find((fix) => !said.some((s) => sameAdvice(s, fix)))
    return { cause: other, title, fix: fresh ?? fixes[0] ?? '' }
  })
}

/** Two fixes that open with the same words give the same advice (the rest often differs only in the place named). */
const sameAdvice = (a: string, b: string): boolean => a.slice(0, 40) === b.slice(0, 40)

// A name that is wrong or does not exist, under a provider's domains: its published servers are what to compare it
// with ("imap.yahoo.com" against Yahoo's imap.mail.yahoo.com).
const NAMES_EXPECTED = new Set(['wrong_server_name', 'dns_nxdomain'])

// With no protocol named, the host's first label says which server was meant when it is one protocol's usual
// prefix ("imap.yahoo.com", "popmail…"; "mail." is every protocol's).
function protocolNamedBy(host: string): Extracted['protocol'] {
  const label = host.split('.')[0].toLowerCase()
  const owners = Object.values(MAIL_PROTOCOLS).filter((p) => p.discovery.hostPrefixes.some((x) => label.startsWith(x)))
  return owners.length === 1 ? owners[0].name : undefined
}

// The servers the provider that owns the named host publishes, for the protocol meant (all when it is not known).
const publishedServers = (e: Extracted): string | undefined =>
  e.host ? publishedServersOf(e.host, e.protocol ?? protocolNamedBy(e.host)) : undefined

/** The cause's words filled with the settings the message named, and a check of exactly those first. */
function renderWithSettings(
  cause: string,
  lang: Lang,
  e: Extracted,
  command: string,
  providerAdvice: string[],
  expected?: string,
) {
  const rendered = renderCause(cause, lang, { ...paramsOf(e), ...(expected ? { expected } : {}) }, providerAdvice)
  if (!e.protocol || e.port === undefined) return rendered
  const fix = MESSAGES[lang].explainCheckFix(e.protocol.toUpperCase(), String(e.port), command)
  return { ...rendered, fixes: [fix, ...rendered.fixes] }
}

/** The settings a message named, as the causes' words name them. */
function paramsOf(e: Extracted): Record<string, string> {
  const params: Record<string, string> = {}
  if (e.host) params.host = e.host
  if (e.port !== undefined) params.port = params.ports = String(e.port)
  if (e.protocol) params.protocol = e.protocol.toUpperCase()
  return params
}
