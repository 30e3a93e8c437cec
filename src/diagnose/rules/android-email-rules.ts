// Round 34 (issue 14): the AOSP Email app's dialogs (and the OEM Email apps built on it), read from its string
// tables in en, it, de, fr, es, pt (pt-BR) and zh-CN, each with the cause of the MessagingException that shows it
// (CheckSettingsErrorDialogFragment / AccountCheckSettingsFragment.getErrorString, MailTransport, SmtpSender,
// ImapConnection). Only sentences whose answer today was missing or contradicted their trigger have a row;
// test/corpus/source-tables.jsonl holds every string read, and test/classifier-android-email.test.ts runs them.
import { sourced, type ClassifierRule } from './rule.js'

const EMAIL = 'aosp-mirror/platform_packages_apps_email:res/'
const EN = `${EMAIL}values/strings.xml`
const IT = `${EMAIL}values-it/strings.xml`
const DE = `${EMAIL}values-de/strings.xml`
const FR = `${EMAIL}values-fr/strings.xml`
const ES = `${EMAIL}values-es/strings.xml`
const PT = `${EMAIL}values-pt/strings.xml`
const ZH = `${EMAIL}values-zh-rCN/strings.xml`

export const ANDROID_EMAIL_RULES: ClassifierRule[] = [
  // The detail the app puts after "Can't safely connect to server" (below) when the name check failed: Android's
  // SSLCertificateSocketFactory.verifyHostname throws SSLPeerUnverifiedException("Cannot verify hostname: " + host)
  // when the certificate is for other names (the Email app's MailTransport calls it after every handshake).
  ...sourced('aosp-mirror/platform_frameworks_base:core/java/android/net/SSLCertificateSocketFactory.java', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bCannot verify hostname: [\w.-]+/ },
  ]),
  // account_setup_failed_tls_required: TLS_REQUIRED, thrown by ImapConnection.doStartTls and SmtpSender.open when
  // STARTTLS was chosen and the server's capabilities lack it. Its "TLS required" read as a refused plaintext login.
  ...sourced(EN, [{ cause: 'starttls_not_offered', text: /\b(START)?TLS required but not supported by server\b/ }]),
  // The credentials screen's warning when the server refused the address or the password.
  ...sourced(EN, [{ cause: 'auth_bad_credentials', text: /\bEmail address or password are incorrect\b/i }]),
  ...sourced(IT, [
    { cause: 'auth_bad_credentials', text: /\bLa password o l['’]indirizzo email non sono corretti\b/i },
  ]),
  ...sourced(FR, [
    { cause: 'auth_bad_credentials', text: /\bL['’]adresse e-mail ou le mot de passe sont incorrects\b/i },
  ]),
  ...sourced(IT, [{ cause: 'starttls_not_offered', text: /\bTLS richiesto ma non supportato dal server\b/ }]),
  ...sourced(DE, [{ cause: 'starttls_not_offered', text: /\bTLS erforderlich,? aber nicht von Server unterstützt/ }]),
  ...sourced(FR, [
    { cause: 'starttls_not_offered', text: /\bProtocole TLS requis mais non pris en charge par le serveur\b/ },
  ]),
  ...sourced(ES, [
    { cause: 'starttls_not_offered', text: /\bEl protocolo TLS es obligatorio, pero el servidor no lo admite\b/ },
  ]),
  ...sourced(PT, [{ cause: 'starttls_not_offered', text: /\bTLS solicitado, mas não suportado pelo servidor\b/ }]),
  ...sourced(ZH, [{ cause: 'starttls_not_offered', text: /需要 ?TLS，但服务器不支持 ?TLS/ }]),
  // account_setup_failed_auth_required: AUTH_REQUIRED, SmtpSender's EHLO offered neither AUTH PLAIN nor LOGIN.
  ...sourced(EN, [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bAuthentication methods (?:are not|aren['’]t) supported by server\b/,
    },
  ]),
  ...sourced(IT, [
    { cause: 'auth_mechanism_unsupported', text: /\bI metodi di autenticazione non sono supportati dal server\b/ },
  ]),
  ...sourced(DE, [
    { cause: 'auth_mechanism_unsupported', text: /\bAuthentifizierungsmethoden werden nicht vom Server unterstützt/ },
  ]),
  ...sourced(FR, [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bLes méthodes d['’]authentification ne sont pas compatibles avec le serveur\b/,
    },
  ]),
  ...sourced(ES, [{ cause: 'auth_mechanism_unsupported', text: /\bEl servidor no admite métodos de autenticación/ }]),
  ...sourced(PT, [
    { cause: 'auth_mechanism_unsupported', text: /\bOs métodos de autenticação não são suportados pelo servidor\b/ },
  ]),
  ...sourced(ZH, [{ cause: 'auth_mechanism_unsupported', text: /服务器不支持身份验证方法/ }]),
  // account_setup_failed_dlg_auth_message (AUTHENTICATION_FAILED without the server's words: a 535, or IMAP's
  // [AUTHENTICATIONFAILED]) and account_settings_login_dialog_content_fmt (the account's saved login was refused).
  // Whole line for the bare sentence: the same words can open a longer one.
  ...sourced(IT, [
    { cause: 'auth_bad_credentials', text: /^\s*Password o nome utente errato\.?\s*$/m },
    { cause: 'auth_bad_credentials', text: /\bPassword o nome utente di \S+ errato\b/ },
  ]),
  ...sourced(FR, [
    { cause: 'auth_bad_credentials', text: /\bLe nom d['’]utilisateur ou le mot de passe de \S+ est incorrect\b/ },
  ]),
  ...sourced(ES, [
    { cause: 'auth_bad_credentials', text: /\bEl nombre de usuario o la contraseña de \S+ son incorrectos\b/ },
  ]),
  ...sourced(PT, [
    { cause: 'auth_bad_credentials', text: /^\s*Nome de usuário ou senha incorretos\.?\s*$/m },
    { cause: 'auth_bad_credentials', text: /\bO nome de usuário ou senha da \S+ está incorreto\b/ },
  ]),
  ...sourced(ZH, [{ cause: 'auth_bad_credentials', text: /用户名或密码不正确/ }]),
]

// Read as guesses, first among the "could not connect" ones (connection-rules.ts CONNECT_FALLBACK): their words
// say which step failed, which the generic "impossibile connettersi" / "impossible d'établir une connexion" rows
// would read as a silent port. A detail line the app adds in parentheses (the exception's message) decides first.
export const ANDROID_EMAIL_FALLBACK: ClassifierRule[] = [
  // account_setup_failed_dlg_certificate_message: CERTIFICATE_VALIDATION_ERROR, any SSLException while opening
  // (MailTransport, ImapConnection, SmtpSender); the string's own note: the server's identity "cannot be established
  // or trusted". Mostly a chain the device does not trust (the app offers "Accept all certificates").
  ...sourced(EN, [{ cause: 'tls_cert_untrusted', text: /\b(?:Can['’]t|Cannot) safely connect to server\b/ }]),
  ...sourced(IT, [{ cause: 'tls_cert_untrusted', text: /\bImpossibile connettersi in modo sicuro al server\b/ }]),
  ...sourced(DE, [{ cause: 'tls_cert_untrusted', text: /\bKeine sichere Verbindung zum Server möglich/ }]),
  ...sourced(FR, [
    { cause: 'tls_cert_untrusted', text: /\bImpossible d['’]établir une connexion sécurisée avec le serveur\b/ },
  ]),
  ...sourced(ES, [
    { cause: 'tls_cert_untrusted', text: /\bNo se puede establecer conexión de forma segura con el servidor\b/ },
  ]),
  ...sourced(PT, [{ cause: 'tls_cert_untrusted', text: /\bNão é possível se conectar ao servidor com segurança/ }]),
  ...sourced(ZH, [{ cause: 'tls_cert_untrusted', text: /无法安全地连接到服务器/ }]),
  // account_setup_failed_security: GENERAL_SECURITY, Exchange's validation when an IOException was caused by a
  // CertificateException ("the server's certificate failed to validate"); older releases also showed it for
  // security policies, hence a guess.
  ...sourced(EN, [
    {
      cause: 'tls_cert_untrusted',
      text: /\b(?:Couldn['’]t|Unable to) open connection to server due to security error\b/,
    },
  ]),
  ...sourced(IT, [
    {
      cause: 'tls_cert_untrusted',
      text: /\bImpossibile stabilire la connessione al server a causa di un errore di sicurezza\b/,
    },
  ]),
  ...sourced(DE, [
    {
      cause: 'tls_cert_untrusted',
      text: /\bVerbindung zu Server kann aufgrund eines Sicherheitsfehlers nicht hergestellt werden\b/,
    },
  ]),
  ...sourced(FR, [
    {
      cause: 'tls_cert_untrusted',
      text: /\bImpossible d['’]établir la connexion avec le serveur en raison d['’]une erreur de sécurité/,
    },
  ]),
  ...sourced(ES, [
    {
      cause: 'tls_cert_untrusted',
      text: /\bNo se ha podido establecer conexión con el servidor debido a un error de seguridad\b/,
    },
  ]),
  ...sourced(PT, [
    {
      cause: 'tls_cert_untrusted',
      text: /\bNão foi possível abrir a conexão com o servidor devido a um erro de segurança/,
    },
  ]),
  ...sourced(ZH, [{ cause: 'tls_cert_untrusted', text: /由于安全错误，无法连接到服务器/ }]),
  // account_setup_failed_ioerror and _dlg_server_message: IOERROR (MailTransport.open's IOException: no name,
  // refused, silent) or any other failure. A bare "could not connect", read as the English one is. Whole line, so
  // that the "due to a security error" sentences above are not read here.
  ...sourced(EN, [{ cause: 'tcp_timeout', text: /^\s*(?:Couldn['’]t|Unable to) open connection to server\.?\s*$/m }]),
  ...sourced(DE, [
    {
      cause: 'tcp_timeout',
      text: /^\s*(?:Verbindung zum Server kann nicht geöffnet werden|Keine Verbindung zum Server möglich)\.?\s*$/m,
    },
  ]),
  ...sourced(ES, [{ cause: 'tcp_timeout', text: /^\s*No se ha podido establecer conexión con el servidor\.?\s*$/m }]),
  ...sourced(PT, [
    {
      cause: 'tcp_timeout',
      text: /^\s*Não (?:é possível se conectar ao servidor|foi possível abrir a conexão com o servidor)\.?\s*$/m,
    },
  ]),
  // login_failed_ticker / _title (the notification of an AuthenticationFailedException while syncing) and
  // account_setup_failed_dlg_auth_message_fmt's first line (AUTHENTICATION_FAILED with the server's words, which
  // follow in parentheses and decide first). Whole lines: the same few words open many other sentences.
  ...sourced(EN, [
    {
      cause: 'auth_bad_credentials',
      text: /^\s*(?:\S+ (?:signin unsuccessful|sign-in failed)|Couldn['’]t sign in|Sign-in failed)\.?\s*$/m,
    },
  ]),
  ...sourced(IT, [{ cause: 'auth_bad_credentials', text: /^\s*Accesso a \S+ non riuscito\.?\s*$/m }]),
  ...sourced(DE, [
    {
      cause: 'auth_bad_credentials',
      text: /^\s*(?:Anmeldung in \S+ erfolglos|Anmeldung nicht möglich|Fehler bei der Anmeldung)\.?\s*$/m,
    },
  ]),
  ...sourced(FR, [
    {
      cause: 'auth_bad_credentials',
      text: /^\s*(?:Échec de la connexion au compte \S+?|Le nom d['’]utilisateur ou le mot de passe est incorrect)\.?\s*$/m,
    },
  ]),
  ...sourced(ES, [
    {
      cause: 'auth_bad_credentials',
      text: /^\s*(?:Error al iniciar sesión(?: en \S+)?|Error de inicio de sesión)\s*$/m,
    },
  ]),
  ...sourced(PT, [
    { cause: 'auth_bad_credentials', text: /^\s*(?:Falha no login(?: de \S+?)?|Não foi possível fazer login)\.?\s*$/m },
  ]),
  ...sourced(ZH, [{ cause: 'auth_bad_credentials', text: /^\s*无法登录\s*$/m }]),
]
