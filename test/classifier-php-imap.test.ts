// Round 37 (issue 14): PHP's ext/imap (UW c-client), Webklex/php-imap, laminas-mail, Horde's Imap_Client,
// ddeboer/imap and Swift Mailer, each string read with the condition that raises it in its source
// (src/diagnose/rules/php-imap-rules.ts; every string read is in test/corpus/source-tables.jsonl).
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => {
  const classification = explainText({ text }).classification
  return classification?.event ?? classification?.cause ?? null
}

describe("PHP's mail libraries", () => {
  const table: Array<[string, string | null]> = [
    // c-client's own count of refused LOGINs, not the server's throttling; a reply naming more decides.
    ['Too many login failures', 'auth_bad_credentials'],
    ['PHP Notice:  Unknown: Too many login failures (errflg=2) in Unknown on line 0', 'auth_bad_credentials'],
    [
      "imap_open(): Couldn't open stream {imap.example.com:143/imap/notls}. " +
        '[AUTHENTICATIONFAILED] Authentication failed.; Too many login failures',
      'auth_bad_credentials',
    ],
    [
      "imap_open(): Couldn't open stream {imap.example.com:993/imap/ssl}. [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure); Too many login failures",
      'auth_web_login_required',
    ],
    ['NO [ALERT] Too many login failures', 'auth_rate_limited'],
    // No password given: c-client sends no LOGIN.
    ['Login aborted', 'auth_bad_credentials'],
    [
      'dovecot: imap-login: Login aborted: Connection closed (auth failed, 1 attempts in 2 secs)',
      'auth_bad_credentials',
    ],
    ['Server disables LOGIN, no recognized SASL authenticator', 'auth_plaintext_disabled'],
    ["Can't do secure authentication with this server", 'auth_mechanism_unsupported'],
    ["Can't login to this server", 'auth_mechanism_unsupported'],
    // /tls without STARTTLS on IMAP and POP3; the SMTP driver's ": host" is a failed upgrade.
    ['Unable to negotiate TLS with this server', 'starttls_not_offered'],
    ['Unable to negotiate TLS with this server: smtp.example.com', 'starttls_failed'],
    ['POP3 connection broken in response', 'tcp_reset'],
    ['SMTP connection broken (reply)', 'tcp_reset'],
    ['Certificate failure for mail.example.com: certificate has expired: /CN=mail.example.com', 'tls_cert_expired'],
    ['No such host as mail.exmaple.com', 'dns_nxdomain'],
    // Swift Mailer.
    [
      'Failed to authenticate on SMTP server with username "mario@example.com" using 0 possible authenticators.',
      'auth_mechanism_unsupported',
    ],
    ['Swift_TransportException: Unable to connect with TLS encryption', 'starttls_failed'],
    ['Expected response code 220 but got an empty response', 'tcp_reset'],
    ['Swift_TransportException: Connection to ssl://smtp.example.com:465 Timed Out', null],
    // Webklex and laminas-mail.
    ['Webklex\\PHPIMAP\\Exceptions\\ConnectionFailedException: failed to enable TLS', 'starttls_failed'],
    ['Webklex\\PHPIMAP\\Exceptions\\ConnectionFailedException: connection refused', null],
    ['Laminas\\Mail\\Protocol\\Exception\\RuntimeException: cannot enable TLS', 'starttls_failed'],
    [
      'Laminas\\Mail\\Storage\\Exception\\RuntimeException: cannot login, user or password wrong',
      'auth_bad_credentials',
    ],
    ['Laminas\\Mail\\Protocol\\Exception\\RuntimeException: smtp.example.com has timed out', null],
    // Horde.
    ['No supported IMAP authentication method could be found.', 'auth_mechanism_unsupported'],
    ['Server rejected connection.', 'server_unavailable'],
    ['Authentication credentials have expired.', 'auth_account_locked'],
    ['Operation failed due to a lack of a secure connection.', 'auth_plaintext_disabled'],
    ['Could not open secure connection to the POP3 server.', 'starttls_failed'],
    [
      'Could not open secure connection to the POP3 server. Server does not support secure connections.',
      'starttls_not_offered',
    ],
    ['POP3 server denied authentication.', 'auth_bad_credentials'],
  ]

  it.each(table)('%s', (text, cause) => {
    expect(read(text)).toBe(cause)
  })
})
