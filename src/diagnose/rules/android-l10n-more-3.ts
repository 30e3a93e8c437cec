// The AOSP Email app's and Thunderbird for Android's connection, login and TLS errors in tr, cs, sv, uk, pt-PT, ro
// (android-l10n-more-rules.ts says how they are read).
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

export const ANDROID_TR: AndroidRows = androidLang(
  aospRows('tr', {
    tlsRequired: /TLS\s+gerekli\s+ancak\s+sunucu\s+tarafından\s+desteklenmiyor/,
    authRequired: /Kimlik\s+doğrulama\s+yöntemleri\s+sunucu\s+tarafından\s+desteklenmiyor/,
    authMessage: /Kullanıcı\s+adı\s+veya\s+[şș]ifre\s+hatalı/,
    certificateMessage: /Sunucuya\s+güvenli\s+biçimde\s+bağlanılamıyor/,
    security: /Güvenlik\s+hatası\s+nedeniyle\s+sunucu\s+bağlantısı\s+açılamadı/,
    ioError: /^\s*Sunucu\s+bağlantısı\s+açılamadı[.。]?\s*$/m,
    serverMessage: /^\s*Sunucuya\s+bağlanılamıyor[.。]?\s*$/m,
    loginFailedTicker: /^\s*\S+?\s+oturumu\s+açılamadı[.。]?\s*$/m,
    loginFailedTitle: /^\s*Oturum\s+açılamadı[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'tr', {
    incomingAuthFailed: /\S+\s+için\s+kimlik\s+doğrulama\s+ba[şș]arısız\s+oldu/,
    outgoingAuthFailed: /\S+\s+için\s+kimlik\s+doğrulama\s+ba[şș]arısız\s+oldu/,
    certificateError: /^\s*\S+\s+sertifika\s+hatası/m,
  }),
  k9Rows(LEGACY, 'tr', {
    authFailed: /\S+\s+için\s+kimlik\s+doğrulanamadı/,
    certificateError: /^\s*\S+\s+için\s+sertifika\s+hatası/m,
  }),
  k9Rows(CERT, 'tr', {
    securityThreat:
      /Uygulama\s+olası\s+bir\s+güvenlik\s+tehdidi\s+algıladı\s+ve\s+\S+\s+sunucusuna\s+bağlanmaya\s+devam\s+etmedi/,
  }),
  k9Rows(VALIDATE, 'tr', {
    authError: /^\s*Kimlik\s+doğrulama\s+hatası\s*[.!！]?\s*$/,
    missingCapability: /Sunucuda\s+a[şș]ağıdaki\s+özellik\s+eksik\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'tr', {
    passwordAuthFailed: /^\s*Kimlik\s+doğrulama\s+ba[şș]arısız\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_CS: AndroidRows = androidLang(
  aospRows('cs', {
    tlsRequired: /Služba\s+TLS\s+je\s+požadována,\s+ale\s+není\s+podporována\s+na\s+serveru/,
    authRequired: /Metody\s+ověřování\s+nejsou\s+na\s+serveru\s+podporovány/,
    authMessage: /Uživatelské\s+jméno\s+nebo\s+heslo\s+jsou\s+nesprávné/,
    certificateMessage: /Nelze\s+se\s+bezpečně\s+připojit\s+k\s+serveru/,
    security: /Nelze\s+navázat\s+připojení\s+k\s+serveru\s+z\s+důvodu\s+chyby\s+zabezpečení/,
    ioError: /^\s*Nelze\s+navázat\s+připojení\s+k\s+serveru[.。]?\s*$/m,
    serverMessage: /^\s*Nelze\s+se\s+připojit\s+k\s+serveru[.。]?\s*$/m,
    loginFailedTicker: /^\s*Přihlášení\s+k\s+účtu\s+\S+?\s+se\s+nezdařilo[.。]?\s*$/m,
    loginFailedTitle: /^\s*Přihlášení\s+se\s+nezdařilo[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'cs', {
    incomingAuthFailed: /Autentifikace\s+účtu\s+\S+\s+selhala/,
    outgoingAuthFailed: /Autentifikace\s+účtu\s+\S+\s+selhala/,
    certificateError: /^\s*Chyba\s+certifikátu\s+účtu\s+\S+/m,
  }),
  k9Rows(LEGACY, 'cs', {
    authFailed: /Přihlášení\s+k\s+účtu\s+\S+\s+se\s+nezdařilo/,
    certificateError: /^\s*Chyba\s+certifikátu\s+účtu\s+\S+/m,
  }),
  k9Rows(CERT, 'cs', {
    securityThreat: /Aplikace\s+zjistila\s+potenciální\s+bezpečnostní\s+hrozbu\s+a\s+přerušila\s+připojování\s+k\s+\S+/,
  }),
  k9Rows(VALIDATE, 'cs', {
    authError: /^\s*Chyba\s+autentizace\s*[.!！]?\s*$/,
    missingCapability: /Serveru\s+chybí\s+tato\s+funkcionalita\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'cs', {
    passwordAuthFailed: /^\s*Ověření\s+se\s+nezdařilo\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_SV: AndroidRows = androidLang(
  aospRows('sv', {
    tlsRequired: /TLS\s+krävs\s+men\s+stöds\s+inte\s+av\s+servern/,
    authRequired: /Servern\s+stöder\s+inte\s+autentiseringsmetoderna/,
    authMessage: /Användarnamnet\s+eller\s+lösenordet\s+är\s+felaktigt/,
    certificateMessage: /Det\s+går\s+inte\s+att\s+upprätta\s+en\s+säker\s+anslutning\s+till\s+servern/,
    security: /Det\s+gick\s+inte\s+att\s+ansluta\s+till\s+servern\s+på\s+grund\s+av\s+ett\s+säkerhetsfel/,
    ioError: /^\s*Det\s+gick\s+inte\s+att\s+ansluta\s+till\s+servern[.。]?\s*$/m,
    serverMessage: /^\s*Det\s+går\s+inte\s+att\s+ansluta\s+till\s+servern[.。]?\s*$/m,
    loginFailedTicker: /^\s*Det\s+gick\s+inte\s+att\s+logga\s+in\s+\S+?[.。]?\s*$/m,
    loginFailedTitle: /^\s*Det\s+gick\s+inte\s+att\s+logga\s+in[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'sv', {
    incomingAuthFailed: /Autentisering\s+misslyckades\s+för\s+\S+/,
    outgoingAuthFailed: /Autentisering\s+misslyckades\s+för\s+\S+/,
    certificateError: /^\s*Certifikatfel\s+för\s+\S+/m,
  }),
  k9Rows(LEGACY, 'sv', {
    authFailed: /Autentisering\s+misslyckades\s+för\s+\S+/,
    certificateError: /^\s*Certifikatfel\s+för\s+\S+/m,
  }),
  k9Rows(CERT, 'sv', {
    securityThreat:
      /Appen\s+upptäckte\s+ett\s+potentiellt\s+säkerhetshot\s+och\s+fortsatte\s+inte\s+att\s+ansluta\s+till\s+\S+/,
  }),
  k9Rows(VALIDATE, 'sv', {
    authError: /^\s*Autentiseringsfel\s*[.!！]?\s*$/,
    missingCapability: /Servern\s+saknar\s+denna\s+kapacitet\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'sv', {
    passwordAuthFailed: /^\s*Autentiseringen\s+misslyckades\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_UK: AndroidRows = androidLang(
  aospRows('uk', {
    tlsRequired: /TLS\s+обов['’]язк\.,\s+але\s+не\s+підтрм\.\s+цим\s+сервером/,
    authRequired: /Методи\s+автентифікації\s+не\s+підтримуються\s+сервером/,
    authMessage: /Ім['’]я\s+користувача\s+чи\s+пароль\s+неправильні/,
    certificateMessage: /Неможливо\s+безпечно\s+з['’]єднатись\s+із\s+сервером/,
    security: /Не\s+вдалося\s+відкрити\s+з['’]єднання\s+із\s+сервером\s+через\s+помилку\s+безпеки/,
    ioError: /^\s*Не\s+вдалося\s+відкрити\s+з['’]єднання\s+із\s+сервером[.。]?\s*$/m,
    serverMessage: /^\s*Неможливо\s+з['’]єднатись\s+із\s+сервером[.。]?\s*$/m,
    loginFailedTicker: /^\s*Помилка\s+входу\s+в\s+обліковий\s+запис\s+\S+?[.。]?\s*$/m,
    loginFailedTitle: /^\s*Не\s+вдалося\s+ввійти[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'uk', {
    incomingAuthFailed: /Помилка\s+автентифікації\s+для\s+\S+/,
    outgoingAuthFailed: /Помилка\s+аутентифікації\s+для\s+\S+/,
    certificateError: /^\s*Помилка\s+сертифіката\s+для\s+\S+/m,
  }),
  k9Rows(LEGACY, 'uk', {
    authFailed: /Збій\s+аутентифікації\s+для\s+\S+/,
    certificateError: /^\s*Помилка\s+сертифіката\s+для\s+\S+/m,
  }),
  k9Rows(CERT, 'uk', {
    securityThreat: /Застосунок\s+виявив\s+потенційну\s+загрозу\s+безпеці\s+та\s+припинив\s+з['’]єднання\s+з\s+\S+/,
  }),
  k9Rows(VALIDATE, 'uk', {
    authError: /^\s*Помилка\s+автентифікації\s*[.!！]?\s*$/,
    missingCapability: /На\s+сервері\s+відсутня\s+ця\s+можливість\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'uk', {
    passwordAuthFailed: /^\s*Не\s+вдалося\s+виконати\s+аутентифікацію\s*[.!！]?\s*$/,
  }),
)

export const ANDROID_PT_PT: AndroidRows = androidLang(
  aospRows('pt-rPT', {
    tlsRequired: /TLS\s+necessário\s+mas\s+não\s+suportado\s+pelo\s+servidor/,
    authRequired: /Os\s+métodos\s+de\s+autenticação\s+não\s+são\s+suportados\s+pelo\s+servidor/,
    authMessage: /O\s+nome\s+de\s+utilizador\s+ou\s+a\s+palavra-passe\s+estão\s+incorretos/,
    certificateMessage: /Não\s+é\s+possível\s+ligar\s+ao\s+servidor\s+em\s+segurança/,
    security: /Não\s+foi\s+possível\s+abrir\s+ligação\s+ao\s+servidor\s+devido\s+a\s+um\s+erro\s+de\s+segurança/,
    ioError: /^\s*Não\s+foi\s+possível\s+abrir\s+ligação\s+ao\s+servidor[.。]?\s*$/m,
    serverMessage: /^\s*Não\s+é\s+possível\s+ligar\s+ao\s+servidor[.。]?\s*$/m,
    loginFailedTicker: /^\s*Início\s+de\s+sessão\s+de\s+\S+?\s+sem\s+êxito[.。]?\s*$/m,
    loginFailedTitle: /^\s*Impossível\s+iniciar\s+sessão[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'pt-rPT', {
    incomingAuthFailed: /Autenticação\s+falhada\s+para\s+\S+/,
    outgoingAuthFailed: /Autenticação\s+falhada\s+para\s+\S+/,
    certificateError: /^\s*Erro\s+de\s+certificado\s+para\s+\S+/m,
  }),
  k9Rows(LEGACY, 'pt-rPT', {
    authFailed: /A\s+autenticação\s+falhou\s+para\s+\S+/,
    certificateError: /^\s*Erro\s+de\s+certificado\s+para\s+\S+/m,
  }),
  k9Rows(CERT, 'pt-rPT', {
    securityThreat:
      /A\s+aplicação\s+detetou\s+um\s+potencial\s+risco\s+de\s+segurança\s+e\s+não\s+continuou\s+a\s+ligar-se\s+a\s+\S+/,
  }),
  k9Rows(VALIDATE, 'pt-rPT', {
    authError: /^\s*Erro\s+de\s+autenticação\s*[.!！]?\s*$/,
    missingCapability: /O\s+servidor\s+não\s+tem\s+esta\s+funcionalidade\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
)

export const ANDROID_RO: AndroidRows = androidLang(
  aospRows('ro', {
    tlsRequired: /TLS\s+solicitat,\s+dar\s+neacceptat\s+de\s+către\s+server/,
    authRequired: /Metodele\s+de\s+autentificare\s+nu\s+sunt\s+acceptate\s+de\s+server/,
    authMessage: /Numele\s+de\s+utilizator\s+sau\s+parola\s+sunt\s+incorecte/,
    certificateMessage: /Nu\s+se\s+poate\s+conecta\s+în\s+siguran[ţț]ă\s+la\s+server/,
    security: /Nu\s+s-a\s+putut\s+deschide\s+conexiunea\s+la\s+server\s+din\s+cauza\s+unei\s+erori\s+de\s+securitate/,
    ioError: /^\s*Nu\s+s-a\s+putut\s+deschide\s+conexiunea\s+la\s+server[.。]?\s*$/m,
    serverMessage: /^\s*Nu\s+se\s+poate\s+conecta\s+la\s+server[.。]?\s*$/m,
    loginFailedTicker: /^\s*Conectare\s+e[şș]uată\s+pentru\s+\S+?[.。]?\s*$/m,
    loginFailedTitle: /^\s*Nu\s+s-a\s+putut\s+conecta[.。]?\s*$/m,
  }),
  k9Rows(NOTIFY, 'ro', {
    incomingAuthFailed: /Autentificarea\s+a\s+e[şș]uat\s+pentru\s+\S+/,
    outgoingAuthFailed: /Autentificarea\s+a\s+e[şș]uat\s+pentru\s+\S+/,
    certificateError: /^\s*Eroare\s+de\s+certificat\s+pentru\s+\S+/m,
  }),
  k9Rows(LEGACY, 'ro', {
    authFailed: /Authentificare\s+e[şș]uată\s+pentru\s+\S+/,
    certificateError: /^\s*Eroare\s+de\s+certificat\s+pentru\s+\S+/m,
  }),
  k9Rows(CERT, 'ro', {
    securityThreat:
      /Aplica[ţț]ia\s+a\s+detectat\s+o\s+poten[ţț]ială\s+amenin[ţț]are\s+la\s+adresa\s+securită[ţț]ii\s+[şș]i\s+nu\s+a\s+continuat\s+să\s+se\s+conecteze\s+la\s+\S+/,
  }),
  k9Rows(VALIDATE, 'ro', {
    authError: /^\s*Eroare\s+de\s+autentificare\s*[.!！]?\s*$/,
    missingCapability: /Serverului\s+îi\s+lipse[şș]te\s+această\s+capacitate\s*[:：]\s*(?:STARTTLS|STLS)/,
  }),
  k9Rows(SETTINGS, 'ro', {
    passwordAuthFailed: /^\s*Autentificarea\s+a\s+e[şș]uat\s*[.!！]?\s*$/,
  }),
)
