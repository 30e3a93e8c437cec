// Readings added from the train cases of rounds 37-42 (fresh thread pastes), each generalised to the source it rests
// on: glibc's and musl's lookup errors, a self-signed root on a private network, PHPMailer's failed STARTTLS, RFC
// 5321's "mailbox unavailable" as no server state, Rust mail-send's error variants, Mail.ru's app-password wording.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const cause = (text: string) => explainText({ text }).classification?.cause ?? null

describe('rounds 37-42', () => {
  const table: Array<[string, string | null]> = [
    // glibc's EAI_SYSTEM and EAI_FAIL: the name could not be looked up.
    ['stream_socket_client(): php_network_getaddresses: getaddrinfo failed: System error', 'dns_servfail'],
    ['php_network_getaddresses: getaddrinfo failed: Non-recoverable failure in name resolution', 'dns_servfail'],
    // "System error" elsewhere is still the server's own trouble.
    ['-ERR [SYS/TEMP] System error, try again later', 'server_unavailable'],
    // A self-signed root in the chain: an interceptor's on the way to a public provider's server, otherwise the
    // server's own private authority (a private network, PHP's IMAP extension on a web host, or no server named).
    ['Error: self-signed certificate in certificate chain', 'tls_cert_untrusted'],
    ['Error: self-signed certificate in certificate chain (smtp.sendgrid.net:587)', 'tls_intercepted_by_antivirus'],
    ['connect to smtp.gmail.com:465 failed: SELF_SIGNED_CERT_IN_CHAIN', 'tls_intercepted_by_antivirus'],
    ['Error: self-signed certificate in certificate chain (connecting to 192.168.10.5:465)', 'tls_cert_untrusted'],
    ['mail.corp.local:587: self signed certificate in certificate chain', 'tls_cert_untrusted'],
    [
      "imap_open(): Couldn't open stream {mail.example.pl:993/imap/ssl}. Certificate failure for mail.example.pl: " +
        'self signed certificate in certificate chain: /C=PL/O=Example Sp. z o.o./CN=Example CA',
      'tls_cert_untrusted',
    ],
    // An antivirus named in the chain keeps its reading wherever the server is.
    ['self signed certificate in certificate chain: /CN=Avast Web/Mail Shield Root', 'tls_intercepted_by_antivirus'],
    // PHPMailer's transcript: STARTTLS accepted, then "could not connect" is the TLS upgrade failing on the
    // certificate check; the same words straight after the connect stay a connection failure.
    [
      'CLIENT -> SERVER: STARTTLS\nSERVER -> CLIENT: 220 2.0.0 SMTP server ready\n' +
        'SMTP Error: Could not connect to SMTP host.\nCLIENT -> SERVER: QUIT',
      'tls_cert_untrusted',
    ],
    ['SMTP Error: Could not connect to SMTP host.', 'tcp_timeout'],
    // RFC 5321's 550 "mailbox unavailable" (Yahoo: "Request failed; Mailbox unavailable") says no server state.
    ['SendMail: 550 Request failed; Mailbox unavailable - undefined', null],
    ['421 4.3.2 Service not available, closing transmission channel', 'server_unavailable'],
    // musl's gai_strerror (Alpine containers): EAI_AGAIN and EAI_NODATA.
    ['[WARNING] seahub.api2.endpoints.admin.users:1508 put [Errno -3] Try again', 'dns_servfail'],
    ['socket.gaierror: [Errno -5] Name has no usable address', 'dns_no_address'],
    // Mail.ru's app-password refusal as Thunderbird for Android shows it (its own spelling, "Aplication").
    [
      'Checking incoming server settings failed\n\nAuthentification error\n\nThe server returned following message:\n' +
        'NEOBHODIM parol prilozheniya https://help.mail.ru/mail/security/protection/external / ' +
        'Aplication password is REQUIRED',
      'auth_app_password_required',
    ],
    // mail-send's variants, as a panic prints them and as their Display reads.
    [
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: MissingStartTls'",
      'starttls_not_offered',
    ],
    ['Error sending mail: STARTTLS extension unavailable', 'starttls_not_offered'],
    ['Err(UnsupportedAuthMechanism)', 'auth_mechanism_unsupported'],
  ]
  it.each(table)('reads %s as %s', (text, expected) => {
    expect(cause(text)).toBe(expected)
  })

  it("reads Swift Mailer's empty greeting on an implicit-TLS port as the mode, elsewhere as a closed socket", () => {
    const text = 'Expected response code 220 but got an empty response'
    const on = (port: number) => explainText({ text, port, protocol: 'smtp' }).classification?.cause
    expect(on(465)).toBe('tls_wrong_mode')
    expect(on(587)).toBe('tcp_reset')
  })
})
