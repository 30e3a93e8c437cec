// Readings added in the tenth session from train cases of earlier rounds, each generalised to the source it rests
// on: Erlang's ssl reading a plaintext greeting as a record with no TLS version (bad_record_mac), BoringSSL's reason
// by its macro name, Java's PKIX timestamp check, a login the server never offered to a relay on the user's own
// network or port 25, and a method call in a traceback not taken for the server's name.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, port?: number, provider?: string) =>
  explainText({ text, protocol: 'any', port, provider }).classification?.cause ?? null

describe('round 100: readings from sources', () => {
  const table: Array<[string, string | null]> = [
    // OTP's tls_record.erl: a record whose version bytes are "20" of "220 " fails the version check first.
    ["{:network_failure, 'smtp.example.com', {:error, {:tls_alert, 'bad record mac'}}}", 'tls_wrong_mode'],
    ['{error,{tls_alert,"bad record mac"}}', 'tls_wrong_mode'],
    // OpenSSL's own words for a real MAC failure (a server's log of a broken client) are not Erlang's term.
    ['SSL3_GET_RECORD:decryption failed or bad record mac', null],
    // BoringSSL (Dart, Chromium) by the reason's macro name, even with the file name cut off.
    ['HandshakeException: Handshake e (OS Error: WRONG_VERSION_NUMBER.cc:242)', 'tls_wrong_mode'],
    // OpenJDK's BasicChecker: the certificate's dates are past.
    [
      'javax.net.ssl.SSLHandshakeException: PKIX path validation failed: ' +
        'java.security.cert.CertPathValidatorException: timestamp check failed',
      'tls_cert_expired',
    ],
    // A JWT library's "timestamp check failed" is no certificate.
    ['JWTClaimValidationFailed: timestamp check failed', null],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })
})

