// Readings added from the train cases of rounds 80-99 (mail bridges and small servers, fediverse software, NAS and
// backup tools, Python and R mail libraries, JVM and .NET senders, PHP applications, Go and Node.js applications,
// BEAM and other languages' mailers, home automation), each generalised to the source it rests on: go-smtp's answers
// to STARTTLS, swaks's "no AUTH in the EHLO answer" read as Python's "SMTP AUTH extension not supported", musl's
// EAI_AGAIN as Rust's std names the lookup, the BSD resolver's NO_DATA, a security product's name that is only a
// directory of a path, curl's "MAIL failed: 530" whatever binding prints it, nodemailer's address family with no
// network, Go's host field holding a URL, JavaMail's failed read of the greeting on an implicit-TLS port or on another
// protocol's port, Rust's read timeout in its Debug form, and a session transcript whose EHLO offered no AUTH.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, port?: number) => explainText({ text, protocol: 'any', port }).classification?.cause ?? null

describe('rounds 83-99', () => {
  const table: Array<[string, string | null]> = [
    // go-smtp (emersion/go-smtp conn.go handleStartTLS): the handshake after "220 Ready to start TLS" failed.
    ['220 2.0.0 Ready to start TLS\nauth login\n550 5.0.0 Handshake error', 'starttls_failed'],
    ['STARTTLS\n502 5.5.1 TLS not supported', 'starttls_not_offered'],
    // swaks: with or without its "***".
    ['Host did not advertise authentication', 'auth_plaintext_disabled'],
    ['*** Host did not advertise authentication', 'auth_plaintext_disabled'],
    ['*** Auth not attempted, requested type not available', 'auth_mechanism_unsupported'],
    // "Try again" alone says nothing; named as a lookup (Rust's std) it is musl's EAI_AGAIN.
    ['email_send_failed: Connection error: failed to lookup address information: Try again', 'dns_servfail'],
    ['Try again', null],
    // BSD's NO_DATA, as PHP prints getaddrinfo's error on OpenBSD.
    [
      'stream_socket_client(): php_network_getaddresses: getaddrinfo failed: no address associated with name',
      'dns_no_address',
    ],
    // "webroot" as a web server's directory is not Webroot's antivirus; the product's name in a certificate is.
    [
      'unable to connect to ssl://mail.example.de:465 (Connection refused) at /usr/www/users/x/webroot/vendor/a.php',
      'tcp_refused',
    ],
    [
      'self signed certificate in certificate chain (issuer: Webroot SSL Inspection CA)',
      'tls_intercepted_by_antivirus',
    ],
    ['Error in curl::curl_fetch_memory(url, handle = h) : MAIL failed: 530', 'smtp_relay_denied'],
    ['Error: Can not use IPv4 addresses with current network', 'net_unreachable'],
    ['dial tcp: address http://smtp.gmail.com:587: too many colons in address', 'wrong_server_name'],
    // Outlook's "Server Error: 553" is a field of the dialog, not a server that reports an error of its own.
    [
      "Server Response: '553 sorry, relaying denied (#5.7.1)', Port: 25, Secure(SSL): No, Server Error: 553, " +
        'Error Number: 0x800CCC79',
      'smtp_relay_denied',
    ],
    ['421 4.3.0 Server error, try again later', 'server_unavailable'],
    // RFC 5321's "mailbox unavailable" is a refused address, not a server in maintenance, wherever the reply sits.
    ['monit: Mail: Mailserver response error -- 550-Requested action not taken: mailbox unavailable', null],
    ['-ERR [SYS/TEMP] mailbox temporarily unavailable, try again later', 'server_unavailable'],
    // NSS and mozilla::pkix (Thunderbird, Firefox, RHEL's curl) by name and by text.
    ["curl: (60) Peer's Certificate issuer is not recognized.", 'tls_cert_untrusted'],
    ['Error code: SEC_ERROR_UNKNOWN_ISSUER', 'tls_cert_untrusted'],
    ['Error code: SSL_ERROR_BAD_CERT_DOMAIN', 'tls_cert_hostname_mismatch'],
    ['Error code: MOZILLA_PKIX_ERROR_MITM_DETECTED', 'tls_intercepted_by_antivirus'],
    ['Error code: MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', 'tls_cert_not_yet_valid'],
    ['SSL_ERROR_NO_CYPHER_OVERLAP', 'tls_old_protocol'],
    // NSS (Thunderbird, RHEL's curl) reading a plaintext greeting as a TLS record.
    ['curl: (35) SSL received a record that exceeded the maximum permissible length.', 'tls_wrong_mode'],
    ['* NSS error -12263 (SSL_ERROR_RX_RECORD_TOO_LONG)', 'tls_wrong_mode'],
    // An IPv6 address without brackets is not a URL in the host field.
    ['dial tcp: address 2001:db8::1:25: too many colons in address', null],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it("reads Rust's read timeout, in its Debug form too, by the port", () => {
    const debug =
      'SmtpError.\n[CAUSE] Io(\n    Os {\n        code: 11,\n        kind: WouldBlock,\n' +
      '        message: "Resource temporarily unavailable",\n    },\n)'
    expect(read(debug, 465)).toBe('tls_wrong_mode')
    expect(read(debug)).toBe('tcp_timeout')
    expect(read('SMTP IO error: Resource temporarily unavailable (os error 11)', 587)).toBe('tcp_timeout')
  })

  it("reads JavaMail's unreadable greeting on another protocol's port as that protocol's port", () => {
    const on = (port: number) =>
      `javax.mail.MessagingException: Could not connect to SMTP host: 10.0.0.5, port: ${port}, response: -1`
    expect(read(on(143))).toBe('protocol_port_mismatch')
    expect(read(on(110))).toBe('protocol_port_mismatch')
    expect(read(on(465))).toBe('tls_wrong_mode')
  })

  it('reads an AUTH refused after an EHLO answer that offered none as a login kept for TLS', () => {
    const session = (ehlo: string) =>
      `220 relay ESMTP ready\nEHLO me\n${ehlo}\nAUTH LOGIN\n504 5.5.4 Unrecognized authentication type`
    expect(read(session('250-relay greets me\n250-SIZE 0\n250 ENHANCEDSTATUSCODES'))).toBe('auth_plaintext_disabled')
    expect(read(session('250-relay greets me\n250 AUTH CRAM-MD5'))).toBe('auth_mechanism_unsupported')
  })

  it("reads JavaMail's failed read of the greeting by the port: implicit TLS spoken to in plaintext", () => {
    const text =
      'jakarta.mail.MessagingException: Exception reading response\n' +
      '\tat com.sun.mail.smtp.SMTPTransport.readServerResponse(SMTPTransport.java:2476)'
    expect(read(text, 465)).toBe('tls_wrong_mode')
    expect(read(text, 587)).toBeNull()
  })
})
