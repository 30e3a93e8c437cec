// Thunderbird's connection, login, TLS and sending errors in ru, uk, cs, sv-SE (thunderbird-l10n-more-rules.ts
// says how they are read).
import type { ClassifierRule } from './rule.js'
import { COMPOSE, IMAP, LOCAL, MESSENGER, SETUP, tbRows } from './thunderbird-l10n-meaning.js'

export const TB_RU: ClassifierRule[] = [
  ...tbRows('ru', MESSENGER, {
    unknownHostError: /^Ошибка\s+соединения\s+с\s+сервером\s+«\S+»[.。]?$/,
    oAuth2Error: /Ошибка\s+аутентификации\s+при\s+соединении\s+с\s+сервером\s+\S+/,
    netTimeoutError: /Время\s+ожидания\s+соединения\s+с\s+сервером\s+«\S+»\s+истекло/,
    netResetError: /Соединение\s+с\s+сервером\s+\S+\s+было\s+сброшено/,
    netInterruptError: /Соединение\s+с\s+сервером\s+\S+\s+было\s+прервано/,
    mailServerLoginFailed2: /Ошибка\s+входа\s+на\s+сервер\s+«\S+»\s+с\s+именем\s+пользователя\s+«\S+»/,
  }),
  ...tbRows('ru', IMAP, {
    imapServerNotImap4: /Почтовый\s+сервер\s+«\S+»\s+не\s+является\s+сервером\s+IMAP4/,
    imapTlsError:
      /Неустранимая\s+ошибка\s+TLS\.\s+Произошла\s+ошибка\s+рукопожатия\s+или,\s+возможно,\s+версия\s+TLS\s+или\s+сертификат,\s+используемые\s+сервером\s+\S+,\s+несовместимы/,
    imapServerDisconnected:
      /Произошло\s+отключение\s+от\s+«\S+»\.\s+Возможно,\s+сервер\s+не\s+работает,\s+или\s+возникли\s+проблемы\s+в\s+сети/,
    imapServerDroppedConnection2:
      /Если\s+проблема\s+не\s+будет\s+устранена,\s+возможно,\s+вы\s+превысили\s+максимальное\s+число\s+соединений\s+с\s+этим\s+сервером/,
    imapAuthChangeEncryptToPlainSSL:
      /Похоже,\s+что\s+IMAP-сервер\s+«\S+»\s+не\s+поддерживает\s+использование\s+зашифрованных\s+паролей/,
    imapAuthChangePlainToEncrypt:
      /IMAP-сервер\s+«\S+»\s+не\s+разрешает\s+использование\s+обычных\s+текстовых\s+паролей/,
    imapAuthChangeEncryptToPlainNoSSL:
      /Похоже,\s+что\s+IMAP-сервер\s+«\S+»\s+не\s+поддерживает\s+использование\s+зашифрованных\s+паролей/,
    imapAuthMechNotSupported: /IMAP-сервер\s+«\S+»\s+не\s+поддерживает\s+выбранный\s+метод\s+аутентификации/,
    imapAuthGssapiFailed: /Мандат\s+Kerberos\/GSSAPI\s+не\s+был\s+принят\s+IMAP-сервером\s+«\S+»/,
  }),
  ...tbRows('ru', LOCAL, {
    pop3UsernameFailure: /Не\s+удалось\s+отправить\s+имя\s+пользователя/,
    pop3PasswordFailed: /Не\s+удалось\s+отправить\s+пароль\s+для\s+пользователя\s+\S+/,
    pop3TempServerError: /При\s+получении\s+новых\s+сообщений\s+от\s+\S+\s+произошла\s+временная\s+ошибка/,
    nsErrorCouldNotConnectViaTls:
      /Не\s+удалось\s+установить\s+соединение\s+с\s+использованием\s+TLS\s+с\s+POP3-сервером/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Похоже,\s+что\s+POP3-сервер\s+не\s+поддерживает\s+использование\s+зашифрованных\s+паролей/,
    pop3AuthChangeEncryptToPlainSSL:
      /Похоже,\s+что\s+POP3-сервер\s+не\s+поддерживает\s+использование\s+зашифрованных\s+паролей/,
    pop3AuthChangePlainToEncrypt: /Этот\s+POP3-сервер\s+не\s+разрешает\s+использование\s+обычных\s+текстовых\s+паролей/,
    pop3AuthMechNotSupported: /Сервер\s+не\s+поддерживает\s+выбранный\s+метод\s+аутентификации/,
    pop3GssapiFailure: /Мандат\s+Kerberos\/GSSAPI\s+не\s+был\s+принят\s+POP3-сервером/,
  }),
  ...tbRows('ru', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Ошибка\s+отправления\s+почты:\s+Сервер\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+неизвестен/,
    smtpSendRequestRefused:
      /Сообщение\s+не\s+может\s+быть\s+отправлено,\s+так\s+как\s+не\s+удалось\s+установить\s+соединение\s+с\s+Сервером\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»/,
    smtpSendInterrupted:
      /Сообщение\s+не\s+может\s+быть\s+отправлено,\s+так\s+как\s+соединение\s+с\s+Сервером\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+было\s+утеряно\s+в\s+середине\s+транзакции/,
    smtpSendTimeout:
      /Сообщение\s+не\s+может\s+быть\s+отправлено,\s+так\s+как\s+время\s+ожидания\s+соединения\s+с\s+Сервером\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+истекло/,
    startTlsFailed:
      /Ошибка\s+отправления\s+почты:\s+Не\s+удалось\s+установить\s+защищённое\s+соединение\s+с\s+сервером\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+с\s+использованием\s+STARTTLS,\s+так\s+как\s+он\s+не/,
    smtpAuthFailure: /Не\s+удалось\s+аутентифицироваться\s+на\s+Сервере\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Похоже,\s+что\s+Сервер\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+не\s+поддерживает\s+использование\s+зашифрованных\s+паролей/,
    smtpHintAuthEncryptToPlainSsl:
      /Похоже,\s+что\s+Сервер\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+не\s+поддерживает\s+использование\s+зашифрованных\s+паролей/,
    smtpHintAuthPlainToEncrypt:
      /Сервер\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+не\s+разрешает\s+использование\s+обычных\s+текстовых\s+паролей/,
    smtpAuthGssapi: /Мандат\s+Kerberos\/GSSAPI\s+не\s+был\s+принят\s+Сервером\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»/,
    smtpAuthMechNotSupported:
      /Сервер\s+исходящей\s+почты\s+\(SMTP\)\s+«\S+»\s+не\s+поддерживает\s+выбранный\s+метод\s+аутентификации/,
  }),
  ...tbRows('ru', SETUP, {
    'account-setup-credentials-wrong':
      /Ошибка\s+аутентификации\.\s+Пожалуйста,\s+проверьте\s+имя\s+пользователя\s+и\s+пароль/,
    'account-setup-credentials-incomplete':
      /Ошибка\s+аутентификации\.\s+Введённые\s+учётные\s+данные\s+неверны,\s+либо\s+для\s+входа\s+в\s+систему\s+требуется\s+отдельное\s+имя\s+пользователя/,
  }),
]