describe('rounds 107-112: readings from sources', () => {
  const mailkit =
    'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS ' +
    'connection.\n\nOne possibility is that you are trying to connect to a port which does not support SSL/TLS.\n\n' +
    'The other possibility is that the SSL certificate presented by the server is not trusted by the system for one ' +
    'or more of the following reasons:\n1. The server is using a self-signed certificate which cannot be verified.'
  it("reads MailKit's connect-time handshake message by the port", () => {
    expect(read(mailkit, 587)).toBe('tls_wrong_mode')
    expect(
      read(
        mailkit +
          '\n ---> System.Security.Authentication.AuthenticationException: The remote certificate is ' +
          'invalid according to the validation procedure.',
        587,
      ),
    ).toBe('tls_cert_untrusted')
  })

  const table: Array<[string, string | null]> = [
    // RFC 3207's 454 to STARTTLS, read in a transcript whose first status line is the greeting.
    [
      'DEBUG SMTP: connected to host "smtp.example.com", port: 25\n220 mx ESMTP\nEHLO me\n250-mx\n250 STARTTLS\n' +
        'STARTTLS\n454 TLS currently unavailable',
      'starttls_failed',
    ],
    ['Error sending email: dial failed: server does not support SMTP AUTH type: PLAIN', 'auth_mechanism_unsupported'],
    // A POP3 client's PASS read by an IMAP server as a tag.
    ["Connection established!\nResponse: 'PASS BAD Unknown command g67mb393707070wme\r\n'", 'protocol_port_mismatch'],
    // rustls offers only modern suites: a server's handshake_failure is an old server's.
    ['ConnectTls(Custom { kind: InvalidData, error: AlertReceived(HandshakeFailure) })', 'tls_old_protocol'],
    // A client's debug log: the server's lines marked "<<", the session on one line.
    [
      'DEBUG lettre: << 535 5.7.8 Error: authentication failed: (reason unavailable)<CRLF>\n' +
        'ERROR app: Could not connect to smtp.example.org - neither TLS nor STARTTLS worked',
      'auth_bad_credentials',
    ],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it('reads a provider hint given as its mail domain as the provider', () => {
    const gmail = '535-5.7.8 Username and Password not accepted. Learn more at'
    expect(read(gmail, 465, 'gmail')).toBe('auth_app_password_required')
    expect(read(gmail, 465, 'gmail.com')).toBe('auth_app_password_required')
  })

  it('takes the refusal, not the greeting, as the reply of a one-line session log', () => {
    const text =
      '<< 220 mx ESMTP >> EHLO me << 250-mx 250 AUTH LOGIN >> MAIL FROM:<a@b.c> << 250 2.1.0 Ok ' +
      '>> RCPT TO:<a@b.c> << 553 5.7.1 <a@b.c>: Sender address rejected: not owned by user x@b.c'
    expect(explainText({ text }).extracted.reply).toMatch(/^553 5\.7\.1/)
  })
})

describe('rounds 113-118: readings from sources', () => {
  const table: Array<[string, number | undefined, string | null]> = [
    // DavMail's own 421 wraps why it could not reach Exchange; Apache HttpClient's hostname verifier says it.
    [
      'davmail  - > 421 DavMail configuration exception:\nConnect exception: ' +
        'javax.net.ssl.SSLPeerUnverifiedException ' +
        "Certificate for <mail.example.com> doesn't match any of the subject alternative names: [vpn.example.com]",
      undefined,
      'tls_cert_hostname_mismatch',
    ],
    ['421 4.3.2 Service not available, closing transmission channel', undefined, 'server_unavailable'],
    [
      "ERROR: Could not connect via SSL to host 'imap.example.com' and non-standard ssl port 143 configured. " +
        'Make sure you connect to the correct port.',
      undefined,
      'tls_wrong_mode',
    ],
    ['No SASL mechanism found\n at /usr/share/perl5/Authen/SASL.pm line 76.', undefined, 'auth_mechanism_unsupported'],
    // RFC 5530's response code without its brackets; the lower-case word in a sentence is no code.
    ['IMAP error: AUTHENTICATIONFAILED', undefined, 'auth_bad_credentials'],
    // Port 25 refused by a filter that answers (EHOSTUNREACH), or timed out under Ruby's Timeout.
    [
      '*** Error connecting to gmail-smtp-in.l.google.com:25:\n*** \tIO::Socket::INET6: connect: No route to host',
      25,
      'port_25_blocked',
    ],
    [
      '*** Error connecting to smtp.example.com:587:\n*** \tIO::Socket::INET6: connect: No route to host',
      587,
      'net_unreachable',
    ],
    [
      'execution expired, Cannot assign requested address - connect(2) for "2001:db8::1b" port 25',
      25,
      'port_25_blocked',
    ],
  ]
  it.each(table)('%s', (text, port, expected) => {
    expect(read(text, port)).toBe(expected)
  })
})

describe('a login the server never offered', () => {
  it("reads a relay on the user's own network as one without any login", () => {
    const postfix = 'Failed to connect to SMTP postfix:25. Invalid login: 503 5.5.1 Error: authentication not enabled'
    expect(read(postfix)).toBe('auth_mechanism_unsupported')
    expect(read('SMTP AUTH extension not supported by server. (sending through mailhog:1025)')).toBe(
      'auth_mechanism_unsupported',
    )
    expect(read('Error connecting to SMTP host: SMTP AUTH extension not supported by server.', 25)).toBe(
      'auth_mechanism_unsupported',
    )
  })

  it("reads a provider's submission server as a login kept for TLS", () => {
    expect(read('smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server', 587)).toBe(
      'auth_plaintext_disabled',
    )
    expect(read('SMTP AUTH extension not supported by server.', 25, 'gmail')).toBe('auth_plaintext_disabled')
    expect(read('SMTP AUTH extension not supported by server.')).toBe('auth_plaintext_disabled')
  })

  it('does not read a server on the same machine as a relay without login: it may keep AUTH for TLS', () => {
    expect(read('=== Connected to localhost.\n*** Host did not advertise authentication')).toBe(
      'auth_plaintext_disabled',
    )
  })

  it("does not take the client's own address in a server's log for the relay", () => {
    const exim =
      '2016-03-19 18:40:44 [26221] SMTP protocol error in "AUTH LOGIN" H=([127.0.0.1]) [192.0.2.170]:14243 ' +
      'I=[172.16.0.6]:587 AUTH command used when not advertised'
    expect(read(exim)).toBe('auth_plaintext_disabled')
  })
})

describe('usual reasons of bare messages', () => {
  it("reads PHPMailer 6's exception for a socket that failed as its troubleshooting page does", () => {
    const text = 'SMTP Error: Could not connect to SMTP host. Failed to connect to server'
    expect(read(text)).toBe('firewall_all_ports_blocked')
    // A TLS failure after the connection opened says so and keeps its own reading.
    expect(
      read(
        'SMTP Error: Could not connect to SMTP host. Connection failed. ' +
          'stream_socket_enable_crypto(): ' +
          'SSL operation failed with code 1. error:0A00010B:SSL routines::wrong version number',
      ),
    ).toBe('tls_wrong_mode')
  })

  it("reads nodemailer's refused envelope without a reply as a relay, and with one by the reply", () => {
    expect(read("Error: Can't send mail - all recipients were rejected")).toBe('smtp_relay_denied')
    expect(
      read("Can't send mail - all recipients were rejected: 553 5.7.1 Sender address rejected: not owned by user"),
    ).toBe('smtp_sender_rejected')
  })
})

describe('host names in a traceback', () => {
  it('does not take a method called on a client object for the server', () => {
    const text =
      '  File "app.py", line 12, in send\n    smtp.login(self.username, self.password)\n' +
      'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.'
    expect(explainText({ text }).extracted.host).toBeUndefined()
    expect(explainText({ text: 'connect to smtp.example.com failed' }).extracted.host).toBe('smtp.example.com')
  })

  it("takes a server's name whole, not a mail-like tail of a longer name or a source file", () => {
    const host = (text: string) => explainText({ text }).extracted.host
    expect(host('535 5.7.3 Authentication unsuccessful [AM0PR02CA0123.eurprd02.prod.outlook.com]')).toBeUndefined()
    expect(host('connect to gmail-smtp-in.l.google.com[142.250.27.26]:25: Connection timed out')).not.toBe(
      'smtp-in.l.google.com',
    )
    expect(host('[15:29:12.035 ERROR @ smtp.cpp:67] Command HELO: got wrong response')).toBeUndefined()
    expect(host('Connection to smtp.office365.com:587 timed out')).toBe('smtp.office365.com')
    // Any dotted name dialled on a mail port, whatever its first label.
    expect(host('*** Error connecting to gmail-smtp-in.l.google.com:25:\n*** connect: No route to host')).toBe(
      'gmail-smtp-in.l.google.com',
    )
    expect(host('connect to alt2.aspmx.l.google.com[142.250.150.27]:25: Connection timed out')).toBe(
      'alt2.aspmx.l.google.com',
    )
    expect(host('at smtpSend (packages/email.js:110:13)')).toBeUndefined()
  })

  it("does not take a source file's line number for a port", () => {
    const port = (text: string) => explainText({ text }).extracted.port
    expect(port('Error: Greeting never received\n    at smtpSend (packages/email.js:110:13)')).toBeUndefined()
    expect(port("/usr/lib/ruby/2.7.0/net/smtp.rb:587:in `start': execution expired")).toBeUndefined()
    expect(port('connect ETIMEDOUT smtp.example.com:587')).toBe(587)
  })
})
