// The usual reason behind an event, read from the paste's context (root-cause-context.ts) and from the provider's
// sign-in policy (provider-policy.ts): each answer is a guess that keeps the event behind it.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { CONTEXT_SOURCES } from '../src/diagnose/rules/root-cause-context.js'
import { explainMessage } from '../src/explain/explain.js'
import { explanationText } from '../src/report/explain.js'

const read = (text: string, hints: { protocol?: string; port?: number; provider?: string } = {}) =>
  explainText({ text, ...hints }).classification

describe('the usual reason in the context of the paste', () => {
  it('cites a source for every row', () => {
    expect(CONTEXT_SOURCES.length).toBeGreaterThan(0)
    for (const source of CONTEXT_SOURCES) expect(source).toMatch(/^(https?:\/\/|[\w.-]+\/[\w.-]+:)\S+/)
  })

  it("reads nodemailer's missing greeting as the mode when no port says otherwise", () => {
    expect(read("Error: Greeting never received\n    at SMTPConnection._formatError code: 'ETIMEDOUT'")).toEqual({
      cause: 'tls_wrong_mode',
      via: 'context',
      event: 'greeting_timeout',
    })
    expect(read('Error: Greeting never received', { protocol: 'smtp', port: 587 })?.cause).toBe('greeting_timeout')
    expect(read('Error: Greeting never received', { protocol: 'imap' })?.cause).toBe('greeting_timeout')
    // A TLS client already: the silence is not the mode's.
    expect(read('secure: true\nError: Greeting never received')?.cause).toBe('greeting_timeout')
  })

  it("reads smtplib's closed connection at connect as the mode, and after a login as a cut", () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3.10/smtplib.py", line 341, in connect',
      '    (code, msg) = self.getreply()',
      '  File "/usr/lib/python3.10/smtplib.py", line 405, in getreply',
      '    raise SMTPServerDisconnected("Connection unexpectedly closed")',
      'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    ].join('\n')
    expect(read(trace)).toMatchObject({ cause: 'tls_wrong_mode', event: 'tcp_reset' })
    const login = '    server.login(user, password)\nsmtplib.SMTPServerDisconnected: Connection unexpectedly closed'
    expect(read(login)?.cause).toBe('tcp_reset')
  })

  it('reads a failed connection from a platform that blocks outgoing SMTP as that block', () => {
    const godaddy =
      'SMTP ERROR: Failed to connect to server: Connection refused (111) in /home/content/12/345/html/mail.php'
    expect(read(godaddy)).toMatchObject({ cause: 'firewall_all_ports_blocked', event: 'tcp_refused' })
    // GoDaddy's own mail servers are not blocked: a failure there is what it says.
    const own = "Connection refused (111). Server: 'smtpout.secureserver.net' /home/content/12/mail.php"
    expect(read(own)?.cause).toBe('tcp_refused')
    expect(
      read('error: Uncaught (in promise) TimedOut: Connection timed out (os error 110) at https://x.deno.dev/'),
    ).toMatchObject({ cause: 'firewall_all_ports_blocked' })
    // PHPMailer's own words for it, on any host: its troubleshooting page's usual reason.
    const phpmailer = 'SMTP ERROR: Failed to connect to server: Connection timed out (110)'
    expect(read(phpmailer)).toMatchObject({ cause: 'firewall_all_ports_blocked', event: 'tcp_timeout' })
    expect(
      read(
        'SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: ' +
          'Name or service not known',
      )?.cause,
    ).toMatch(/^dns_/)
    expect(read('RAILWAY_ENVIRONMENT=production\nError: connect ETIMEDOUT 203.0.113.5:587')?.cause).toBe(
      'firewall_all_ports_blocked',
    )
    // PHP from a shared web host's home directory, whatever its mail library.
    const shared =
      '/home/jdoe/public_html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154 ' +
      'stream_socket_client(): Unable to connect to smtp.example.org:587 (Connection refused)'
    expect(read(shared)).toMatchObject({ cause: 'firewall_all_ports_blocked', event: 'tcp_refused' })
    expect(read('/var/www/html/app/mail.php: connect() failed: Connection refused')?.cause).toBe('tcp_refused')
  })

  it("reads a provider's mail domain or webmail address used as the server as a wrong server name", () => {
    const domain =
      'javax.mail.MessagingException: Could not connect to SMTP host: yahoo.com, port: 587;\n' +
      '  nested exception is:\n\tjava.net.ConnectException: Connection refused'
    expect(read(domain)).toMatchObject({ cause: 'wrong_server_name', event: 'tcp_refused' })
    expect(read('Error: connect ETIMEDOUT mail.google.com:993')?.cause).toBe('wrong_server_name')
    expect(read('Error: connect ETIMEDOUT smtp.gmail.com:587')?.cause).toBe('tcp_timeout')
  })

  it("reads a server's 'no shared cipher' as an obsolete cipher on one side, the handshake failure behind it", () => {
    const log =
      'dovecot: pop3-login: Disconnected (no auth attempts in 0 secs): user=<>, rip=203.0.113.4, TLS handshaking: ' +
      'SSL_accept() failed: error:1417A0C1:SSL routines:tls_post_process_client_hello:no shared cipher'
    expect(read(log)).toMatchObject({ cause: 'tls_old_protocol', via: 'context', event: 'tls_handshake_failed' })
    expect(read(log.replace('no shared cipher', 'unexpected eof while reading'))?.cause).not.toBe('tls_old_protocol')
  })

  it('reads a port-25 timeout in an MTA log past the IPv6 addresses its host cannot reach', () => {
    const log = [
      'postfix/smtp[52683]: connect to aspmx.l.google.com[74.125.140.27]:25: Connection timed out',
      'postfix/smtp[52683]: connect to aspmx.l.google.com[2a00:1450:400c:c00::1b]:25: Network is unreachable',
    ].join('\n')
    expect(read(log)?.cause).toBe('port_25_blocked')
    expect(read(log.split('\n')[1])?.cause).toBe('net_unreachable')
  })
})

