// Readings added from the train cases of rounds 80-89 (mail bridges and small servers, fediverse software, NAS and
// backup tools, Python and R mail libraries, JVM and .NET senders, PHP applications), each generalised to the source
// it rests on: go-smtp's answers to STARTTLS, swaks's "no AUTH in the EHLO answer" read as Python's "SMTP AUTH
// extension not supported", musl's EAI_AGAIN as Rust's std names the lookup, the BSD resolver's NO_DATA, and a
// security product's name that is only a directory of a path.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => explainText({ text, protocol: 'any' }).classification?.cause ?? null

describe('rounds 83-89', () => {
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
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })
})
