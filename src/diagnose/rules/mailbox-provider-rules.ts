// Mailbox providers' refusals in their own servers' words, where the words alone would read otherwise: Yandex's
// spam check that sends the user to the web, and Proton Mail Bridge's refusals (its IMAP side is gluon, its SMTP
// side go-smtp around Bridge's own errors).
import { sourced, type ClassifierRule } from './rule.js'

export const MAILBOX_PROVIDER_RULES: ClassifierRule[] = [
  // Yandex answers a correct login whose mail looks like spam with "authentication failed: … You need to use web for
  // sending or prove you are not a robot": the account sends again after the check on the web.
  ...sourced('https://github.com/higty/higlabo/pull/17', [
    { cause: 'auth_web_login_required', text: /\byou need to use web for sending or prove you are not a robot\b/i },
  ]),
  // Bridge takes only its own generated password: a login no Bridge account accepts is "no such user" on IMAP
  // (gluon's ErrNoSuchUser) and on SMTP (Bridge's accounts.go).
  ...sourced('ProtonMail/gluon:internal/backend/errors.go', [
    { cause: 'auth_bad_credentials', text: /^\S*\s*NO no such user\b/im },
  ]),
  ...sourced('ProtonMail/proton-bridge:internal/services/smtp/accounts.go', [
    { cause: 'auth_bad_credentials', text: /\bblame it on the weather: no such user\b/i },
  ]),
  // An address of the account that is disabled or may not send (ErrCannotSendFromAddress).
  ...sourced('ProtonMail/proton-bridge:internal/services/smtp/errors.go', [
    { cause: 'smtp_sender_rejected', text: /\bcannot send from address\b/i },
  ]),
]
