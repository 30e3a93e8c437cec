// Words of the web page (maildoctor serve) and of the HTML report, in both languages.
import type { Lang } from './locale.js'

const EN = {
  title: 'maildoctor — why does my mail not work?',
  intro: 'Type your email address and password: maildoctor tries every way into the mailbox and says what is wrong.',
  address: 'Email address',
  password: 'Password',
  passwordHint: 'Used for this check only: never stored, never shown.',
  advanced: 'Server settings (optional)',
  server: 'Server',
  port: 'Port',
  security: 'Encryption',
  securityAuto: 'automatic',
  protocols: 'Protocols',
  submit: 'Check',
  checking: 'Checking…',
  endpoints: 'Connections',
  pending: 'checking',
  report: 'Report',
  findings: 'Problems found',
  fixes: 'What to do',
  downloadJson: 'Download the JSON',
  downloadHtml: 'Download the report (HTML)',
  language: 'Italiano',
  failed: 'The check could not run',
  reportTitle: 'maildoctor report',
  token: 'Access token of this server',
  tokenRefused: 'That token is not the right one.',
  signIn: 'Sign in',
}

type WebMessages = typeof EN

const IT: WebMessages = {
  title: 'maildoctor — perché la mia posta non funziona?',
  intro:
    'Scrivi il tuo indirizzo email e la password: maildoctor prova ogni accesso alla casella e ti dice cosa non va.',
  address: 'Indirizzo email',
  password: 'Password',
  passwordHint: 'Usata solo per questa verifica: mai salvata, mai mostrata.',
  advanced: 'Impostazioni del server (facoltative)',
  server: 'Server',
  port: 'Porta',
  security: 'Crittografia',
  securityAuto: 'automatica',
  protocols: 'Protocolli',
  submit: 'Verifica',
  checking: 'Verifica in corso…',
  endpoints: 'Connessioni',
  pending: 'in verifica',
  report: 'Rapporto',
  findings: 'Problemi trovati',
  fixes: 'Cosa fare',
  downloadJson: 'Scarica il JSON',
  downloadHtml: 'Scarica il rapporto (HTML)',
  language: 'English',
  failed: 'La verifica non è partita',
  reportTitle: 'Rapporto di maildoctor',
  token: 'Token di accesso di questo server',
  tokenRefused: 'Il token non è quello giusto.',
  signIn: 'Entra',
}

export const WEB: Record<Lang, WebMessages> = { en: EN, it: IT }

/** The page's language: ?lang= wins, then the browser's Accept-Language, English otherwise. */
export function webLang(query: string | null, acceptLanguage: string | undefined): Lang {
  if (query === 'it' || query === 'en') return query
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { tag: tag.split('-')[0], q: Number.isFinite(q) ? q : 0 }
    })
    .filter((x) => x.tag === 'it' || x.tag === 'en')
    .sort((a, b) => b.q - a.q)
  return ranked[0]?.tag === 'it' ? 'it' : 'en'
}