export const TB_UK: ClassifierRule[] = [
  ...tbRows('uk', MESSENGER, {
    unknownHostError: /^Помилка\s+з'єднання\s+з\s+сервером\s+\S+[.。]?$/,
    oAuth2Error: /Помилка\s+автентифікації\s+під\s+час\s+з'єднання\s+з\s+сервером\s+\S+/,
    connectionRefusedError: /Неможливо\s+з'єднатися\s+з\s+сервером\s+\S+;\s+у\s+з'єднанні\s+відмовлено/,
    netTimeoutError: /Час\s+очікування\s+з'єднання\s+з\s+сервером\s+\S+\s+завершився/,
    netResetError: /З'єднання\s+з\s+сервером\s+\S+\s+було\s+скинуто/,
    netInterruptError: /З'єднання\s+з\s+сервером\s+\S+\s+було\s+перервано/,
    mailServerLoginFailed2: /Не\s+вдалося\s+увійти\s+на\s+сервер\s+\S+\s+з\s+іменем\s+користувача\s+\S+/,
  }),
  ...tbRows('uk', IMAP, {
    imapServerNotImap4: /Поштовий\s+сервер\s+\S+\s+не\s+є\s+сервером\s+IMAP4/,
    imapConnectionRefusedError: /Неможливо\s+з'єднатися\s+з\s+сервером\s+\S+;\s+у\s+з'єднанні\s+відмовлено/,
    imapTlsError: /Сталася\s+невиправна\s+помилка\s+TLS/,
    imapServerDisconnected:
      /Відбулося\s+відключення\s+від\s+\S+\.\s+Можливо,\s+сервер\s+не\s+працює,\s+або\s+виникли\s+проблеми\s+в\s+мережі/,
    imapServerDroppedConnection2:
      /Якщо\s+проблема\s+не\s+зникне,\s+можливо,\s+ви\s+досягли\s+обмеження\s+кількості\s+з'єднань\s+до\s+цього\s+сервера/,
    imapAuthChangeEncryptToPlainSSL: /Схоже,\s+сервер\s+IMAP\s+\S+\s+не\s+підтримує\s+зашифровані\s+паролі/,
    imapAuthChangePlainToEncrypt: /Сервер\s+IMAP\s+\S+\s+не\s+дозволяє\s+паролі\s+у\s+вигляді\s+звичайного\s+тексту/,
    imapAuthChangeEncryptToPlainNoSSL: /Схоже,\s+сервер\s+IMAP\s+\S+\s+не\s+підтримує\s+зашифровані\s+паролі/,
    imapAuthMechNotSupported: /Сервер\s+IMAP\s+\S+\s+не\s+підтримує\s+вибраний\s+метод\s+автентифікації/,
    imapAuthGssapiFailed: /Квиток\s+Kerberos\/GSSAPI\s+не\s+був\s+прийнятий\s+сервером\s+IMAP\s+\S+/,
  }),
  ...tbRows('uk', LOCAL, {
    pop3UsernameFailure: /Не\s+вдалося\s+надіслати\s+ім'я\s+користувача/,
    pop3PasswordFailed: /Не\s+вдалося\s+надіслати\s+пароль\s+для\s+користувача\s+\S+/,
    pop3TempServerError: /Тимчасова\s+помилка\s+від\s+\S+\s+під\s+час\s+отримання\s+нових\s+повідомлень/,
    nsErrorCouldNotConnectViaTls: /Не\s+вдалося\s+встановити\s+TLS-зв'язок\s+із\s+сервером\s+POP3/,
    pop3AuthChangeEncryptToPlainNoSSL:
      /Схоже,\s+що\s+POP3-сервер\s+не\s+підтримує\s+використання\s+зашифрованих\s+паролів/,
    pop3AuthChangeEncryptToPlainSSL:
      /Схоже,\s+що\s+POP3-сервер\s+не\s+підтримує\s+використання\s+зашифрованих\s+паролів/,
    pop3AuthChangePlainToEncrypt: /Цей\s+POP3-сервер\s+не\s+дозволяє\s+використання\s+звичайних\s+текстових\s+паролів/,
    pop3AuthMechNotSupported: /Сервер\s+не\s+підтримує\s+вибраний\s+метод\s+автентифікації/,
    pop3GssapiFailure: /Квиток\s+Kerberos\s+\/\s+GSSAPI\s+не\s+був\s+прийнятий\s+POP3-сервером/,
  }),
  ...tbRows('uk', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Сталася\s+помилка\s+при\s+надсиланні\s+пошти:\s+Невідомий\s+сервер\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+/,
    smtpSendRequestRefused:
      /Не\s+вдалося\s+надіслати\s+повідомлення\s+через\s+збій\s+з'єднання\s+з\s+сервером\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+/,
    smtpSendInterrupted:
      /Не\s+вдалося\s+надіслати\s+повідомлення\s+через\s+те,\s+що\s+з'єднання\s+з\s+сервером\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+\s+було\s+втрачене\s+при\s+виконанні\s+операції/,
    smtpSendTimeout:
      /Не\s+вдалося\s+надіслати\s+повідомлення\s+через\s+те,\s+що\s+завершився\s+час\s+очікування\s+з'єднання\s+з\s+сервером\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+/,
    startTlsFailed:
      /Виникла\s+помилка\s+при\s+надсиланні\s+пошти:\s+Не\s+вдалося\s+встановити\s+безпечний\s+зв'язок\s+з\s+сервером\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+\s+з\s+використанням\s+STARTTLS,\s+тому\s+що/,
    smtpAuthFailure: /Неможливо\s+авторизуватися\s+на\s+сервері\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Схоже,\s+сервер\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+\s+не\s+підтримує\s+зашифровані\s+паролі/,
    smtpHintAuthEncryptToPlainSsl:
      /Схоже,\s+сервер\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+\s+не\s+підтримує\s+зашифровані\s+паролі/,
    smtpHintAuthPlainToEncrypt:
      /Сервер\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+\s+не\s+дозволяє\s+використання\s+звичайних\s+паролів/,
    smtpAuthMechNotSupported:
      /Сервер\s+вихідної\s+пошти\s+\(SMTP\)\s+\S+\s+не\s+підтримує\s+обраний\s+метод\s+автентифікації/,
  }),
  ...tbRows('uk', SETUP, {
    'account-setup-credentials-wrong': /Помилка\s+автентифікації\.\s+Перевірте\s+ім'я\s+користувача\s+та\s+пароль/,
    'account-setup-credentials-incomplete':
      /Помилка\s+автентифікації\.\s+Або\s+введені\s+облікові\s+дані\s+неправильні,\s+або\s+для\s+входу\s+потрібно\s+окреме\s+ім'я\s+користувача/,
  }),
]