describe("a refused login read against the provider's sign-in policy", () => {
  it('reads a refusal at a provider that takes no password from mail programs as password login switched off', () => {
    const refused = 'imaplib.IMAP4.error: b"LOGIN failed." user@outlook.com'
    expect(read(refused, { protocol: 'imap' })).toMatchObject({
      cause: 'auth_basic_auth_disabled',
      via: 'provider',
      event: 'auth_bad_credentials',
      provider: 'Outlook.com / Hotmail',
    })
    // Where passwords still work (Gmail's app passwords, Microsoft 365's SMTP by default) it stays the password.
    expect(read('535 5.7.8 Authentication failed user@gmail.com', { protocol: 'smtp' })?.cause).not.toBe(
      'auth_basic_auth_disabled',
    )
    expect(read('535 5.7.3 Authentication unsuccessful', { protocol: 'smtp', provider: 'office365' })?.cause).toBe(
      'auth_bad_credentials',
    )
  })

  it('says what the guess rests on, in both languages, with the refused password behind it', () => {
    const text = '535 5.7.3 Authentication unsuccessful (user@hotmail.com)'
    const en = explainMessage(text, { protocol: 'smtp' }, 'en')
    expect(en).toMatchObject({
      cause: 'auth_basic_auth_disabled',
      guessed: true,
      guessedFrom: { providerPolicy: 'Outlook.com / Hotmail' },
    })
    expect(en.alsoSeen?.[0].cause).toBe('auth_bad_credentials')
    expect(explanationText(en, 'en')).toMatch(/^The server refused the login\. Outlook\.com \/ Hotmail does not take/)
    const it_ = explanationText(explainMessage(text, { protocol: 'smtp' }, 'it'), 'it')
    expect(it_).toMatch(/^Il server ha rifiutato l'accesso\. Outlook\.com \/ Hotmail non accetta/)
  })
})

describe("a web mail's connection that failed with no reason given", () => {
  it("reads Roundcube's 'Unknown reason' on an ssl:// connection as the certificate check, unless PHP named another", () => {
    const log =
      'IMAP Error: Login failed for a@example.com. Could not connect to ssl://mail.example.com:993: Unknown reason'
    expect(read(log)?.cause).toBe('tls_cert_untrusted')
    const named =
      "stream_socket_client(): Peer certificate CN=`other.example.net' did not match expected CN=`mail.example.com'\n" +
      log
    expect(read(named)?.cause).toBe('tls_cert_hostname_mismatch')
  })

  it("guesses Nextcloud Mail's failed connection by its maintainers' usual reason, unless the log says more", () => {
    const imap =
      'Creating account failed: Connection to IMAP at mail.example.lan:993 failed. Error connecting to mail server.'
    expect(read(imap)).toMatchObject({ cause: 'tls_cert_untrusted', via: 'fallback' })
    expect(read(`${imap} Connection refused`)?.cause).toBe('tcp_refused')
    expect(read('Creating account failed: Error connecting to SMTP server.')).toMatchObject({
      cause: 'firewall_all_ports_blocked',
      via: 'fallback',
    })
    // Another program's "Error connecting to SMTP server" is not Nextcloud's.
    expect(read('Error connecting to SMTP server: timed out')?.cause).toBe('tcp_timeout')
  })

  it("reads PHP's own 'unable to connect to ssl://… (Unknown error)' the same way", () => {
    expect(
      read('fsockopen(): unable to connect to ssl://imap.example.lan:993 (Unknown error) (errno = 0)')?.cause,
    ).toBe('tls_cert_untrusted')
    expect(
      read('stream_socket_client(): unable to connect to ssl://imap.example.lan:993 (Connection timed out)')?.cause,
    ).toBe('tcp_timeout')
  })
})
