// Round 43 (issue 14): the AOSP Email app's setup and sign-in dialogs and Thunderbird for Android's login, certificate
// and STARTTLS errors in 22 more languages, read with the cause their English text has
// (src/diagnose/rules/android-l10n-more-rules.ts). test/corpus/source-tables.jsonl holds every string read; these are
// a sample of each language, and the sentences the new patterns must leave to the rows that read them before.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => {
  const classification = explainText({ text }).classification
  return classification?.event ?? classification?.cause ?? null
}

describe("the AOSP Email app's and Thunderbird for Android's errors in 22 more languages", () => {
  const table: Array<[string, string, string | null]> = [
    // AOSP Email: TLS_REQUIRED, AUTH_REQUIRED, AUTHENTICATION_FAILED.
    ['ru', 'TLS не поддерживается сервером.', 'starttls_not_offered'],
    ['ja', 'TLSが必要ですがサーバーが対応していません。', 'starttls_not_offered'],
    ['zh-TW', '必須使用 TLS，但此伺服器不支援。', 'starttls_not_offered'],
    ['ar', '\u200fيلزم وجود TLS لكن لا يتيح الخادم استخدامه.', 'starttls_not_offered'],
    ['pl', 'Serwer nie obsługuje metod uwierzytelniania.', 'auth_mechanism_unsupported'],
    ['th', 'เซิร์ฟเวอร์ไม่สนับสนุนวิธีการตรวจสอบสิทธิ์', 'auth_mechanism_unsupported'],
    ['nl', 'Gebruikersnaam of wachtwoord is onjuist.', 'auth_bad_credentials'],
    ['ko', '사용자 이름 또는 비밀번호가 잘못되었습니다.', 'auth_bad_credentials'],
    ['he', 'שם המשתמש או הסיסמה שגויים.', 'auth_bad_credentials'],
    // AOSP Email's guesses: a certificate, a security error, a bare "could not connect", the sync notification.
    ['tr', 'Sunucuya güvenli biçimde bağlanılamıyor.', 'tls_cert_untrusted'],
    [
      'el',
      'Δεν ήταν δυνατό το άνοιγμα της σύνδεσης στον διακομιστή επειδή προέκυψε σφάλμα ασφάλειας.',
      'tls_cert_untrusted',
    ],
    ['uk', 'Не вдалося відкрити з’єднання із сервером.', 'tcp_timeout'],
    ['ko', '서버에 연결할 수 없습니다.', 'tcp_timeout'],
    ['sv', 'Det gick inte att ansluta till servern.', 'tcp_timeout'],
    ['cs', 'Přihlášení k účtu jana@seznam.cz se nezdařilo.', 'auth_bad_credentials'],
    ['pt-PT', 'Impossível iniciar sessão', 'auth_bad_credentials'],
    ['vi', 'Đăng nhập vào an@gmail.com không thành công.', 'auth_bad_credentials'],
    // Thunderbird for Android: the sync notifications, the certificate screens, the validation screen.
    ['ru', 'Ошибка аутентификации ivan@mail.ru. Обновите настройки сервера входящей почты.', 'auth_bad_credentials'],
    ['ja', 'taro@nifty.com の認証に失敗しました。サーバーの設定を更新してください。', 'auth_bad_credentials'],
    ['hu', 'A hitelesítés sikertelen: anna@freemail.hu. Frissítse a kiszolgálóbeállításokat.', 'auth_bad_credentials'],
    ['id', 'Kesalahan sertifikat untuk budi@gmail.com\nPeriksa pengaturan server Anda', 'tls_cert_untrusted'],
    [
      'ro',
      'Aplicația a detectat o potențială amenințare la adresa securității și nu a continuat să se conecteze la ' +
        'mail.rdslink.ro.',
      'tls_cert_untrusted',
    ],
    ['fi', 'Palvelimelta puuttuu tämä kyvykkyys:\nSTARTTLS', 'starttls_not_offered'],
    ['nb', 'Identitetsbekreftelsesfeil', 'auth_bad_credentials'],
    ['da', 'Godkendelse mislykkedes for lars@jubii.dk. Opdater dine serverindstillinger.', 'auth_bad_credentials'],
    // The titles whose English reads nothing stay silent.
    ['ru', 'Ошибка сети', null],
    ['pl', 'Błąd połączenia', null],
  ]
  it.each(table)('%s: %s', (_lang, text, cause) => expect(read(text)).toBe(cause))

  it('leaves the sentences that read otherwise before to their rows', () => {
    // Thunderbird's OAuth2 refusal opens with the same words as K-9's "Ошибка аутентификации <account>".
    expect(read('Ошибка аутентификации при соединении с сервером imap.mail.ru.')).toBe('auth_token_invalid')
    expect(read('サーバー imap.nifty.com への接続時の認証に失敗しました。')).toBe('auth_token_invalid')
    // Thunderbird's IMAP "connection refused" in Korean names the host before the AOSP app's bare sentence.
    expect(read('imap.naver.com 서버에 연결할 수 없습니다. 연결이 거부되었습니다.')).toBe('tcp_refused')
    // The security-error sentence opens with the bare "could not connect" one: read whole, not as a silent port.
    expect(read('Nie można nawiązać połączenia z serwerem z powodu błędu zabezpieczeń.')).toBe('tls_cert_untrusted')
  })
})
