// Readings added in the eleventh session: a self-signed root in the chain read by whose server it is (a public
// provider's, where only an interceptor can have put it, or one of the user's own), and two sender refusals in the
// words of the MTAs that write them (Sendmail's check_mail ruleset, the tail of Postfix's delivery log).
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string, port?: number, provider?: string) =>
  explainText({ text, protocol: 'any', port, provider }).classification ?? null

describe('round 119: a self-signed root in the chain', () => {
  const table: Array<[string, string | undefined, string]> = [
    // No server named, or one of the user's own: the chain ends at an authority of the server's own.
    ['Error: self-signed certificate in certificate chain', undefined, 'tls_cert_untrusted'],
    [
      '{ [Error: self signed certificate in certificate chain] code: "SELF_SIGNED_CERT_IN_CHAIN" }',
      undefined,
      'tls_cert_untrusted',
    ],
    ['mail.corp.example:465 self signed certificate in certificate chain', undefined, 'tls_cert_untrusted'],
    // A public provider's server, by hint, by host or by its own reply's marks: something re-signed the traffic.
    ['Error: self-signed certificate in certificate chain', 'gmail', 'tls_intercepted_by_antivirus'],
    ['Error: self-signed certificate in certificate chain', 'sendgrid', 'tls_intercepted_by_antivirus'],
    ['connect to smtp.office365.com:587: SELF_SIGNED_CERT_IN_CHAIN', undefined, 'tls_intercepted_by_antivirus'],
    [
      'email-smtp.eu-west-1.amazonaws.com:587 self signed certificate in certificate chain',
      undefined,
      'tls_intercepted_by_antivirus',
    ],
    // A provider hint the rules do not know as public says nothing about the chain.
    ['Error: self-signed certificate in certificate chain', 'acme-hosting', 'tls_cert_untrusted'],
  ]
  it.each(table)('%s (provider %s)', (text, provider, expected) => {
    expect(read(text, undefined, provider)?.cause).toBe(expected)
  })

  it('keeps the untrusted chain as the event behind the interceptor, a guess', () => {
    expect(read('Error: self-signed certificate in certificate chain', undefined, 'gmail')).toMatchObject({
      via: 'context',
      event: 'tls_cert_untrusted',
    })
  })
})

describe('round 119: sender refusals in the MTAs own words', () => {
  const table: Array<[string, string | null]> = [
    // Sendmail's proto.m4: a sender without a domain (an app's display name sent as the address).
    [
      "SMTPRecipientsRefused: {'me@example.com': (553, '5.5.4 <me@example.com>... Domain name required for sender " +
        "address ElastAlert')}",
      'smtp_sender_rejected',
    ],
    ['553 5.5.4 root... Domain name required for sender address root', 'smtp_sender_rejected'],
    // Postfix's delivery log cut to its tail: only a failed reply is written "in reply to" a command.
    ['invalid DNS MX or A/AAAA resource record (in reply to MAIL FROM command)', 'smtp_sender_rejected'],
    // The same words about a recipient, with no command named, are no sender's.
    ['Requested action not taken: mailbox unavailable invalid DNS MX or A/AAAA resource record', null],
    // A temporary refusal of MAIL FROM is a wait, not a refused sender.
    ['451 4.3.0 Temporary lookup failure (in reply to MAIL FROM command)', 'server_unavailable'],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)?.cause ?? null).toBe(expected)
  })
})

