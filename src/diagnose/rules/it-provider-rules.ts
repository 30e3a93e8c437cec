// Italian providers' and hosts' own words, from their help pages: what their servers and webmails say when a
// mailbox is full, a mail program is not allowed in, a password is refused as too simple, or a sending limit is hit.
// Sending limits read as auth_rate_limited, as the other hosts' limits do (regional-rules.ts): wait, or send less.
import { sourced, type ClassifierRule } from './rule.js'

export const IT_PROVIDER_RULES: ClassifierRule[] = [
  // Libero's warning mail when the user's own mailbox reaches 80% or 100% of its space.
  ...sourced('http://aiuto.libero.it/articolo/mail/messaggio-di-casella-postale-piena/', [
    { cause: 'mailbox_over_quota', text: /\bcasella (postale )?piena\b/i },
  ]),
  // Aruba PEC's account page when no protocol for mail programs is switched on (IMAP, POP and SMTP are enabled
  // together in WebMail PEC): a mail program cannot get in until one is.
  ...sourced(
    'https://guide.pec.it/posta-pec/ripristino-cambio-password-pec/come-generare-la-password-per-il-client.aspx',
    [{ cause: 'imap_disabled', text: /\bNon hai abilitato gli accessi per usare la PEC\b/i }],
  ),
  // Tiscali refuses a correct but weak password ("535 5.7.0 authentication rejected: your password is too simple",
  // read above by the auth rows) until it is changed on the web; MailCore names that reply in its own words.
  ...sourced('MailCore/mailcore2:src/core/abstract/MCErrorMessage.cpp', [
    { cause: 'auth_web_login_required', text: /\bCredentials with password too simple\b/i },
  ]),
  // InfoCert Legalmail's per-minute sending threshold, Shellrent's 200 messages a day.
  ...sourced(
    'https://help.infocert.it/Cerca?inDebug=0&searchText=legalmail&idTipoUtente=&idProdotto=32&idMotivo=87%2C',
    [{ cause: 'auth_rate_limited', text: /\bToo much traffic from this sender\b/i }],
  ),
  ...sourced('https://guide.shellrent.com/limiti-invio-email-web-hosting', [
    { cause: 'auth_rate_limited', text: /\bMessage count exceeded\b/i },
  ]),
]
