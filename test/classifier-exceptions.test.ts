// Round 22 (issue 14): a bare exception class or error code, as users paste it, is read by exception-rules.ts;
// a message in the same text always says more than its class. The strings are the libraries' own (their
// sources are cited beside each row in test/corpus/source-tables.jsonl).
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const causeOf = (text: string, protocol?: string) => explainText({ text, protocol }).classification?.cause ?? null

describe('bare exception classes and error codes', () => {
  it('reads the classes pasted with no message', () => {
    const bare: Array<[string, string]> = [
      ['CertPathValidatorException', 'tls_cert_untrusted'],
      ['javax.mail.AuthenticationFailedException', 'auth_bad_credentials'],
      [
        'jakarta.mail.AuthenticationFailedException\n\tat jakarta.mail.Service.connect(Service.java:319)',
        'auth_bad_credentials',
      ],
      ['SSLPeerUnverifiedException: Hostname mail.x.com not verified', 'tls_cert_hostname_mismatch'],
      ['IMAP server x does not support authentification type PLAIN', 'auth_mechanism_unsupported'],
      ['does not support authentication type PLAIN', 'auth_mechanism_unsupported'],
      ['MustIssueStartTlsFirst', 'auth_plaintext_disabled'],
      ['Net::SMTPAuthenticationError', 'auth_bad_credentials'],
      ['EAUTH', 'auth_bad_credentials'],
      ['x509.HostnameError', 'tls_cert_hostname_mismatch'],
    ]
    for (const [text, cause] of bare) expect(causeOf(text), text).toBe(cause)
  })

  it('lets a message in the same text decide over its bare class', () => {
    const messages: Array<[string, string | null]> = [
      // Gmail's reply inside the class's message: an app password, not a wrong one.
      [
        'jakarta.mail.AuthenticationFailedException: 534-5.7.9 Application-specific password required. ' +
          'For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor',
        'auth_app_password_required',
      ],
      // MailKit's own message about a local limit: none of our causes, whatever the class.
      ['MailKit.Security.AuthenticationException: Password too long.', null],
      // The class named bare once, then with a message no row knows: nothing, not a guess.
      ['#<AuthenticationFailedException javax.mail.AuthenticationFailedException: LOGIN asked for more>', null],
      // Service.connect()'s "failed to connect": the login was refused, not the connection.
      ['javax.mail.AuthenticationFailedException: failed to connect, no password specified?', 'auth_bad_credentials'],
    ]
    for (const [text, cause] of messages) expect(causeOf(text), text).toBe(cause)
  })

  it('reads MailConnectException by its nested exception, and says nothing without one', () => {
    const line =
      "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout -1"
    expect(causeOf(line)).toBe(null)
    expect(causeOf(`${line};\n  nested exception is:\n\tjava.net.ConnectException: Connection refused`)).toBe(
      'tcp_refused',
    )
  })

  it("does not read nodemailer's EREQUIRETLS as ETLS", () => {
    expect(causeOf('EREQUIRETLS')).toBe(null)
  })
})
