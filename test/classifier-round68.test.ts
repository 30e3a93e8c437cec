// Readings added from the train cases of rounds 68-73 (fresh pastes from web pages: blogs and Q&A in Chinese,
// Japanese and English), each generalised to the source it rests on: QQ Mail's 550 for a From header it cannot read,
// Gmail's Send-As bounce that names the certificate's host check, Schannel's wrong-principal warning as people retype
// it, and Dovecot's TLS context that OpenSSL refuses for a weak DH group.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, hints: { port?: number; provider?: string; protocol?: string } = {}) =>
  explainText({ text, protocol: 'any', ...hints }).classification?.cause ?? null

describe('rounds 68-73', () => {
  const table: Array<[string, string | null]> = [
    // QQ Mail refuses a From it cannot read an address in: the sender identity, like its "must be same as" reply.
    [
      `smtplib.SMTPDataError: (550, b'The "From" header is missing or invalid. Please follow RFC5322')`,
      'smtp_sender_rejected',
    ],
    ['Error: Message failed: 550 The From header is missing or invalid', 'smtp_sender_rejected'],
    // Gmail's Send-As bounce names the failed check after "TLS Negotiation failed".
    [
      "Technical details of the error: TLS Negotiation failed, the certificate doesn't match the host., code: 0",
      'tls_cert_hostname_mismatch',
    ],
    // Without a reason the same words stay a failed upgrade (KIO's sslResponse).
    ['TLS negotiation failed', 'starttls_failed'],
    // Schannel's SEC_E_WRONG_PRINCIPAL, spelt either way, outranks the generic "cannot be verified".
    [
      'The server you are connected to is using a security certificate that cannot be verified. ' +
        'The target principle name is incorrect.',
      'tls_cert_hostname_mismatch',
    ],
    ['The target principal name is incorrect', 'tls_cert_hostname_mismatch'],
    // Dovecot cannot build its TLS context: OpenSSL's reason decides when it names a weak DH group …
    [
      "imap-login: Error: Failed to initialize SSL server context: Can't load DH parameters (ssl_dh setting): " +
        'error:0A00018A:SSL routines::dh key too small: user=<>',
      'tls_old_protocol',
    ],
    // … and a certificate that does not load stays a TLS that cannot start.
    [
      "imap-login: Error: Failed to initialize SSL server context: Can't load SSL certificate (ssl_cert setting)",
      'starttls_failed',
    ],
  ]
  it.each(table)('%s → %s', (text, cause) => {
    expect(read(text)).toBe(cause)
  })
})
