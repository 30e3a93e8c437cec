// What discover prints: every source's findings, the servers that will be checked, and the
// provider's OAuth policy, in the reader's language.
import type { Candidate, DiscoveryResult } from '../discover/types.js'
import { SECURITY_LABEL } from '../diagnose/working.js'
import type { Lang } from '../i18n/locale.js'

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    title: 'Where the servers of',
    found: 'found',
    nothing: 'nothing',
    error: 'error',
    skipped: 'skipped',
    chosen: 'maildoctor will check',
    untrusted: 'no password will be sent: suggested by another domain',
    plainHttp: 'no password will be sent: fetched over plain HTTP',
    typo: 'this domain receives no mail; did you mean',
    oauth: 'sign-in (OAuth 2.0)',
    source: 'source',
    checked: 'checked',
    required: 'OAuth required',
    default: 'OAuth unless the administrator allows passwords',
    optional: 'OAuth or an app password',
    none: 'no OAuth: app-specific password',
  },
  it: {
    title: 'Dove stanno i server di',
    found: 'trovato',
    nothing: 'niente',
    error: 'errore',
    skipped: 'saltato',
    chosen: 'maildoctor verificherà',
    untrusted: 'nessuna password verrà inviata: suggerito da un altro dominio',
    plainHttp: 'nessuna password verrà inviata: scaricato in HTTP non cifrato',
    typo: 'questo dominio non riceve posta; forse intendevi',
    oauth: 'accesso (OAuth 2.0)',
    source: 'fonte',
    checked: 'verificato il',
    required: 'OAuth obbligatorio',
    default: "OAuth, salvo che l'amministratore consenta le password",
    optional: 'OAuth o una password per le app',
    none: 'niente OAuth: password specifica per le app',
  },
}

export function discoveryText(address: string, r: DiscoveryResult, lang: Lang): string {
  const w = WORDS[lang]
  const why = (c: Candidate) => (c.untrustedBecause === 'plain-http' ? w.plainHttp : w.untrusted)
  const line = (c: Candidate) =>
    [
      `    ${c.protocol.toUpperCase().padEnd(4)}  ${`${c.host}:${c.port}`.padEnd(34)} `,
      SECURITY_LABEL[c.security].padEnd(8),
      c.trusted ? '' : `  (${why(c)})`,
    ].join('')
  const out = [`${w.title} ${address}`, '']
  if (r.typoOf) out.push(`  ! ${w.typo} ${r.typoOf}?`, '')
  for (const s of r.sources) {
    out.push(`  ${s.source.padEnd(10)} ${w[s.status]}${s.detail ? ` — ${s.detail}` : ''}`)
    out.push(...s.candidates.map(line))
  }
  out.push('', `  ${w.chosen}:`, ...(r.chosen.length ? r.chosen.map(line) : [`    ${w.nothing}`]))
  if (r.oauth) {
    const policy = ([p, how]: [string, string]) => `    ${p.toUpperCase().padEnd(4)}  ${w[how]}`
    const policies = Object.entries(r.oauth.protocols).map(policy)
    out.push('', `  ${w.oauth}: (${w.source} ${r.oauth.source}, ${w.checked} ${r.oauth.checked})`, ...policies)
  }
  return out.join('\n') + '\n'
}
