// The AOSP Email app's and Thunderbird for Android's connection, login and TLS errors in ru, pl, nl, ja, ko, zh-TW
// (android-l10n-more-rules.ts says how they are read).
// In ru, ja, ko and zh-TW the first sentence of a sync notification ("Authentication failed for …") is a phrase that
// opens other messages too (Thunderbird's "authentication failed while connecting to server …"): with the request
// that follows it ("Update your … server settings").
import {
  type AndroidRows,
  CERT,
  LEGACY,
  NOTIFY,
  SETTINGS,
  VALIDATE,
  androidLang,
  aospRows,
  k9Rows,
} from './android-l10n-more-1.js'

export const ANDROID_RU: AndroidRows = androidLang(
  aospRows('ru', {
    tlsRequired: /TLS\s+не\s+поддерживается\s+сервером/,
    authRequired: /Методы\s+аутентификации\s+не\s+поддерживаются\s+сервером/,
    authMessage: /Неверное\s+имя\s+пользователя\s+или\s+пароль/,
    certificateMessage: /Не\s+удалось\s+установить\s+защищенное\s+подключение\s+к\s+серверу/,
    security: /Не\s+удалось\s+установить\s+подключение\s+к\s+серверу\s+из-за\s+ошибки\s+безопасности/,
    ioError: /^\s*Не\s+удалось\s+подключиться\s+к\s+серверу[.。]?\s*$/m,
    serverMessage: /^\s*Не\s+удалось\s+подключиться\s+к\s+серверу[.。]?\s*$/m,
    loginFailedTicker: /^\s*Ошибка\s+при\s+входе\s+в\s+аккаунт\s+\S+?[.。]?\s*$/m,
    loginFailedTitle: /^\s*Вход\s+не\s+выполнен[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'ru', {
    incomingAuthFailed: /Ошибка\s+аутентификации\s+\S+\.\s+Обновите\s+настройки\s+сервера\s+входящей\s+почты/,
    outgoingAuthFailed: /Ошибка\s+аутентификации\s+\S+\.\s+Обновите\s+настройки\s+сервера\s+исходящей\s+почты/,
    certificateError: /^\s*Сбой\s+сертификата\s+\S+/m,
  }),
  k9Rows(LEGACY, 'ru', {
    authFailed: /Сбой\s+аутентификации\s+для\s+\S+\.\s+Обновите\s+настройки\s+сервера/,
    certificateError: /^\s*Ошибка\s+сертификата\s+\S+/m,
  }),
  k9Rows(CERT, 'ru', {
    securityThreat:
      /Приложение\s+обнаружило\s+потенциальную\s+угрозу\s+безопасности\s+и\s+прекратило\s+подключение\s+к\s+\S+/,
  }),
  k9Rows(VALIDATE, 'ru', {
    authError: /^\s*Ошибка\s+аутентификации\s*[.!！]?\s*$/,
    missingCapability: /На\s+сервере\s+отсутствует\s+эта\s+возможность\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'ru', {
    passwordAuthFailed: /^\s*Аутентификация\s+не\s+выполнена\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_PL: AndroidRows = androidLang(
  aospRows('pl', {
    tlsRequired: /Wymagane\s+połączenie\s+TLS\s+nie\s+jest\s+obsługiwane\s+przez\s+serwer/,
    authRequired: /Serwer\s+nie\s+obsługuje\s+metod\s+uwierzytelniania/,
    authMessage: /Nieprawidłowa\s+nazwa\s+użytkownika\s+lub\s+hasło/,
    certificateMessage: /Nie\s+można\s+bezpiecznie\s+połączyć\s+się\s+z\s+serwerem/,
    security: /Nie\s+można\s+nawiązać\s+połączenia\s+z\s+serwerem\s+z\s+powodu\s+błędu\s+zabezpieczeń/,
    ioError: /^\s*Nie\s+można\s+nawiązać\s+połączenia\s+z\s+serwerem[.。]?\s*$/m,
    serverMessage: /^\s*Nie\s+można\s+połączyć\s+się\s+z\s+serwerem[.。]?\s*$/m,
    loginFailedTicker: /^\s*Nie\s+udało\s+się\s+zalogować\s+na\s+konto\s+\S+?[.。]?\s*$/m,
    loginFailedTitle: /^\s*Nie\s+można\s+się\s+zalogować[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'pl', {
    incomingAuthFailed: /Uwierzytelnienie\s+się\s+nie\s+powiodło\s+dla\s+\S+/,
    outgoingAuthFailed: /Uwierzytelnienie\s+się\s+nie\s+powiodło\s+dla\s+\S+/,
    certificateError: /^\s*Błąd\s+certyfikatu\s+dla\s+\S+/m,
  }),
  k9Rows(LEGACY, 'pl', {
    authFailed: /Uwierzytelnianie\s+dla\s+\S+\s+nie\s+powiodło\s+się/,
    certificateError: /^\s*Błąd\s+certyfikatu\s+dla\s+\S+/m,
  }),
  k9Rows(CERT, 'pl', {
    securityThreat:
      /Aplikacja\s+wykryła\s+potencjalne\s+zagrożenie\s+bezpieczeństwa\s+i\s+nie\s+nawiązała\s+dalszego\s+połączenia\s+z\s+\S+/,
  }),
  k9Rows(VALIDATE, 'pl', {
    authError: /^\s*Błąd\s+autoryzacji\s*[.!！]?\s*$/,
    missingCapability: /Serwerowi\s+brakuje\s+tej\s+możliwości\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'pl', {
    passwordAuthFailed: /^\s*Uwierzytelnianie\s+się\s+nie\s+powiodło\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_NL: AndroidRows = androidLang(
  aospRows('nl', {
    tlsRequired: /TLS\s+is\s+vereist\s+maar\s+wordt\s+niet\s+ondersteund\s+door\s+de\s+server/,
    authRequired: /Verificatiemethoden\s+worden\s+niet\s+ondersteund\s+door\s+de\s+server/,
    authMessage: /Gebruikersnaam\s+of\s+wachtwoord\s+is\s+onjuist/,
    certificateMessage: /Kan\s+geen\s+veilige\s+verbinding\s+met\s+de\s+server\s+tot\s+stand\s+brengen/,
    security: /Kan\s+geen\s+verbinding\s+maken\s+met\s+de\s+server\s+wegens\s+een\s+beveiligingsfout/,
    ioError: /^\s*Kan\s+geen\s+verbinding\s+met\s+de\s+server\s+maken[.。]?\s*$/m,
    serverMessage: /^\s*Kan\s+geen\s+verbinding\s+maken\s+met\s+de\s+server[.。]?\s*$/m,
    loginFailedTicker: /^\s*\S+?:\s+aanmelden\s+mislukt[.。]?\s*$/m,
    loginFailedTitle: /^\s*Kan\s+niet\s+inloggen[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'nl', {
    incomingAuthFailed: /Authenticatie\s+voor\s+\S+\s+is\s+mislukt/,
    outgoingAuthFailed: /Authenticatie\s+voor\s+\S+\s+is\s+mislukt/,
    certificateError: /^\s*Certificaatfout\s+voor\s+\S+/m,
  }),
  k9Rows(LEGACY, 'nl', {
    authFailed: /Authenticatie\s+voor\s+\S+\s+mislukt/,
    certificateError: /^\s*Certificaatfout\s+voor\s+\S+/m,
  }),
  k9Rows(CERT, 'nl', {
    securityThreat:
      /De\s+app\s+heeft\s+een\s+potentieel\s+beveiligingsrisico\s+gedetecteerd\s+en\s+is\s+niet\s+verder\s+gegaan\s+met\s+verbinden\s+naar\s+\S+/,
  }),
  k9Rows(VALIDATE, 'nl', {
    authError: /^\s*Authenticatiefout\s*[.!！]?\s*$/,
    missingCapability: /De\s+server\s+mist\s+deze\s+functionaliteit\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'nl', {
    passwordAuthFailed: /^\s*Authenticatie\s+mislukt\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_JA: AndroidRows = androidLang(
  aospRows('ja', {
    tlsRequired: /TLSが必要ですがサーバーが対応していません/,
    authRequired: /認証方法がサーバーでサポートされていません/,
    authMessage: /ユーザー名またはパスワードが正しくありません/,
    certificateMessage: /サーバーへの安全な接続を確立できません/,
    security: /セキュリティエラーのためサーバーに接続できませんでした/,
    ioError: /^\s*サーバーに接続できませんでした[.。]?\s*$/m,
    serverMessage: /^\s*サーバーに接続できません[.。]?\s*$/m,
    loginFailedTicker: /^\s*\S+?でログインできませんでした[.。]?\s*$/m,
    loginFailedTitle: /^\s*ログインできませんでした[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'ja', {
    incomingAuthFailed: /\S+\s*の認証に失敗しました[.。]\s*受信サーバーの設定を更新してください/,
    outgoingAuthFailed: /\S+\s*の認証に失敗しました[.。]\s*送信サーバーの設定を更新してください/,
    certificateError: /^\s*\S+\s*の証明書エラー/m,
  }),
  k9Rows(LEGACY, 'ja', {
    authFailed: /\S+\s*の認証に失敗しました[.。]\s*サーバーの設定を更新してください/,
    certificateError: /^\s*\S+\s*の証明書エラー/m,
  }),
  k9Rows(CERT, 'ja', {
    securityThreat: /潜在的なセキュリティ上の脅威がアプリによって検出されたため、\S+\s*への接続しませんでした/,
  }),
  k9Rows(VALIDATE, 'ja', {
    authError: /^\s*認証エラー\s*[.!！]?\s*$/,
    missingCapability: /この機能がサーバーにありません\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'ja', {
    passwordAuthFailed: /^\s*認証できませんでした\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_KO: AndroidRows = androidLang(
  aospRows('ko', {
    tlsRequired: /TLS가\s*필요하지만\s*서버에서\s*지원하지\s*않습니다/,
    authRequired: /인증\s*방법이\s*서버에서\s*지원되지\s*않습니다/,
    authMessage: /사용자\s*이름\s*또는\s*비밀번호가\s*잘못되었습니다/,
    certificateMessage: /서버에\s*안전하게\s*연결할\s*수\s*없습니다/,
    security: /보안\s*오류\s*때문에\s*서버에\s*연결하지\s*못했습니다/,
    ioError: /^\s*서버에\s*연결할\s*수\s*없습니다[.。]?\s*$/m,
    serverMessage: /^\s*서버에\s*연결할\s*수\s*없습니다[.。]?\s*$/m,
    loginFailedTicker: /^\s*\S+?에\s*로그인하지\s*못했습니다[.。]?\s*$/m,
    loginFailedTitle: /^\s*로그인하지\s*못했습니다[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'ko', {
    incomingAuthFailed: /\S+의\s*인증에\s*실패했습니다\.\s*수신\s*서버\s*설정을\s*업데이트하세요/,
    outgoingAuthFailed: /\S+의\s*인증에\s*실패했습니다\.\s*발신\s*서버\s*설정을\s*업데이트하세요/,
    certificateError: /^\s*계정\s*인증\s*오류\s*\(\S+\)/m,
  }),
  k9Rows(LEGACY, 'ko', {
    authFailed: /\S+\s*계정\s*인증\s*오류\.\s*서버\s*설정을\s*업데이트하세요/,
    certificateError: /^\s*계정\s*인증\s*오류\s*\(\S+\)/m,
  }),
  k9Rows(CERT, 'ko', {
    securityThreat: /잠재적인\s*보안\s*위협을\s*감지하여\s*\S+에\s*연결하지\s*않았습니다/,
  }),
  k9Rows(VALIDATE, 'ko', {
    authError: /^\s*인증\s*오류\s*[.!！]?\s*$/,
    missingCapability: /서버에\s*누락된\s*기능이\s*있습니다\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'ko', {
    passwordAuthFailed: /^\s*인증에\s*실패했습니다\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_ZH_TW: AndroidRows = androidLang(
  aospRows('zh-rTW', {
    tlsRequired: /必須使用\s*TLS[，,]\s*但此伺服器不支援/,
    authRequired: /伺服器不支援這些驗證方法/,
    authMessage: /使用者名稱或密碼不正確/,
    certificateMessage: /無法安全連線至伺服器/,
    security: /發生安全性錯誤[，,]\s*無法連線至伺服器/,
    ioError: /^\s*無法連線至伺服器[.。]?\s*$/m,
    serverMessage: /^\s*無法連線至伺服器[.。]?\s*$/m,
    loginFailedTicker: /^\s*\S+?\s*登入失敗[.。]?\s*$/m,
    loginFailedTitle: /^\s*無法登入[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'zh-rTW', {
    incomingAuthFailed: /\S+\s*的身分驗證失敗[.。]\s*請更新你的內送伺服器設定/,
    outgoingAuthFailed: /\S+\s*的身分驗證失敗[.。]\s*請更新你的外寄伺服器設定/,
    certificateError: /^\s*\S+\s*的憑證錯誤/m,
  }),
  k9Rows(LEGACY, 'zh-rTW', {
    authFailed: /\S+\s*登入失敗[.。]\s*請更新你的伺服器設定/,
    certificateError: /^\s*\S+\s*的憑證錯誤/m,
  }),
  k9Rows(CERT, 'zh-rTW', {
    securityThreat: /應用程式偵測到潛在的安全威脅[，,]\s*並未繼續連接到\s*\S+/,
  }),
  k9Rows(VALIDATE, 'zh-rTW', {
    authError: /^\s*身分認證錯誤\s*[.!！]?\s*$/,
    missingCapability: /伺服器缺少此功能\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
)
