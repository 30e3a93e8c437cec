// The last word on an SMTP reply whose words no rule knows: what its codes mean by the tables that define
// them. The enhanced code (RFC 3463's class.subject.detail, as the IANA registry lists every row, with the
// rows RFC 4954, RFC 5248, RFC 7505 and later RFCs added) carries its meaning whatever language or wording
// the server chose; the basic code (RFC 5321, RFC 7504) says less, and is read only when no enhanced row
// decided. classify.ts reads these rows after every text rule, on the quoted reply and then on the whole text.
//
// Rows the reply-code rows (reply-code-rules.ts) and the meaning rows (auth-rules.ts) already read are not
// repeated here: 4.3.x, X.4.5, X.5.x, X.7.3, 5.7.8, 5.7.9 under 534, X.7.10, 5.7.11, X.7.12, 5.7.13, 5.7.14,
// X.7.28, 5.7.20-27, X.1.7, 5.1.8, X.2.2 and the basic 421, 530, 534, 535, 538; the transient 435, 451, 452 and
// 454 are read here, after the enhanced rows. Rows the registry has that say nothing about connecting, logging
// in, TLS or sending policy (the recipient's mailbox and address, X.6.x media, X.7.15-19 priority and
// ownership, message size and routing) have no cause: the reply keeps "null" and `explain` proposes the check.
import { TRANSIENT_CODE_RULES } from './reply-code-rules.js'
import { NOT_OURS, SYNTAX_CODE_RULES } from './server-reply-rules.js'
import { sourced, type ClassifierRule } from './rule.js'

const IANA = 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xml'
const RFC4954 = 'https://www.rfc-editor.org/rfc/rfc4954#section-6'

// [enhanced code pattern, cause, the registry's words]. Class 4 and class 5 read alike unless a row says so:
// a transient failure of the same subject still names the same thing to fix.
const ENHANCED: Array<[RegExp, string, string]> = [
  // X.3.x mail system status: the server itself cannot take the message now.
  [/^5\.3\.[0125]$/, 'server_unavailable', 'other mail system status, system full, not accepting, misconfigured'],
  // X.4.3 directory server failure: the server could not look up what it needs (its user or routing tables).
  [/^[45]\.4\.3$/, 'server_unavailable', 'directory server failure'],
  // X.7.4 security features not supported (RFC 4954 answers an unsupported AUTH mechanism with 504 5.7.4).
  [/^[45]\.7\.4$/, 'auth_mechanism_unsupported', 'security features not supported'],
  // X.7.5 cryptographic failure: in an SMTP session, the TLS the server negotiated (Postfix's dsn 4.7.5).
  [/^[45]\.7\.5$/, 'starttls_failed', 'cryptographic failure'],
  // X.7.11 and X.7.13 in class 4 (the meaning rows read class 5).
  [/^4\.7\.11$/, 'auth_plaintext_disabled', 'encryption required for requested authentication mechanism'],
  [/^4\.7\.13$/, 'auth_account_locked', 'user account disabled'],
  // X.7.20-24 and X.7.26 (RFC 7372) in class 4 (provider-code-rules.ts reads class 5): the sender's domain
  // failed DKIM or SPF; X.7.27 (RFC 7505) its domain publishes a null MX; X.1.8: it does not resolve now.
  [/^4\.7\.(2[0-4]|26|27)$/, 'smtp_sender_rejected', 'DKIM/SPF validation failed, sender address has null MX'],
  [/^4\.1\.8$/, 'smtp_sender_rejected', "bad sender's system address"],
]

// Basic codes, and enhanced codes that mean something only under one basic code.
const BASIC: ClassifierRule[] = [
  // RFC 7504: 521 "host does not accept mail" (a null MX host, or a server closed to everyone).
  ...sourced('https://www.rfc-editor.org/rfc/rfc7504#section-3', [{ cause: 'server_unavailable', smtpCode: [521] }]),
  // RFC 5321 §3.1: a 554 instead of the greeting is "no SMTP service here"; a block names itself in words.
  ...sourced('https://www.rfc-editor.org/rfc/rfc5321#section-3.1', [
    { cause: 'server_unavailable', smtpCode: [554], stage: ['greeting'], stageKnown: true },
  ]),
  // X.3.3 "system not capable of selected features" in reply to AUTH (503/504, Sendmail's "AUTH mechanism
  // … not available", qmail's "auth not available"): the mechanism asked for.
  ...sourced(RFC4954, [{ cause: 'auth_mechanism_unsupported', smtpCode: [503, 504], enhanced: /^[45]\.3\.3$/ }]),
  // X.7.9 "authentication mechanism is too weak" under an AUTH code (534 is read by the reply-code rows).
  ...sourced(RFC4954, [{ cause: 'auth_mechanism_unsupported', smtpCode: [504, 535, 538], enhanced: /^5\.7\.9$/ }]),
]

export const CODE_FALLBACK_RULES: ClassifierRule[] = [
  ...ENHANCED.map(([enhanced, cause]) => ({ cause, enhanced, source: IANA, unless: NOT_OURS })),
  // 421/435/451/452/454 say less than any enhanced code they carry ("454 4.7.5" is the TLS, not the server).
  ...TRANSIENT_CODE_RULES,
  ...BASIC,
  ...SYNTAX_CODE_RULES,
]
