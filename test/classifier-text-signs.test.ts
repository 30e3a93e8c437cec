// What the text alone says about its context, for a paste that comes without protocol, port or provider: an SMTP
// status line with an enhanced code names SMTP; Yahoo's and Gmail's own refusal wordings name them.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'
import { peel } from '../src/diagnose/wrapper.js'
import { explainMessage } from '../src/explain/explain.js'

const cause = (text: string) => explainText({ text }).classification?.cause ?? null

describe("a text's own signs of its context", () => {
  it('reads an SMTP reply with an enhanced status code as SMTP, and nothing else as SMTP', () => {
    expect(peel('535 5.7.3 Authentication unsuccessful [AM0PR02CA0012.eurprd02.prod.outlook.com]').protocol).toBe(
      'smtp',
    )
    expect(peel("(535, b'5.7.8 Username and Password not accepted.')").protocol).toBe('smtp')
    // MailKit's "<code>: <enhanced code> …", after the exception's name.
    expect(peel('MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful').protocol).toBe(
      'smtp',
    )
    expect(peel('Build 300 2.1.4 released').protocol).toBeUndefined()
    expect(peel('404 Not Found').protocol).toBeUndefined()
    expect(peel('A1 NO [AUTHENTICATIONFAILED] Authentication failed.').protocol).not.toBe('smtp')
  })

  it("keeps an SMTP refusal at Microsoft's servers the password's when it names no protocol", () => {
    // Microsoft 365's SMTP AUTH still takes passwords where the tenant allows them; its IMAP and POP do not.
    expect(cause('535 5.7.3 Authentication unsuccessful [AM0PR02CA0012.eurprd02.prod.outlook.com]')).toBe(
      'auth_bad_credentials',
    )
  })

  it("knows Yahoo's and Gmail's refusals by their words", () => {
    expect(cause('A1 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials')).toBe('auth_app_password_required')
    expect(cause("poplib.error_proto: b'-ERR [AUTH] Username and password not accepted.'")).toBe(
      'auth_app_password_required',
    )
    // Yandex words it in lower case and names the switch.
    expect(cause('[AUTHENTICATIONFAILED] LOGIN invalid credentials or IMAP is disabled sc=x')).toBe('imap_disabled')
  })
})

describe('the server a paste names, and the names in code it does not', () => {
  it('skips class, module and file names and takes the host after them', () => {
    const host = (text: string) => peel(text).host
    expect(host('System.Net.Mail.SmtpException: Failure sending mail.')).toBeUndefined()
    expect(host('MailKit.Security.SslHandshakeException: An error occurred')).toBeUndefined()
    expect(host("imaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'")).toBeUndefined()
    expect(host('at smtp-connection.js:412 and mail.notice in syslog')).toBeUndefined()
    expect(
      host("com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 587; timeout -1"),
    ).toBe('smtp.gmail.com')
    expect(
      host('javax.mail.AuthenticationFailedException: 535 Error at com.sun.mail.smtp.SMTPTransport on mail.qq.com'),
    ).toBe('mail.qq.com')
    // An address's domain is the mailbox's provider; fetchmail's "user@server" names the server.
    expect(host('imaplib.IMAP4.error: b"LOGIN failed." user@outlook.com')).toBeUndefined()
    expect(host('fetchmail: Authorization failure on anna@pop.example.org')).toBe('pop.example.org')
    // A host typed wrong is still the host the user typed: that is what `maildoctor check` should test.
    expect(host('Impossibile connettersi al server. Server: imapmail.libero.itx, Porta: 993')).toBe(
      'imapmail.libero.itx',
    )
  })

  it('does not offer a name the user masked as the server to check', () => {
    const host = (text: string) => peel(text).host
    expect(host('Could not connect to SMTP host: XXX.XXX.XXX.XXX, port: 143, response: -1')).toBeUndefined()
    expect(host("Server: 'pop3.XXXXXXX', Protocol: POP3, Port: 110")).toBeUndefined()
    expect(host('getaddrinfo ENOTFOUND mail.xxx.net')).toBeUndefined()
    // x.com is a real domain, and one x is not a mask.
    expect(host('connect ETIMEDOUT smtp.x.com:587')).toBe('smtp.x.com')
  })

  it('does not offer a class name as the server to check', () => {
    const { extracted, check } = explainMessage('System.Net.Mail.SmtpException: Failure sending mail.', {}, 'en')
    expect(extracted.host).toBeUndefined()
    expect(check).toBe('maildoctor check <server or address> --smtp')
  })
})
