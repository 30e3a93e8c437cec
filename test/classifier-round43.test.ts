// Readings added from the train cases of rounds 43-59 (fresh thread pastes from helpdesks, devices, mail clients,
// command-line relays and transactional-mail services), each generalised to the source it rests on: Postfix's own
// warning about port 465, Mailgun's 535 wording, laminas-mail's POP3 login, Mutt built without SASL, NeoMutt's
// "no authenticators … or wrong credentials", ESP Mail Client's failed lookup, the eMail sender's read timeout.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, hints: { port?: number; provider?: string; protocol?: string } = {}) =>
  explainText({ text, protocol: 'any', ...hints }).classification?.cause ?? null

describe('rounds 43-59', () => {
  const table: Array<[string, string | null]> = [
    // Postfix's smtp_connect.c says it before it connects: a relayhost on 465 without wrapper mode.
    [
      'postfix/smtp[812]: SMTPS wrappermode (TCP port 465) requires setting "smtp_tls_wrappermode = yes", and ' +
        '"smtp_tls_security_level = encrypt" (or stronger)',
      'tls_wrong_mode',
    ],
    [
      'postfix/lmtp[90]: SMTPS wrappermode (TCP port 465) requires setting "lmtp_tls_wrappermode = yes"',
      'tls_wrong_mode',
    ],
    // Mailgun's 535, with or without its code.
    ['Net::SMTPAuthenticationError: 535 5.7.0 Mailgun is not loving your login or password', 'auth_bad_credentials'],
    ['Exception: 5.7.0 Mailgun is not loving your login or password', 'auth_bad_credentials'],
    // Mutt and NeoMutt built without SASL have no mechanism to offer.
    ['SMTP authentication requires SASL', 'auth_mechanism_unsupported'],
    ['SMTP authentication method XOAUTH2 requires SASL', 'auth_mechanism_unsupported'],
    // NeoMutt's IMAP "… or wrong credentials" is mostly a refused LOGIN; its bare SMTP/NNTP form is the mechanism.
    ['No authenticators available or wrong credentials', 'auth_bad_credentials'],
    ['No authenticators available', 'auth_mechanism_unsupported'],
    // Rust lettre's Display: the server's code in brackets, with its words when it gave any.
    ['Error: permanent error (535)', 'auth_bad_credentials'],
    [
      'Error sending email: permanent error (550): 5.7.1 Sender address rejected: not owned by user',
      'smtp_sender_rejected',
    ],
    // An IMAP client's parser quoting an SMTP greeting: the port speaks SMTP.
    [
      'Failed to log in and create IMAP session: io: Error(Error { code: Tag }) ' +
        'during parsing of "220 mx.example.org ESMTP ready\r\n"',
      'protocol_port_mismatch',
    ],
    // Roundcube quoting another protocol's first line where IMAP's "* OK" belongs.
    ['IMAP Error: Wrong startup greeting (localhost:110): +OK Dovecot ready.', 'protocol_port_mismatch'],
    // A Go server's log of the alert its client sent: the client did not trust the server's certificate.
    [
      'smtp/server 2021/04/10 14:17:03 TLS handshake error for 127.0.0.1:47610: remote error: tls: bad certificate',
      'tls_cert_untrusted',
    ],
    [
      'http: TLS handshake error from 10.0.0.5:51000: remote error: tls: unknown certificate authority',
      'tls_cert_untrusted',
    ],
    // Ruby's OpenSSL::SSL::SSLError with OpenSSL's "unknown protocol": no TLS record came back.
    ['OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=unknown state: unknown protocol', 'tls_wrong_mode'],
    // Rust's read timeout on Unix is WouldBlock (os error 11), not a lookup.
    ['SMTP IO error: Resource temporarily unavailable (os error 11)', 'tcp_timeout'],
    ['getaddrinfo: Resource temporarily unavailable', 'dns_servfail'],
    // Erlang/OTP's client alert on the server's chain.
    ['TLS :client: In state :wait_cert_cr generated CLIENT ALERT: Fatal - Bad Certificate', 'tls_cert_untrusted'],
    // OpenCart's SMTP class names the refused command; it always logs in before MAIL FROM.
    ['Error: MAIL FROM not accepted from server!', 'smtp_sender_rejected'],
    ['Error: Password not accepted from server!', 'auth_bad_credentials'],
    // A failure to connect to this machine itself: nothing listens there (no network in between, no provider).
    ['cannot connect to host; error = stream_socket_client(): unable to connect to tcp://localhost:25', 'tcp_refused'],
    ['mail(): Failed to connect to mailserver at "localhost" port 25, verify your "SMTP" setting', 'tcp_refused'],
    ['Could not connect to smtp.example.com:25', 'port_25_blocked'],
    // ESP Mail Client's ESP32 SSL client: the name did not resolve.
    ['! E: could not get ip from host\n> C: cleaning SSL connection', 'dns_nxdomain'],
  ]
  it.each(table)('reads %s as %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it("reads a failed lookup of a provider's well-known name as the resolver's fault", () => {
    expect(read('> C: host > smtp.gmail.com\n! E: could not get ip from host')).toBe('dns_servfail')
  })

  it("reads laminas-mail's POP3 'last request failed' as a refused login only when the trace shows the login", () => {
    const trace =
      'Laminas\\Mail\\Protocol\\Exception\\RuntimeException: last request failed in Pop3.php at line 156\n' +
      '  Pop3.php:236 Laminas\\Mail\\Protocol\\Pop3->request()\n' +
      '  Storage/Pop3.php:160 Laminas\\Mail\\Protocol\\Pop3->login()'
    expect(read(trace)).toBe('auth_bad_credentials')
    // At a provider that takes no password over POP3, the refused login is that policy.
    expect(read(trace, { provider: 'office365', protocol: 'pop3' })).toBe('auth_basic_auth_disabled')
    expect(read('Laminas\\Mail\\Protocol\\Exception\\RuntimeException: last request failed')).toBeNull()
  })

  it("reads poplib's '-ERR EOF' from quit() as the server breaking the protocol, elsewhere as a closed socket", () => {
    const quit =
      'File "/usr/lib/python3.11/poplib.py", line 279, in quit\n    resp = self._shortcmd(\'QUIT\')\n' +
      "    if not line: raise error_proto('-ERR EOF')\npoplib.error_proto: -ERR EOF"
    expect(read(quit)).toBe('protocol_error')
    expect(read('poplib.error_proto: -ERR EOF')).toBe('tcp_reset')
  })

  it("reads Roundcube's empty IMAP greeting on the implicit-TLS port as the mode, and nothing without a port", () => {
    expect(read('Login failed for abc against abc.foo. Empty startup greeting (abc.foo:993)')).toBe('tls_wrong_mode')
    expect(read('IMAP Error: Empty startup greeting')).toBeNull()
  })

  it('reads a client that waited for a greeting on the implicit-TLS port as the mode (PHPMailer, .NET)', () => {
    const on = (text: string, port?: number) =>
      explainText({ text, protocol: 'smtp', port }).classification?.cause ?? null
    const bare = 'PHPMailer\\PHPMailer\\Exception: SMTP Error: Could not connect to SMTP host.'
    expect(on(bare, 465)).toBe('tls_wrong_mode')
    // Elsewhere, or when the connection itself failed, it stays the connection.
    expect(on(bare, 587)).toBe('tcp_timeout')
    expect(on(`SMTP ERROR: Failed to connect to server: Connection refused (111)\n${bare}`, 465)).not.toBe(
      'tls_wrong_mode',
    )
    const opened = '3 Connection: opened\n4 SMTP INBOUND: ""\n2 SERVER -> CLIENT: '
    expect(on(opened, 465)).toBe('tls_wrong_mode')
    const dotnet = "Syntax error, command unrecognized. The server response was: '"
    expect(on(dotnet, 465)).toBe('tls_wrong_mode')
    expect(on(dotnet, 587)).toBe('protocol_error')
  })

  it("reads Haskell's hGetLine at the end of the socket on an implicit-TLS port as the mode", () => {
    const text = '<socket: 6>: Data.ByteString.hGetLine: end of file'
    const on = (port: number) => explainText({ text, protocol: 'smtp', port }).classification?.cause ?? null
    expect(on(465)).toBe('tls_wrong_mode')
    expect(on(587)).toBeNull()
  })

  it("reads the eMail sender's read timeout on an implicit-TLS port as the mode, and nothing without a port", () => {
    const text = 'email: FATAL: Smtp error: Timeout(10) while trying to read from SMTP server'
    expect(read(`Connecting to server mail.example.net on port 465\n${text}`)).toBe('tls_wrong_mode')
    expect(read(text)).toBeNull()
  })
})
