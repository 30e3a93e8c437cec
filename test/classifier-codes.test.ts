// Issue 14, second round: replies read by their protocol codes (RFC 4954, RFC 3463, RFC 2449/5530,
// Microsoft's NDR codes) rather than by whole strings, the server's words peeled out of more
// wrappers, and Thunderbird's and Outlook's own sentences in de, fr, es and zh.
import { describe, expect, it } from 'vitest'
import { classifyCause, explainText } from '../src/diagnose/classify.js'
import { explainMessage } from '../src/explain/explain.js'
import { explanationText } from '../src/report/explain.js'

const cause = (text: string, protocol = 'any') => classifyCause({ text, protocol })

describe('SMTP AUTH and enhanced codes', () => {
  it('reads X.7.9 as the mechanism unless the words name an app password', () => {
    expect(cause('534 5.7.9 Authentication mechanism is too weak')).toBe('auth_mechanism_unsupported')
    expect(cause('534-5.7.9 Application-specific password required. Learn more at https://x.example')).toBe(
      'auth_app_password_required',
    )
  })

  it('takes a temporary authentication failure for the server, not the password', () => {
    expect(cause('454 4.7.0 Temporary authentication failure')).toBe('server_unavailable')
    expect(cause('435 Unable to authenticate at present')).toBe('server_unavailable')
    expect(cause('a1 NO [UNAVAILABLE] Temporary authentication failure. [host:2026-12-01]', 'imap')).toBe(
      'server_unavailable',
    )
  })

  it('answers from the code when the words are unknown', () => {
    expect(cause('530 5.5.1 https://support.google.com/mail/?p=WantAuthError')).toBe('smtp_relay_denied')
    expect(cause('538 5.7.11 zzz')).toBe('auth_plaintext_disabled')
    expect(cause('452 4.3.1 zzz')).toBe('server_unavailable')
    expect(cause('503 5.5.1 Error: nested MAIL command')).toBe('protocol_error')
    expect(cause('550 5.7.705 zzz')).toBe('auth_account_locked')
  })

  it("reads Microsoft's account blocks and TLS refusal by their meaning", () => {
    expect(cause('550 5.1.8 Access denied, bad outbound sender')).toBe('auth_account_locked')
    expect(cause('421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client')).toBe(
      'tls_old_protocol',
    )
  })
})

describe('a server that answers is connected', () => {
  it('reads its "connection refused" as the policy it states, and a bare X.7.1 as no known cause', () => {
    expect(cause('421 4.7.0 Connection refused, too many sessions from this IP')).toBe('auth_rate_limited')
    expect(cause('550 5.7.1 Message rejected as spam by Content Filtering')).toBeNull()
    expect(classifyCause({ text: '550 5.7.1 zzz', stage: 'post_auth' })).toBe('smtp_relay_denied')
  })

  it('reads an SMTP reply quoted after a colon', () => {
    expect(
      cause(
        'the mail server sent an incorrect greeting: 421 4.3.2 Service not available, closing transmission channel.',
      ),
    ).toBe('server_unavailable')
  })
})

describe('POP3 and IMAP codes that words would mislead', () => {
  it('IN-USE and INUSE are another session, whatever "locked" says', () => {
    expect(cause('-ERR [IN-USE] account is locked by another POP3 session', 'pop3')).toBe('auth_rate_limited')
    expect(cause('a1 NO [INUSE] Mailbox in use', 'imap')).toBe('auth_rate_limited')
  })

  it('a quota warning is about the mailbox, not the login', () => {
    expect(cause('* NO [ALERT] Mailbox is at 95% of quota', 'imap')).toBe('mailbox_over_quota')
  })
})

describe('the wrapper peels more forms of "the server said"', () => {
  const reply = (text: string) => explainText({ text }).extracted.reply
  it("K-9's response list, Apple's returned error, a reply in brackets, other languages", () => {
    expect(
      reply('Username or password incorrect.\n(Command: LOGIN; response: #2# [NO, [AUTHENTICATIONFAILED], Bad.])'),
    ).toBe('NO [AUTHENTICATIONFAILED] Bad.')
    expect(reply('Cannot Get Mail. The server returned the error: * BYE [UNAVAILABLE] down')).toBe(
      '* BYE [UNAVAILABLE] down',
    )
    expect(reply('Username or password incorrect.\n(-ERR Plaintext authentication disallowed.)')).toBe(
      '-ERR Plaintext authentication disallowed.',
    )
    expect(reply('Fehler beim Senden der Nachricht. Der Mail-Server antwortete: 553 5.7.1 not owned by user')).toBe(
      '553 5.7.1 not owned by user',
    )
    expect(reply('Server said: 550 5.7.1 Relaying denied')).toBe('550 5.7.1 Relaying denied')
  })
})