export const TB_CS: ClassifierRule[] = [
  ...tbRows('cs', MESSENGER, {
    unknownHostError: /^Připojení\s+k\s+serveru\s+\S+\s+selhalo[.。]?$/,
    oAuth2Error: /Autentizace\s+selhala\s+během\s+připojování\s+k\s+serveru\s+\S+/,
    connectionRefusedError: /Nelze\s+se\s+připojit\s+k\s+serveru\s+\S+;\s+spojení\s+bylo\s+odmítnuto/,
    netTimeoutError: /Spojení\s+se\s+serverem\s+\S+\s+vypršelo/,
    netResetError: /Spojení\s+se\s+serverem\s+\S+\s+bylo\s+obnoveno/,
    netInterruptError: /Spojení\s+se\s+serverem\s+\S+\s+bylo\s+přerušeno/,
    mailServerLoginFailed2: /Přihlášení\s+k\s+serveru\s+\S+\s+s\s+uživatelským\s+jménem\s+\S+\s+selhalo/,
  }),
  ...tbRows('cs', IMAP, {
    imapServerNotImap4: /Poštovní\s+server\s+\S+\s+nepodporuje\s+IMAP4/,
    imapConnectionRefusedError: /Nelze\s+se\s+připojit\s+k\s+poštovnímu\s+serveru\s+\S+,\s+spojení\s+bylo\s+odmítnuto/,
    imapTlsError: /Při\s+TLS\s+spojení\s+nastala\s+chyba,\s+kterou\s+nelze\s+obejít/,
    imapServerDisconnected:
      /Server\s+\S+\s+byl\s+odpojen\.\s+Buď\s+nefunguje\s+server\s+nebo\s+je\s+problém\s+v\s+síťovém\s+spojení/,
    imapServerDroppedConnection2:
      /Pokud\s+problém\s+přetrvává,\s+možná\s+jste\s+překročili\s+maximální\s+počet\s+spojení\s+k\s+tomuto\s+serveru/,
    imapAuthChangeEncryptToPlainSSL: /IMAP\s+server\s+\S+\s+nepodporuje\s+šifrovaná\s+hesla/,
    imapAuthChangePlainToEncrypt: /IMAP\s+server\s+\S+\s+nepodporuje\s+nezašifrovaná\s+hesla/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP\s+server\s+\S+\s+nepodporuje\s+šifrovaná\s+hesla/,
    imapAuthMechNotSupported: /IMAP\s+server\s+\S+\s+nepodporuje\s+zvolenou\s+metodu\s+autentizace/,
    imapAuthGssapiFailed: /IMAP\s+server\s+\S+\s+nepřijal\s+tiket\s+typu\s+Kerberos\/GSSAPI/,
  }),
  ...tbRows('cs', LOCAL, {
    pop3UsernameFailure: /Odesílání\s+uživatelského\s+jména\s+nebylo\s+úspěšné/,
    pop3PasswordFailed: /Odesílání\s+hesla\s+pro\s+uživatele\s+\S+\s+nebylo\s+úspěšné/,
    pop3TempServerError: /Při\s+načítání\s+nových\s+zpráv\s+ze\s+serveru\s+\S+\s+nastala\s+dočasná\s+chyba/,
    nsErrorCouldNotConnectViaTls: /Nepodařilo\s+se\s+navázat\s+TLS\s+spojení\s+s\s+POP3\s+serverem/,
    pop3AuthChangeEncryptToPlainNoSSL: /POP3\s+server\s+nepodporuje\s+šifrovaná\s+hesla/,
    pop3AuthChangeEncryptToPlainSSL: /POP3\s+server\s+nepodporuje\s+šifrovaná\s+hesla/,
    pop3AuthChangePlainToEncrypt: /POP3\s+server\s+nepodporuje\s+nezašifrovaná\s+hesla/,
    pop3AuthMechNotSupported: /POP3\s+server\s+nepodporuje\s+zvolenou\s+metodu\s+autentizace/,
    pop3GssapiFailure: /POP3\s+server\s+nepřijal\s+lístek\s+Kerberos\/GSSAPI/,
  }),
  ...tbRows('cs', COMPOSE, {
    smtpSendFailedUnknownServer: /Při\s+odesílání\s+zprávy\s+nastala\s+chyba:\s+SMTP\s+server\s+\S+\s+je\s+neznámý/,
    smtpSendRequestRefused:
      /Zprávu\s+nelze\s+odeslat,\s+protože\s+se\s+nepodařilo\s+připojit\s+na\s+SMTP\s+server\s+\S+/,
    smtpSendInterrupted:
      /Zprávu\s+se\s+nepodařilo\s+odeslat,\s+protože\s+spojení\s+se\s+SMTP\s+serverem\s+\S+\s+bylo\s+ztraceno\s+uprostřed\s+transakce/,
    smtpSendTimeout: /Zprávu\s+se\s+nepodařilo\s+odeslat,\s+protože\s+spojení\s+se\s+SMTP\s+serverem\s+\S+\s+vypršelo/,
    startTlsFailed:
      /Při\s+odesílání\s+zprávy\s+nastala\s+chyba:\s+Nelze\s+se\s+bezpečně\s+připojit\s+k\s+SMTP\s+serveru\s+\S+\s+pomocí\s+STARTTLS,\s+protože\s+server\s+tuto\s+možnost\s+nepodporuje/,
    smtpAuthFailure: /Autentizace\s+k\s+SMTP\s+serveru\s+\S+\s+se\s+nezdařila/,
    smtpHintAuthEncryptToPlainNoSsl: /SMTP\s+server\s+\S+\s+nepodporuje\s+šifrovaná\s+hesla/,
    smtpHintAuthEncryptToPlainSsl: /SMTP\s+server\s+\S+\s+nepodporuje\s+šifrovaná\s+hesla/,
    smtpHintAuthPlainToEncrypt: /SMTP\s+server\s+\S+\s+nepodporuje\s+nezašifrovaná\s+hesla/,
    smtpAuthGssapi: /SMTP\s+server\s+\S+\s+nepřijal\s+lístek\s+Kerberos\/GSSAPI/,
    smtpAuthMechNotSupported: /SMTP\s+server\s+\S+\s+nepodporuje\s+zvolenou\s+metodu\s+autentizace/,
  }),
  ...tbRows('cs', SETUP, {
    'account-setup-credentials-wrong':
      /Ověření\s+se\s+nezdařilo\.\s+Zkontrolujte\s+prosím\s+uživatelské\s+jméno\s+a\s+heslo/,
    'account-setup-credentials-incomplete':
      /Ověření\s+se\s+nezdařilo\.\s+Buď\s+nejsou\s+zadané\s+přihlašovací\s+údaje\s+správné,\s+nebo\s+je\s+pro\s+přihlášení\s+vyžadováno\s+samostatné\s+uživatelské\s+jméno/,
  }),
]

