// What a reply code means when its words said nothing a rule knows: the last word of the server
// rows. Keyed on protocol codes (RFC 5321 basic codes, RFC 4954 AUTH codes, RFC 3463 enhanced
// codes, Microsoft's documented NDR codes), so that a reply in any wording or language is read.
import { sourced, type ClassifierRule } from './rule.js'
import { NOT_OURS } from './server-reply-rules.js'

const RFC4954 = 'https://www.rfc-editor.org/rfc/rfc4954#section-6'
const IANA = 'https://www.iana.org/assignments/smtp-enhanced-status-codes'
const MS_NDR =
  'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online'
const MS_7XX =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750'

// [code, cause, source]: an SMTP basic reply code after AUTH or MAIL.
const SMTP_BASIC: Array<[number, string, string]> = [
  [530, 'smtp_relay_denied', RFC4954], // authentication required before this command
  [534, 'auth_mechanism_unsupported', RFC4954], // 534 5.7.9 mechanism too weak
  [538, 'auth_plaintext_disabled', RFC4954], // 538 5.7.11 encryption required for the mechanism
  [454, 'server_unavailable', RFC4954], // 454 4.7.0 temporary authentication failure
  [435, 'server_unavailable', 'Exim/exim:src/src/smtp_in.c'], // Exim: unable to authenticate at present
  [421, 'server_unavailable', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3'],
  [451, 'server_unavailable', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3'],
  [452, 'server_unavailable', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3'],
]

// [enhanced code pattern, cause, source]: RFC 3463 subjects and details, and Microsoft's own codes.
const ENHANCED: Array<[RegExp, string, string]> = [
  // Microsoft's "Access denied" blocks on who may send: spam abuse, forwarding forbidden by the
  // organisation, tenant over its threshold, banned sender domain.
  [/^5\.7\.501$/, 'auth_account_locked', MS_NDR],
  [/^5\.7\.(705|800)$/, 'auth_account_locked', MS_7XX],
  [/^[45]\.4\.5$/, 'auth_rate_limited', 'https://support.google.com/a/answer/166852'], // daily sending limit
  [/^4\.7\.66$/, 'tls_old_protocol', MS_NDR], // TLS 1.0/1.1 refused
  [/^[45]\.1\.7$/, 'smtp_sender_rejected', IANA], // bad sender's mailbox address syntax
  [/^[45]\.7\.12$/, 'auth_mechanism_unsupported', RFC4954], // a password transition is needed
  // 523 X.7.10 "Encryption needed" (Dovecot submission-login sends it to a cleartext AUTH).
  [/^[45]\.7\.10$/, 'auth_plaintext_disabled', IANA],
  [/^5\.7\.54$/, 'smtp_relay_denied', MS_NDR], // unable to relay recipients within this organisation
  [/^[45]\.5\.3$/, 'auth_rate_limited', IANA], // too many recipients
  [/^[45]\.7\.28$/, 'auth_rate_limited', IANA], // mail flood detected
  [/^[45]\.5\.\d+$/, 'protocol_error', IANA], // mail delivery protocol status
]

const basic = (rows: typeof SMTP_BASIC) =>
  rows.flatMap(([code, cause, source]) => sourced(source, [{ cause, smtpCode: [code], unless: NOT_OURS }]))
// The AUTH codes (530, 534, 538) say more than the enhanced code they carry ("530 5.5.1" is Gmail's
// "authentication required"); the transient codes say less than it.
const AUTH_CODES = new Set([530, 534, 538])

// AUTH answered "command unrecognized" (500) or "not implemented" (502, 504): the server has no SMTP AUTH at all
// (RFC 4954 §3: a server that does not support it rejects the command as an unknown one), so no mechanism is in
// common; not a broken protocol, which the enhanced 5.5.x row below would otherwise say.
const AUTH_UNKNOWN =
  /\bAUTH\b"?.{0,30}\b(not recognized|unrecognized|not implemented|unknown|not supported)\b|\b(unrecognized|unknown|not implemented)\b.{0,30}\bAUTH\b/i

export const REPLY_CODE_RULES: ClassifierRule[] = [
  ...sourced('https://www.rfc-editor.org/rfc/rfc4954#section-3', [
    { cause: 'auth_mechanism_unsupported', smtpCode: [500, 502, 504], text: AUTH_UNKNOWN },
  ]),
  ...basic(SMTP_BASIC.filter(([code]) => AUTH_CODES.has(code))),
  ...ENHANCED.flatMap(([enhanced, cause, source]) => sourced(source, [{ cause, enhanced, unless: NOT_OURS }])),
]

/** The transient codes: read in the codes' own layer (code-fallback-rules.ts), after every enhanced row. */
export const TRANSIENT_CODE_RULES: ClassifierRule[] = basic(SMTP_BASIC.filter(([code]) => !AUTH_CODES.has(code)))