describe("the mail programs' own sentences in other languages", () => {
  // Thunderbird's messages (thunderbird-l10n string tables) in de, fr, es, it and zh-CN.
  const THUNDERBIRD: Array<[string, string]> = [
    ['Zeitüberschreitung der Verbindung mit Server imap.gmx.net.', 'tcp_timeout'],
    ['Temps limite de connexion au serveur imap.orange.fr dépassé.', 'tcp_timeout'],
    ['La conexión al servidor imap.x.es ha superado el tiempo de espera máximo.', 'tcp_timeout'],
    ['连接服务器 imap.qq.com 超时。', 'tcp_timeout'],
    ['Verbindung mit Server imap.gmx.net fehlgeschlagen; die Verbindung wurde verweigert.', 'tcp_refused'],
    ['Verbindung mit Server imap.gmx.nett fehlgeschlagen.', 'dns_nxdomain'],
    ['Le serveur IMAP imap.x.fr n’autorise pas les mots de passe non chiffrés.', 'auth_plaintext_disabled'],
    ['Authentifizierungsfehler beim Verbinden mit dem Server imap.gmx.net.', 'auth_token_invalid'],
    ['连接 imap.qq.com 服务器时身份验证失败。', 'auth_token_invalid'],
    ['Échec de l’envoi du mot de passe pour l’utilisateur jean.', 'auth_bad_credentials'],
    ['El servidor IMAP imap.x.es no parece admitir contraseñas cifradas.', 'auth_mechanism_unsupported'],
    ['Errore temporaneo di pop.x.it durante il recupero di nuovi messaggi.', 'server_unavailable'],
  ]
  it.each(THUNDERBIRD)("Thunderbird's %s", (text, expected) => {
    expect(cause(text)).toBe(expected)
  })

  it('reads typographic apostrophes as plain ones', () => {
    expect(cause('Impossibile verificare l’identità del server “mail.example.it”.')).toBe('tls_cert_untrusted')
  })

  it('an Outlook dialog in German names its fields: a timeout on IMAP 993, and the fix says so', () => {
    const text =
      "Konto: 'max@gmx.de', Server: 'imap.gmx.net', Protokoll: IMAP, Port: 993, Sicher (SSL): Ja, " +
      'Socketfehler: 10060, Fehlernummer: 0x800CCC0E'
    const { extracted } = explainText({ text })
    expect(extracted).toMatchObject({ protocol: 'imap', port: 993, socketError: 10060, security: 'tls' })
    const out = explainMessage(text, {}, 'en')
    expect(out.cause).toBe('tcp_timeout')
    expect(out.fixes?.[0]).toMatch(/IMAP on port 993/)
  })

  // The labels below are no language on purpose: the dialog's values are read by the order of its fields.
  it("an Outlook dialog whose labels are in a language no pattern knows is read by its fields' order", () => {
    const text =
      "Aaa: 'mario@libero.it', Bbb: 'imapmail.libero.it', Ccc: IMAP, Ddd: 993, Eee (SSL): Fff, " +
      'Ggg: 10060, Hhh: 0x800CCC0E'
    expect(explainText({ text }).extracted).toMatchObject({ protocol: 'imap', port: 993, socketError: 10060 })
    const out = explainMessage(text, {}, 'it')
    expect(out.cause).toBe('tcp_timeout')
    expect(out.fixes?.[0]).toMatch(/IMAP sulla porta 993/)
    // Full-width colons and commas (zh, ja), and a quoted server response between the protocol and the port.
    const refused =
      "Aaa：'x'，Bbb：'pop.example.cn'，Ccc：POP3，Ddd：'-ERR Login fail, code: 25'，Eee：995，Fff：0x800CCC92"
    expect(explainText({ text: refused }).extracted).toMatchObject({
      protocol: 'pop3',
      port: 995,
      reply: '-ERR Login fail, code: 25',
    })
    // The dialog's "Server Error" comes before its "Error Number": the last number is the one that says what failed.
    const pop = explainText({
      text:
        "Account: 'x', Server: 'pop.example.com', Protocol: POP3, Server Response: '-ERR Login failed.', " +
        'Port: 110, Secure(SSL): No, Server Error: 0x800CCC90, Error Number: 0x800CCC92',
    })
    expect(pop.extracted?.errorNumber).toBe('0x800CCC92')
    // Without the dialog's own error number, a log's "SMTP, port: 25" is not read as a dialog's fields.
    expect(explainText({ text: 'relay: SMTP, tries: 25, last: 10060' }).extracted?.socketError).toBeUndefined()
  })

  it('a bare "could not connect" is a guess and says so: the common reason, then the check that finds out', () => {
    const guessed = explainMessage('Connection Doctor: Could not connect to this IMAP server.', {}, 'en')
    expect(guessed).toMatchObject({ cause: 'tcp_timeout', guessed: true })
    // A value the text did not name is said in general words, not left as a gap.
    expect(guessed.explanation).toMatch(/^Nothing came back from the server: /)
    const text = explanationText(guessed, 'en')
    expect(text).toMatch(/^The message says only that the connection failed, not why\./)
    expect(text).toMatch(/The most common reason: No answer on this port/)
    expect(text.trimEnd()).toMatch(/run:\n {2}maildoctor check <server or address> --imap$/)
    expect(explanationText(explainMessage('Impossibile connettersi al server.', {}, 'it'), 'it')).toMatch(
      /^Il messaggio dice solo che/,
    )
    // A text that shows why is not a guess.
    const shown = explainMessage("Konto: 'max@gmx.de', Server: 'imap.gmx.net', Socketfehler: 10060", {}, 'en')
    expect(shown.cause).toBe('tcp_timeout')
    expect(shown.guessed).toBeUndefined()
  })
})

