// Round 29 (issue 14): mail programs' dialogs in the user's language, each as a public page quotes it, read with the
// cause its English original gets (src/diagnose/rules/client-dialogs-l10n.ts). A dialog that says only that the
// connection failed stays a guess, as the English one is; a more specific line pasted with it decides.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => explainText({ text }).classification

describe("mail programs' localized dialogs", () => {
  const sure: Array<[string, string]> = [
    // iOS Mail, French.
    ['Le serveur imap‑mail.outlook.com ne répond pas', 'tcp_timeout'],
    // iOS Mail, Spanish; German; Italian. macOS Mail, German.
    ['imap‑mail.outlook.com no responde', 'tcp_timeout'],
    ['Serveridentität kann nicht überprüft werden', 'tls_cert_untrusted'],
    ['Die Serveridentität kann nicht überprüft werden', 'tls_cert_untrusted'],
    ["IMAP server non supporta l'autenticazione tramite password", 'auth_mechanism_unsupported'],
    ['Accountname/Passwort konnte nicht überprüft werden.', 'auth_bad_credentials'],
    ['Accountname oder Passwort konnte nicht überprüft werden', 'auth_bad_credentials'],
    // iOS Settings, as Microsoft's support page quotes it.
    ['Account not authenticated', 'auth_bad_credentials'],
    // Outlook Express / Windows Mail, zh-CN.
    ['连接已关闭。', 'tcp_reset'],
    ['登录尝试失败。', 'auth_bad_credentials'],
    ['服务器或邮箱忙。', 'server_unavailable'],
    ['无法使用安全套接字层 (SSL) 连接。', 'tls_wrong_mode'],
  ]
  it.each(sure)('reads %s', (text, cause) => {
    const got = read(text)
    expect(got?.cause).toBe(cause)
    expect(got?.via).not.toBe('fallback')
  })

  const guessed: Array<[string, string]> = [
    ['Die Verbindung zum Postausgangsserver „smtp.example.com“ ist fehlgeschlagen.', 'tcp_timeout'],
    ['无法连接到服务器。', 'tcp_timeout'],
    ['Cannot Get Mail – The connection to the server failed.', 'tcp_timeout'],
    ['Cannot Get Mail – A conexão com o servidor falhou', 'tcp_timeout'],
  ]
  it.each(guessed)('guesses from the bare dialog %s, as from its English original', (text, cause) => {
    expect(read(text)).toMatchObject({ cause, via: 'fallback' })
  })

  it('lets a socket error or a refusal pasted with a bare dialog decide', () => {
    expect(read('无法连接到服务器。 连接被拒绝')?.cause).toBe('tcp_refused')
    expect(
      read('Die Verbindung zum Postausgangsserver „smtp.example.com“ ist fehlgeschlagen. Connection refused'),
    ).toMatchObject({
      cause: 'tcp_refused',
      via: expect.not.stringMatching(/fallback/),
    })
  })

  it('lets a refusal pasted with the Portuguese dialog decide', () => {
    expect(read('A conexão com o servidor falhou. Connection refused')).toMatchObject({
      cause: 'tcp_refused',
      via: expect.not.stringMatching(/fallback/),
    })
  })

  it('reads "no responde" as a silent server only after a server name', () => {
    expect(read('La versión 2.1 no responde a este problema')?.cause).not.toBe('tcp_timeout')
    expect(read('Mi compañero no responde')?.cause).not.toBe('tcp_timeout')
  })

  it('keeps "not authenticated" inside an SMTP reply a relay refusal', () => {
    expect(read('530 5.7.0 Account not authenticated, please authenticate first')?.cause).not.toBe(
      'auth_bad_credentials',
    )
  })
})
