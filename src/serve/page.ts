// The page of `maildoctor serve`: a form that works without JavaScript (it posts to /check and the
// report comes back rendered here), and /app.js that adds live progress when scripts run.
// No inline script or style: the Content-Security-Policy allows only this server's own files.
import { PROTOCOL_NAMES, PROTOCOLS } from '../model/types.js'
import { escapeXml as esc } from '../report/escape.js'
import type { Lang } from '../i18n/locale.js'
import { WEB } from '../i18n/web.js'
import { MESSAGES } from '../i18n/messages.js'

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** What the user typed, shown again in the form: never the password. */
export interface FormValues {
  address?: string
  host?: string
  port?: string
  security?: string
  user?: string
  protocols?: string[]
}

export interface PageContent {
  lang: Lang
  values?: FormValues
  /** The report section, already rendered. */
  report?: string
  error?: string
}

export function renderPage(c: PageContent): string {
  const w = WEB[c.lang]
  const v = c.values ?? {}
  const other: Lang = c.lang === 'it' ? 'en' : 'it'
  const chosen = new Set(v.protocols?.length ? v.protocols : PROTOCOLS)
  const input = (name: string, type: string, label: string, extra = '') =>
    `<label for="${name}">${esc(label)}</label><input id="${name}" name="${name}" type="${type}" ${extra}${
      type !== 'password' && v[name as keyof FormValues] ? ` value="${esc(String(v[name as keyof FormValues]))}"` : ''
    }>`
  const securities = [
    ['', w.securityAuto],
    ['tls', 'SSL/TLS'],
    ['starttls', 'STARTTLS'],
    ['plain', MESSAGES[c.lang].securityNone],
  ]
  const statusLabels = {
    ok: MESSAGES[c.lang].statusOk,
    warn: MESSAGES[c.lang].statusWarn,
    fail: MESSAGES[c.lang].statusFail,
  }
  const options = securities
    .map(([value, label]) => {
      const selected = v.security === value ? ' selected' : ''
      return `<option value="${value}"${selected}>${esc(label)}</option>`
    })
    .join('')
  const boxes = Object.entries(PROTOCOL_NAMES)
    .map(([p, { label }]) => {
      const checked = chosen.has(p) ? ' checked' : ''
      return `<label><input type="checkbox" name="protocols" value="${p}"${checked}> ${label}</label>`
    })
    .join('')
  const error = c.error ? `${esc(w.failed)}: ${esc(c.error)}` : ''
  return `<!doctype html>
<html lang="${c.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)}</title><link rel="stylesheet" href="/app.css"><script src="/app.js" defer></script></head>
<body><main>
<header><h1>${esc(w.title)}</h1>
<a id="lang-switch" href="/?lang=${other}" hreflang="${other}">${esc(w.language)}</a></header>
<p>${esc(w.intro)}</p>
<form id="check-form" method="post" action="/check" data-checking="${esc(w.checking)}" data-pending="${esc(w.pending)}"
 data-failed="${esc(w.failed)}" data-status='${esc(JSON.stringify(statusLabels))}'>
<input type="hidden" name="lang" value="${c.lang}">
${input('address', 'email', w.address, 'autocomplete="email" inputmode="email" ')}
${input('password', 'password', w.password, 'autocomplete="current-password" ')}
<p class="hint">${esc(w.passwordHint)}</p>
<details${v.host || v.port || v.security || v.user ? ' open' : ''}><summary>${esc(w.advanced)}</summary>
<div class="row"><div>${input('host', 'text', w.server, 'autocomplete="off" ')}</div>
<div>${input('port', 'number', w.port, 'min="1" max="65535" ')}</div>
<div><label for="security">${esc(w.security)}</label>
<select id="security" name="security">${options}</select></div></div>
${input('user', 'text', MESSAGES[c.lang].username, 'autocomplete="username" ')}
</details>
<fieldset class="inline"><legend>${esc(w.protocols)}</legend>${boxes}</fieldset>
<button type="submit" id="submit">${esc(w.submit)}</button>
</form>
<section id="live" aria-live="polite" hidden><h2>${esc(w.endpoints)}</h2><p id="live-status" class="muted"></p>
<ul id="live-endpoints"></ul></section>
<p id="error" class="error"${error ? '' : ' hidden'}>${error}</p>
<div id="result">${c.report ?? ''}</div>
</main></body></html>
`
}