// Issue 14, round 8: providers' published codes (Exchange Online NDRs, Gmail, Outlook.com, Yahoo, GMX),
// read by code and meaning: these variants use other codes of the same ranges, other hosts and wrappers.
describe("providers' published codes (round 8)", () => {
  it("reads Exchange Online's sender restrictions as the sender refused, not a missing login", () => {
    expect(cause("Remote Server returned '550 5.7.133 Sender not authenticated for group'")).toBe(
      'smtp_sender_rejected',
    )
    expect(cause('550 5.7.136 RESOLVER.RST.SenderNotAuthenticated; zzz')).toBe('smtp_sender_rejected')
    expect(cause('550 5.7.12 Sender was not authenticated by organization')).toBe('smtp_sender_rejected')
    // Without "sender", 5.7.12 keeps RFC 4954's meaning.
    expect(cause('535 5.7.12 A password transition is needed')).not.toBe('smtp_sender_rejected')
    expect(cause('550 5.7.1 Delivery not authorized, message refused: relaying denied')).toBe('smtp_relay_denied')
  })

  it('reads submission quotas as the rate and IP bans as blocks, whatever the words around them', () => {
    expect(cause("554 5.2.2 mailbox full; sender's submission quota exceeded")).toBe('auth_rate_limited')
    expect(cause('550 5.7.620 Access denied, banned sending IP [198.51.100.9]')).toBe('auth_account_locked')
    expect(cause('550 5.7.722 zzz')).toBe('auth_account_locked')
    expect(cause('451 4.7.870 Access denied, please try again later')).toBe('auth_account_locked')
    expect(cause('554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org')).toBe(
      'auth_account_locked',
    )
    expect(cause('550 5.7.28 zzz')).toBe('auth_account_locked')
  })

  it('reads the sending domain failing SPF, DKIM or DMARC as the sender, and direct-to-MX as the wrong server', () => {
    expect(cause('550 5.7.26 This mail has been blocked because the sender is unauthenticated.')).toBe(
      'smtp_sender_rejected',
    )
    expect(cause('550 5.7.25 The IP address sending this message does not have a PTR record')).not.toBe(
      'smtp_sender_rejected',
    )
    expect(cause("550 DY-001 (COL004-MC1F10) Unfortunately, messages from 192.0.2.7 weren't sent.")).toBe(
      'smtp_relay_denied',
    )
    expect(cause('550 SC-002 Mail rejected by Outlook.com for policy reasons.')).toBe('auth_account_locked')
    expect(cause('554-No SMTP service\n554-IP address is block listed.')).toBe('auth_account_locked')
  })
})