describe("round 119: a refused login where the account's own password signs in nowhere", () => {
  const table: Array<[string, string | undefined, string]> = [
    // Gmail takes OAuth or an app password from mail programs: a password refused there was the wrong kind.
    ['Error: Invalid login', 'gmail', 'auth_app_password_required'],
    ["{:error, {:permanent_failure, 'smtp.gmail.com', :auth_failed}}", undefined, 'auth_app_password_required'],
    [
      'fetchmail: Authorization failure on anna@imap.gmail.com (previously authorized)',
      undefined,
      'auth_app_password_required',
    ],
    // A Kerberos ticket is no password of either kind.
    [
      'El tique Kerberos/GSSAPI no ha sido aceptado por el servidor IMAP imap.gmail.com. Compruebe que ha iniciado ' +
        'sesión en el dominio Kerberos/GSSAPI.',
      undefined,
      'auth_bad_credentials',
    ],
    // Yahoo's and iCloud's plain refusals ended in the password as often as in an app password: no guess.
    ['Error: Invalid login', 'yahoo', 'auth_bad_credentials'],
    ['Error: Invalid login', 'icloud', 'auth_bad_credentials'],
    // Outlook.com takes no password at all from mail programs.
    ['Error: Invalid login', 'outlook.com', 'auth_basic_auth_disabled'],
  ]
  it.each(table)('%s (provider %s)', (text, provider, expected) => {
    expect(read(text, undefined, provider)?.cause).toBe(expected)
  })

  it('says the answer came from the provider, and keeps the refusal as the event', () => {
    expect(read('Error: Invalid login', undefined, 'gmail')).toMatchObject({ via: 'provider', provider: 'Gmail' })
  })
})

describe("round 119: a Gmail server name built on Google's web domain", () => {
  const table: Array<[string, string]> = [
    ['Host1: connecting on host1 [imap.google.com] port [993]: Connection timed out', 'wrong_server_name'],
    ["System.Net.WebException: The remote name could not be resolved: 'smtp.google.com'", 'wrong_server_name'],
    // The machines Gmail's own names point at live under l.google.com: a timeout there is a timeout.
    ["Can't connect to gmail-imap.l.google.com,993: Connection timed out", 'tcp_timeout'],
    ['connect ETIMEDOUT smtp.gmail.com:587', 'tcp_timeout'],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)?.cause).toBe(expected)
  })
})

describe('round 137: a published name typed with a space inside its quotes', () => {
  it('reads the lookup of "smtp.gmail.com " as a name that does not exist, the bare name as the resolver', () => {
    const spaced =
      "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com ]\n  code: 'ENOTFOUND', hostname: 'smtp.gmail.com ' }"
    expect(read(spaced)?.cause).toBe('dns_nxdomain')
    expect(read("{ code: 'ENOTFOUND', hostname: 'smtp.gmail.com' }")?.cause).toBe('dns_servfail')
  })
})

describe('round 125: a resolver that failed for the moment blames no name', () => {
  it('reads a temporary lookup failure of smtp.google.com as the resolver', () => {
    const text = 'dial tcp: lookup smtp.google.com: Temporary failure in name resolution'
    expect(read(text)?.cause).toBe('dns_servfail')
  })
})

describe('round 125: readings from the train cases of rounds 125-130', () => {
  const table: Array<[string, string]> = [
    // Older MailKit's name for a BYE greeting: the server declined the connection (RFC 3501 7.1.5).
    ['MailKit.Net.Imap.ImapProtocolException: Unexpected token in IMAP greeting: [atom: BYE]', 'server_unavailable'],
    // Another protocol's greeting in the same words stays another protocol's.
    ['Unexpected token in IMAP greeting: [atom: 220-mail.example.com]', 'protocol_port_mismatch'],
    // Outlook.com's refusal asks for a sign-in on the web, not for a locked account's unlocking.
    [
      'Error: Account is blocked. Login to your account via a web browser to verify your identity.',
      'auth_web_login_required',
    ],
    ['LOGIN failed. Account is blocked.', 'auth_account_locked'],
    // PHP's "Unknown error" is the certificate check on an implicit-TLS port, the mode on a plaintext one.
    ['PHP Error: fsockopen(): unable to connect to ssl://mail.example.com:587 (Unknown error)', 'tls_wrong_mode'],
    ['PHP Error: fsockopen(): unable to connect to ssl://mail.example.com:465 (Unknown error)', 'tls_cert_untrusted'],
    // nodemailer's SMTPTransport: the connection ended without an error or an answer.
    ['Error: Unexpected socket close', 'tcp_reset'],
    // Fastmail's login limit, whatever the 451 around it.
    [
      '2 NO login not available on this server. 451 Already reached per-10 minute limit for logins by "a" of 500',
      'auth_rate_limited',
    ],
  ]
  it.each(table)('%s', (text, expected) => {
    expect(read(text)?.cause).toBe(expected)
  })
})
