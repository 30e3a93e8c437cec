// Readings added from the train cases of rounds 68-82 (fresh pastes from web pages, then from the trackers of CMSs,
// low-code tools, media managers, notification gateways and event software), each generalised to the source it rests
// on: QQ Mail's 550 for a From header it cannot read, Gmail's Send-As bounce that names the certificate's host
// check, Schannel's wrong-principal warning as people retype it, Dovecot's TLS context that OpenSSL refuses for a
// weak DH group, OpenSSL's packed code for "wrong version number", Swift Mailer's read timeout on a plaintext
// connection to an implicit-TLS port, Go's bare io.EOF there, PHP's CA bundle that would not load, a STARTTLS the
// server answered as an unknown command, and Exchange Online's BasicAuthBlocked.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, hints: { port?: number; provider?: string; protocol?: string } = {}) =>
  explainText({ text, protocol: 'any', ...hints }).classification?.cause ?? null

describe('rounds 68-82', () => {
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
    // The STARTTLS command itself answered as unknown: a server without the extension (MailDev, MailHog) …
    ['SMTP server did not accept STARTTLS with error: 500 Error: command not recognized', 'starttls_not_offered'],
    ['C: STARTTLS\nS: 502 5.5.1 Command not implemented', 'starttls_not_offered'],
    // … not a capability line that offers it, and not a bare 500 with no command named.
    ['250-STARTTLS\n250 AUTH PLAIN\n500 5.5.1 Unrecognized command', 'protocol_error'],
    ['-ERR STARTTLS failed: Error in the push function.', 'starttls_failed'],
    // Exchange Online's own reason token for a password login it no longer takes.
    [`imaplib.error: b'[AUTHENTICATIONFAILED] AuthFailed:LogonDenied-BasicAuthBlocked'`, 'auth_basic_auth_disabled'],
    // … and a certificate that does not load stays a TLS that cannot start.
    [
      "imap-login: Error: Failed to initialize SSL server context: Can't load SSL certificate (ssl_cert setting)",
      'starttls_failed',
    ],
  ]
  it.each(table)('%s → %s', (text, cause) => {
    expect(read(text)).toBe(cause)
  })

  const withPort: Array<[string, number | undefined, string | null]> = [
    // OpenSSL's packed SSL_R_WRONG_VERSION_NUMBER (1.1 and 3.x), where a log cut the words after it.
    ['Failed to send email. Reason: 139669108275136:error:1408F10B:SSL r>', 587, 'tls_wrong_mode'],
    ['error:0A00010B', undefined, 'tls_wrong_mode'],
    // Swift Mailer's read timeout: tcp:// (or no scheme) to 465 is plaintext where TLS was due …
    ['Swift_TransportException: Connection to tcp://smtp.example.com:465 Timed Out', undefined, 'tls_wrong_mode'],
    ['Swift/Transport/AbstractSmtpTransport.php\nTimed Out" on line 477', 465, 'tls_wrong_mode'],
    // … ssl:// spoke TLS, and 587 expects plaintext first: a read that timed out, nothing more.
    ['Swift_TransportException: Connection to ssl://smtp.example.com:465 Timed Out', undefined, null],
    ['Swift_TransportException: Connection to tcp://smtp.example.com:587 Timed Out', undefined, null],
    // PHP's own connect failure names tcp:// too: the port never answered, the mode never mattered.
    [
      'stream_socket_client(): unable to connect to tcp://smtp.example.com:465 (Connection timed out)',
      undefined,
      'tcp_timeout',
    ],
    // Go's io.EOF alone: the server closed before its greeting, on 465 the ClientHello it waited for.
    ['Failed to send notification email:  EOF', 465, 'tls_wrong_mode'],
    ['Failed to send notification email:  EOF', 587, null],
    // PHP could not open its CA bundle: nothing to verify a certificate against.
    [
      "Connection could not be established with host smtp.example.com :failed loading cafile stream: `/etc/ssl/ca.crt'",
      465,
      'tls_cert_untrusted',
    ],
  ]
  it.each(withPort)('%s (port %s) → %s', (text, port, cause) => {
    expect(read(text, { port })).toBe(cause)
  })
})
