// The sign-in page when the server has a token (--token-env): the token typed once, kept in an
// HttpOnly, SameSite=Strict cookie. Tools send it as a bearer header instead.
import { escapeXml as esc } from '../report/escape.js'
import type { Lang } from '../i18n/locale.js'
import { WEB } from '../i18n/web.js'

export function loginPage(lang: Lang, refused = false): string {
  const w = WEB[lang]
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.title)}</title><link rel="stylesheet" href="/app.css"></head><body><main>
<h1>${esc(w.title)}</h1>
<form method="post" action="/login"><label for="token">${esc(w.token)}</label>
<input id="token" name="token" type="password" autocomplete="current-password">
${refused ? `<p class="error">${esc(w.tokenRefused)}</p>` : ''}<button type="submit">${esc(w.signIn)}</button></form>
</main></body></html>
`
}
