// Round 34 (issue 14): the AOSP Email app's setup and sign-in dialogs in en, it, de, fr, es, pt-BR and zh-CN, each
// read with the cause of the exception that shows it (src/diagnose/rules/android-email-rules.ts). The sentences that
// name a step (STARTTLS missing, no mechanism in common, a refused login) are sure; those that only say the
// connection failed, or failed "safely", are guesses that a detail line pasted with them overrules.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => explainText({ text }).classification

describe("the AOSP Email app's dialogs", () => {
  const sure: Array<[string, string]> = [
    // TLS_REQUIRED: STARTTLS chosen, not offered.
    ['TLS required but not supported by server.', 'starttls_not_offered'],
    ['TLS richiesto ma non supportato dal server.', 'starttls_not_offered'],
    ['TLS erforderlich aber nicht von Server unterstützt', 'starttls_not_offered'],
    ['Protocole TLS requis mais non pris en charge par le serveur.', 'starttls_not_offered'],
    ['El protocolo TLS es obligatorio, pero el servidor no lo admite.', 'starttls_not_offered'],
    ['TLS solicitado, mas não suportado pelo servidor.', 'starttls_not_offered'],
    ['需要 TLS，但服务器不支持 TLS。', 'starttls_not_offered'],
    // AUTH_REQUIRED: EHLO offered neither PLAIN nor LOGIN.
    ["Authentication methods aren't supported by server.", 'auth_mechanism_unsupported'],
    ['Authentication methods are not supported by server.', 'auth_mechanism_unsupported'],
    ['I metodi di autenticazione non sono supportati dal server.', 'auth_mechanism_unsupported'],
    ['Authentifizierungsmethoden werden nicht vom Server unterstützt.', 'auth_mechanism_unsupported'],
    ["Les méthodes d'authentification ne sont pas compatibles avec le serveur.", 'auth_mechanism_unsupported'],
    ['El servidor no admite métodos de autenticación.', 'auth_mechanism_unsupported'],
    ['Os métodos de autenticação não são suportados pelo servidor.', 'auth_mechanism_unsupported'],
    ['服务器不支持身份验证方法。', 'auth_mechanism_unsupported'],
    // AUTHENTICATION_FAILED, and the saved login refused.
    ['Password o nome utente errato.', 'auth_bad_credentials'],
    ['Nome de usuário ou senha incorretos.', 'auth_bad_credentials'],
    ['用户名或密码不正确。', 'auth_bad_credentials'],
    ['Password o nome utente di jane@example.com errato. Vuoi aggiornarli ora?', 'auth_bad_credentials'],
    ["Le nom d'utilisateur ou le mot de passe de jane@example.com est incorrect.", 'auth_bad_credentials'],
    [
      'El nombre de usuario o la contraseña de jane@example.com son incorrectos. ¿Quieres actualizarlos ahora?',
      'auth_bad_credentials',
    ],
    ['O nome de usuário ou senha da jane@example.com está incorreto. Deseja atualizar agora?', 'auth_bad_credentials'],
    ['jane@example.com 的用户名或密码不正确。要立即更新吗？', 'auth_bad_credentials'],
  ]
  it.each(sure)('reads %s', (text, cause) => {
    const got = read(text)
    expect(got?.cause).toBe(cause)
    expect(got?.via).not.toBe('fallback')
  })

  const guessed: Array<[string, string]> = [
    // CERTIFICATE_VALIDATION_ERROR (any SSLException while opening).
    ["Can't safely connect to server.", 'tls_cert_untrusted'],
    ['Cannot safely connect to server.', 'tls_cert_untrusted'],
    ['Impossibile connettersi in modo sicuro al server.', 'tls_cert_untrusted'],
    ['Keine sichere Verbindung zum Server möglich', 'tls_cert_untrusted'],
    ["Impossible d'établir une connexion sécurisée avec le serveur.", 'tls_cert_untrusted'],
    ['No se puede establecer conexión de forma segura con el servidor.', 'tls_cert_untrusted'],
    ['Não é possível se conectar ao servidor com segurança.', 'tls_cert_untrusted'],
    ['无法安全地连接到服务器。', 'tls_cert_untrusted'],
    // GENERAL_SECURITY (Exchange: an IOException caused by a CertificateException).
    ["Couldn't open connection to server due to security error.", 'tls_cert_untrusted'],
    ['Impossibile stabilire la connessione al server a causa di un errore di sicurezza.', 'tls_cert_untrusted'],
    ['Verbindung zu Server kann aufgrund eines Sicherheitsfehlers nicht hergestellt werden.', 'tls_cert_untrusted'],
    ["Impossible d'établir la connexion avec le serveur en raison d'une erreur de sécurité.", 'tls_cert_untrusted'],
    ['No se ha podido establecer conexión con el servidor debido a un error de seguridad.', 'tls_cert_untrusted'],
    ['Não foi possível abrir a conexão com o servidor devido a um erro de segurança.', 'tls_cert_untrusted'],
    ['由于安全错误，无法连接到服务器。', 'tls_cert_untrusted'],
    // IOERROR: a bare "could not connect".
    ["Couldn't open connection to server.", 'tcp_timeout'],
    ['Unable to open connection to server.', 'tcp_timeout'],
    ['Verbindung zum Server kann nicht geöffnet werden.', 'tcp_timeout'],
    ['Keine Verbindung zum Server möglich.', 'tcp_timeout'],
    ['No se ha podido establecer conexión con el servidor.', 'tcp_timeout'],
    ['Não foi possível abrir a conexão com o servidor.', 'tcp_timeout'],
    ['Não é possível se conectar ao servidor.', 'tcp_timeout'],
    // The sign-in notification, and the failed login's first line.
    ['jane@example.com signin unsuccessful.', 'auth_bad_credentials'],
    ["Couldn't sign in", 'auth_bad_credentials'],
    ['Accesso a jane@example.com non riuscito.', 'auth_bad_credentials'],
    ['Anmeldung in jane@example.com erfolglos', 'auth_bad_credentials'],
    ['Anmeldung nicht möglich', 'auth_bad_credentials'],
    ['Fehler bei der Anmeldung.', 'auth_bad_credentials'],
    ['Échec de la connexion au compte jane@example.com.', 'auth_bad_credentials'],
    ["Le nom d'utilisateur ou le mot de passe est incorrect.", 'auth_bad_credentials'],
    ['Error al iniciar sesión en jane@example.com', 'auth_bad_credentials'],
    ['Error de inicio de sesión', 'auth_bad_credentials'],
    ['Falha no login de jane@example.com.', 'auth_bad_credentials'],
    ['Falha no login.', 'auth_bad_credentials'],
    ['Não foi possível fazer login', 'auth_bad_credentials'],
    ['无法登录', 'auth_bad_credentials'],
  ]
  it.each(guessed)('guesses from %s', (text, cause) => {
    expect(read(text)).toMatchObject({ cause, via: 'fallback' })
  })

  it("lets the exception's message in parentheses decide over the dialog's guess", () => {
    const detail = '(Certificate hostname not useable for server: mail.example.com)'
    expect(read(`Can't safely connect to server.\n${detail}`)).toMatchObject({
      cause: 'tls_cert_hostname_mismatch',
      via: expect.not.stringMatching(/fallback/),
    })
    expect(read('Fehler bei der Anmeldung.\n(a1 NO [AUTHENTICATIONFAILED] Authentication failed.)')?.via).not.toBe(
      'fallback',
    )
    expect(read('Keine Verbindung zum Server möglich.\nConnection refused')?.cause).toBe('tcp_refused')
  })

  it('says nothing for the dialogs about none of our causes', () => {
    for (const text of [
      'A client certificate is required. Do you want to connect to the server with a client certificate?',
      'Certificato non valido o non accessibile.',
      'Das Zertifikat ist ungültig oder nicht aufrufbar.',
      'Le certificat est invalide ou inaccessible.',
      'El certificado no es válido o no se puede acceder a él.',
      'O certificado é inválido ou inacessível.',
      '证书无效或无法使用。',
      "You don't have permission to sync with this server. Contact your server's administrator for more information.",
    ])
      expect(read(text), text).toBeNull()
  })

  it('reads the short sign-in lines only as whole lines', () => {
    expect(read('Error al iniciar sesión en Gmail con la nueva versión de la aplicación, ayuda')?.cause).not.toBe(
      'auth_bad_credentials',
    )
    expect(read('Falha no login de usuários com nomes longos no fórum')?.cause).not.toBe('auth_bad_credentials')
    expect(read('无法登录论坛，请问怎么办')?.cause).not.toBe('auth_bad_credentials')
    expect(read('Anmeldung nicht möglich, weil das Forum gewartet wird')?.cause).not.toBe('auth_bad_credentials')
    expect(read('Sign-in failed for the web portal because the page expired')?.cause).not.toBe('auth_bad_credentials')
    expect(read('Password o nome utente errato nel modulo del sito, ma la posta funziona')?.cause).not.toBe(
      'auth_bad_credentials',
    )
  })

  it('keeps a plain open-connection line apart from the security-error one', () => {
    expect(read('Unable to open connection to server due to security error.')?.cause).toBe('tls_cert_untrusted')
    expect(read('Unable to open connection to server.')?.cause).toBe('tcp_timeout')
  })

  it('reads "TLS required but not supported" only as the whole sentence', () => {
    expect(read('530 5.7.0 Must issue a STARTTLS command first')?.cause).not.toBe('starttls_not_offered')
    expect(read('TLS required')?.cause).not.toBe('starttls_not_offered')
  })
})