export const TB_SV_SE: ClassifierRule[] = [
  ...tbRows('sv-SE', MESSENGER, {
    unknownHostError: /^Det\s+gick\s+inte\s+att\s+ansluta\s+till\s+servern\s+\S+[.。]?$/,
    oAuth2Error: /Autentiseringsfel\s+vid\s+anslutning\s+till\s+servern\s+\S+/,
    connectionRefusedError: /Det\s+gick\s+inte\s+att\s+ansluta\s+till\s+servern\s+\S+;\s+anslutningen\s+nekades/,
    netTimeoutError: /Anslutning\s+till\s+server\s+\S+\s+avbröts/,
    netResetError: /Anslutning\s+till\s+server\s+\S+\s+återställdes/,
    mailServerLoginFailed2: /Inloggning\s+till\s+servern\s+\S+\s+med\s+användarnamnet\s+\S+\s+misslyckades/,
  }),
  ...tbRows('sv-SE', IMAP, {
    imapServerNotImap4: /Servern\s+\S+\s+kan\s+inte\s+hantera\s+IMAP4/,
    imapUnknownHostError: /^Det\s+gick\s+inte\s+få\s+kontakt\s+med\s+servern\s+\S+[.。]?$/,
    imapOAuth2Error: /Autentiseringsfel\s+vid\s+anslutning\s+till\s+server\s+\S+/,
    imapConnectionRefusedError: /Det\s+gick\s+inte\s+få\s+kontakt\s+med\s+servern\s+\S+\.\s+Anslutningen\s+nekades/,
    imapNetTimeoutError: /Det\s+tog\s+för\s+lång\s+tid\s+att\s+få\s+svar\s+från\s+servern\s+\S+/,
    imapTlsError: /Ett\s+TLS-fel\s+inträffade\s+som\s+inte\s+kan\s+åsidosättas/,
    imapServerDisconnected: /Du\s+har\s+blivit\s+bortkopplad\s+från\s+servern\s+\S+/,
    imapServerDroppedConnection2:
      /Om\s+problemet\s+kvarstår,\s+kan\s+du\s+ha\s+överskridit\s+det\s+maximala\s+antalet\s+anslutningar\s+till\s+servern/,
    imapAuthChangeEncryptToPlainSSL: /IMAP-servern\s+\S+\s+tycks\s+inte\s+stöda\s+krypterade\s+lösenord/,
    imapAuthChangePlainToEncrypt: /IMAP-servern\s+\S+\s+tillåter\s+inte\s+lösenord\s+i\s+klartext/,
    imapAuthChangeEncryptToPlainNoSSL: /IMAP-servern\s+\S+\s+tycks\s+inte\s+stöda\s+krypterade\s+lösenord/,
    imapAuthMechNotSupported: /IMAP-servern\s+\S+\s+stöder\s+inte\s+den\s+valda\s+autentiseringsmetoden/,
    imapAuthGssapiFailed: /Kerberos\/GSSAPI-ticket\s+accepterades\s+inte\s+av\s+IMAP-servern\s+\S+/,
  }),
  ...tbRows('sv-SE', LOCAL, {
    pop3UsernameFailure: /Sändning\s+av\s+användarnamnet\s+misslyckades/,
    pop3PasswordFailed: /Sändning\s+av\s+lösenordet\s+för\s+användare\s+\S+\s+misslyckades/,
    pop3TempServerError: /Tillfälligt\s+fel\s+från\s+\S+\s+när\s+nya\s+meddelanden\s+hämtas/,
    nsErrorCouldNotConnectViaTls: /Kan\s+inte\s+etablera\s+TLS-anslutning\s+till\s+POP3-servern/,
    pop3AuthChangeEncryptToPlainNoSSL: /POP3-servern\s+tycks\s+inte\s+stöda\s+krypterade\s+lösenord/,
    pop3AuthChangeEncryptToPlainSSL: /POP3-servern\s+tycks\s+inte\s+stöda\s+krypterade\s+lösenord/,
    pop3AuthChangePlainToEncrypt: /POP3-servern\s+tillåter\s+inte\s+lösenord\s+i\s+klartext/,
    pop3AuthMechNotSupported: /Servern\s+stöder\s+inte\s+den\s+valda\s+autentiseringsmetoden/,
    pop3GssapiFailure: /Kerberos\/GSSAPI-biljetten\s+accepterades\s+inte\s+av\s+POP-servern/,
  }),
  ...tbRows('sv-SE', COMPOSE, {
    smtpSendFailedUnknownServer:
      /Ett\s+fel\s+uppstod\s+när\s+e-post\s+skulle\s+skickas:\s+Utgående\s+server\s+\(SMTP\)\s+\S+\s+är\s+okänd/,
    smtpSendRequestRefused:
      /Meddelandet\s+kunde\s+inte\s+skickas\s+eftersom\s+anslutning\s+till\s+utgående\s+server\s+\(SMTP\)\s+\S+\s+misslyckades/,
    smtpSendInterrupted:
      /Meddelandet\s+kunde\s+inte\s+skickas\s+eftersom\s+anslutningen\s+till\s+utgående\s+server\s+\(SMTP\)\s+\S+\s+förlorades\s+mitt\s+under\s+transaktionen/,
    smtpSendTimeout:
      /Meddelandet\s+kunde\s+inte\s+skickas\s+eftersom\s+anslutningen\s+till\s+utgående\s+server\s+\(SMTP\)\s+\S+\s+gjorde\s+timeout/,
    startTlsFailed:
      /Ett\s+fel\s+uppstod\s+när\s+e-post\s+skulle\s+skickas:\s+Det\s+går\s+inte\s+att\s+upprätta\s+en\s+säker\s+länk\s+till\s+utgående\s+server\s+\(SMTP\)\s+\S+\s+med\s+STARTTLS\s+eftersom\s+den\s+inte/,
    smtpAuthFailure: /Kan\s+inte\s+autentisera\s+till\s+utgående\s+server\s+\(SMTP\)\s+\S+/,
    smtpHintAuthEncryptToPlainNoSsl:
      /Den\s+utgående\s+servern\s+\(SMTP\)\s+\S+\s+stöder\s+inte\s+krypterade\s+lösenord/,
    smtpHintAuthEncryptToPlainSsl: /Den\s+utgående\s+servern\s+\(SMTP\)\s+\S+\s+stöder\s+inte\s+krypterade\s+lösenord/,
    smtpHintAuthPlainToEncrypt: /Den\s+utgående\s+servern\s+\(SMTP\)\s+\S+\s+tillåter\s+inte\s+lösenord\s+i\s+klartext/,
    smtpAuthGssapi:
      /Kerberos\/GSSAPI\s+biljetten\s+accepterades\s+inte\s+av\s+den\s+utgående\s+servern\s+\(SMTP\)\s+\S+/,
    smtpAuthMechNotSupported:
      /Den\s+utgående\s+servern\s+\(SMTP\)\s+\S+\s+stöder\s+inte\s+den\s+valda\s+autentiseringsmetoden/,
  }),
  ...tbRows('sv-SE', SETUP, {
    'account-setup-credentials-wrong':
      /Autentisering\s+misslyckades\.\s+Kontrollera\s+användarnamnet\s+och\s+lösenordet/,
    'account-setup-credentials-incomplete':
      /Autentisering\s+misslyckades\.\s+Antingen\s+är\s+de\s+angivna\s+uppgifterna\s+felaktiga\s+eller\s+så\s+krävs\s+ett\s+separat\s+användarnamn\s+för\s+inloggning/,
  }),
]
