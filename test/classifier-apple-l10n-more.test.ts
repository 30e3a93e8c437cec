// iOS and macOS Mail's dialogs in Japanese, Korean, Russian, Swedish and Czech, each as a public page quotes it,
// read with the cause its English original gets (src/diagnose/rules/apple-l10n-more-rules.ts). A dialog that says
// only that the connection failed stays a guess, as the English one is; a socket error pasted with it decides.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => explainText({ text }).classification

describe("Apple Mail's dialogs in more languages", () => {
  const sure: Array<[string, string]> = [
    ['IMAPサーバーが応答しません', 'tcp_timeout'],
    ['メールを取得できません IMAPサーバーが応答しません', 'tcp_timeout'],
    ['パスワードが正しくありません。IMAPアカウントのパスワードを入力してください', 'auth_bad_credentials'],
    ['サーバの識別情報を検証できません。', 'tls_cert_untrusted'],
    ['サーバーの識別情報を検証できません', 'tls_cert_untrusted'],
    ['サーバIDを確認できません', 'tls_cert_untrusted'],
    ['서버 ID를 확인할 수 없음', 'tls_cert_untrusted'],
    ['Почта не может проверить подлинность сервера', 'tls_cert_untrusted'],
  ]
  it.each(sure)('reads %s', (text, cause) => {
    const got = read(text)
    expect(got?.cause).toBe(cause)
    expect(got?.via).not.toBe('fallback')
  })

  const guessed: Array<[string, string]> = [
    ['メールを取得できません サーバーへの接続に失敗しました', 'tcp_timeout'],
    ['送信サーバー『smtp.example.com』への接続に失敗しました。', 'tcp_timeout'],
    // macOS Mail's "Unable to connect" alert, Swedish and Czech.
    ['Kunde inte ansluta', 'tcp_timeout'],
    ['Nelze se připojit', 'tcp_timeout'],
  ]
  it.each(guessed)('guesses from the bare dialog %s, as from its English original', (text, cause) => {
    expect(read(text)).toMatchObject({ cause, via: 'fallback' })
  })

  it('names no cause for titles that name none in English either', () => {
    for (const text of ['メールを取得できません', 'アカウントエラー', 'Impossible de relever le courrier']) {
      expect(read(text)?.cause ?? null).toBeNull()
    }
  })

  it("leaves Thunderbird's unknown-host line and a pasted socket error to their own rules", () => {
    expect(read('サーバー mail.example.com への接続に失敗しました。')?.cause).toBe('dns_nxdomain')
    expect(read('サーバーへの接続に失敗しました Connection refused')?.cause).toBe('tcp_refused')
  })
})
