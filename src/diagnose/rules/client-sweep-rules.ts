// Round 13b (issue 14): the mail programs' own string tables read whole (Thunderbird's imap/local/compose/messenger
// tables in en/it/fr/de/es, Thunderbird for Android's and FairEmail's strings.xml, Outlook's 0x800CCCxx codes),
// test/corpus/source-tables.jsonl. Each row reads a class of dialogs by what it means, in every language the
// source has, not one wording; the earlier rounds' rows already read most of these tables.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const TB = 'mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/'
const TB_ANDROID = 'thunderbird/thunderbird-android:feature/'
const FAIREMAIL = 'M66B/FairEmail:app/src/main/res/values/strings.xml'

export const CLIENT_SWEEP_RULES: ClassifierRule[] = [
  // nsErrorCouldNotConnectViaTls: Pop3Client.sys.mjs shows it only when STARTTLS is required and the server's
  // CAPA has no STLS. Its words ("unable to establish a TLS connection to the POP3 server") read as a failed
  // handshake; they mean the upgrade was never offered.
  ...sourced(`${TB}localMsgs.properties`, [
    {
      cause: 'starttls_not_offered',
      text: /^(?=[\s\S]*(?:establish|stabilire|établir|hergestellt|establecer))[\s\S]*\bTLS\b.{0,40}\bPOP3\b/i,
    },
  ]),
  // imapAuthGssapiFailed, pop3GssapiFailure, smtpAuthGssapi: the Kerberos ticket, the credential, was refused.
  ...sourced(`${TB}imapMsgs.properties`, [
    {
      cause: 'auth_bad_credentials',
      text: /Kerberos\/GSSAPI?\b.{0,80}?(not accepted|non (sono state|è stato) accettat|pas été accepté|nicht akzeptiert|no ha sido aceptado)/i,
    },
  ]),
  // Thunderbird for Android's certificate notification and its warning screen: the chain was not trusted (the app
  // offers to accept the certificate, which it does only for a certificate it could not verify).
  ...sourced(`${TB_ANDROID}notification/api/src/commonMain/composeResources/values/strings.xml`, [
    {
      cause: 'tls_cert_untrusted',
      text: /^(Certificate error for|Errore certificato per|Erreur de certificat pour|Zertifikatsproblem|Error de certificado para)\b/im,
    },
  ]),
  ...sourced(`${TB_ANDROID}account/server/certificate/src/main/res/values/strings.xml`, [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /detected a potential security threat and did not continue to connect|potenziale minaccia alla sicurezza/,
        /détecté une menace de sécurité potentielle|potenzielle Sicherheitsbedrohung erkannt/,
        /ha detectado un posible problema de seguridad/,
      ),
    },
  ]),
  // The validation screen's bare title for an AuthenticationFailedException, alone (a title above the server's
  // own words lets them decide), in each language; and Thunderbird's es account-setup sentence, which goes on to
  // ask for the user name and password.
  ...sourced(`${TB_ANDROID}account/server/validation/src/main/res/values/strings.xml`, [
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        /^\s*¡?(Authentication error|Errore di autenticazione|Erreur d'authentification|Authentifizierungsfehler)\s*[.!]?\s*$/,
        /^\s*¡?(Error (en la|de) autenticaci[oó]n|La autenticaci[oó]n ha fallado)\s*[.!]?\s*$/,
      ),
    },
  ]),
  ...sourced('thunderbird/thunderbird-l10n:es-ES/mail/messenger/accountcreation/accountSetup.ftl', [
    {
      cause: 'auth_bad_credentials',
      text: /^\s*Error en la autenticaci[oó]n\.\s+(Por favor, compruebe|O las credenciales)/,
    },
  ]),
  ...sourced(FAIREMAIL, [
    // title_setup_office_not_connected: FairEmail's own reading of Office 365's "User is authenticated but not
    // connected" is that IMAP is switched off for the mailbox; the dialog says so in the user's language.
    {
      cause: 'imap_disabled',
      // German puts the verb last: "dass IMAP deaktiviert ist".
      text: anyOf(
        /\bIMAP (?:access )?(?:is|è|est|ist|está) (?:disabled|disabilitato|désactivé|deaktiviert|deshabilitado)/,
        /\bdass IMAP deaktiviert ist/,
      ),
    },
    // title_setup_no_auth_outlook: Microsoft accounts take only OAuth (the Outlook / Office 365 wizard).
    {
      cause: 'auth_basic_auth_disabled',
      text: /Outlook ?\/ ?Office 365\W.{0,80}\((?:required by|richiesto da|requis par|wird von|requerido por) Microsoft/i,
    },
    // title_no_internet: the device has no usable network at all.
    {
      cause: 'net_unreachable',
      text: anyOf(
        /\b(no|nessuna|aucune|keine) (or no suitable |o inadeguata |oder keine passende )?(internet ?connection)/,
        /\b(nessuna|aucune|keine)\b.{0,30}(connessione a internet|connexion internet|internetverbindung)/,
        /\bninguna conexi[oó]n adecuada de internet/,
      ),
    },
    // title_setup_app_password_hint in Italian ("password dell'app", "password di un'app").
    { cause: 'auth_app_password_required', text: /\bpassword (dell|di un)'app\b/i },
    // title_service_error10 in Spanish: the OAuth authorization must be given again.
    { cause: 'auth_token_invalid', text: /necesita ser autenticada de nuevo/i },
  ]),
]

const CAMEL = 'GNOME/evolution-data-server:src/camel/'
const NEOMUTT = 'neomutt/neomutt:'

// Round 13b, second batch: Evolution's camel and NeoMutt, each with its po translations (it, fr, de, es).
export const CLIENT_SWEEP_RULES_2: ClassifierRule[] = [
  // camel-session.c, camel-imapx-server.c, camel-smtp-transport.c: the mechanism chosen is not offered.
  ...sourced(`${CAMEL}camel-session.c`, [
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /\b(does not|doesn't) support [A-Z0-9-]+ authentication|\bno support for [A-Z0-9-]+ authentication/,
        /nessun supporto per l'autenticazione|aucune prise en charge pour l'authentification/,
        /no hay soporte para la autenticaci[oó]n/,
      ),
    },
    // "%s authentication failed" with the mechanism translated ("Autenticazione IN CHIARO non riuscita").
    { cause: 'auth_bad_credentials', text: /^Autenticazione (in chiaro|[A-Z0-9-]+) non riuscita\.?$/i },
  ]),
  // camel-smtp-transport.c: the message's From address cannot be used as the envelope sender.
  ...sourced(`${CAMEL}providers/smtp/camel-smtp-transport.c`, [
    {
      cause: 'smtp_sender_rejected',
      text: anyOf(
        /sender address (is )?not valid|indirizzo (del )?mittente non valido/,
        /adresse de l'exp[ée]diteur n'est pas valide|Absenderadresse ist nicht g[üu]ltig/,
        /direcci[oó]n del remitente no v[aá]lida/,
      ),
    },
  ]),
  // camel-net-utils.c: EAI_NONAME, the name does not exist ("check your host name for spelling errors").
  ...sourced(`${CAMEL}camel-net-utils.c`, [
    { cause: 'dns_nxdomain', text: /Host lookup .{1,120} failed\. Check your host ?name for spelling errors/i },
  ]),
  // imap/auth_login.c: the server announced LOGINDISABLED (RFC 3501: no LOGIN before TLS).
  ...sourced(`${NEOMUTT}imap/auth_login.c`, [
    {
      cause: 'auth_plaintext_disabled',
      text: anyOf(
        /\bLOGIN (disabled|non è abilitato|désactivée?|desactivado) (on|su|sur|en) (this|questo|ce|este) serv/,
        /\bLOGIN ist bei diesem Server abgeschaltet/,
      ),
    },
  ]),
  // imap/imap.c, pop/lib.c: after STARTTLS the TLS negotiation failed; with $ssl_force_tls and no STARTTLS
  // offered, "Encrypted connection unavailable".
  ...sourced(`${NEOMUTT}imap/imap.c`, [
    {
      cause: 'starttls_failed',
      text: anyOf(
        /\b(could not|couldn't|unable to) negotiate (a |the )?TLS connection/,
        /impossibile negoziare la connessione TLS|impossible de négocier la connexion TLS/,
        /konnte keine TLS-Verbindung (realisieren|aushandeln)|no se pudo negociar una conexi[oó]n TLS/,
      ),
    },
    {
      cause: 'starttls_not_offered',
      text: anyOf(
        /\bencrypted connection (is )?unavailable|connessione cifrata non disponibile/,
        /connexion chiffrée non disponible|verschlüsselte Verbindung nicht verfügbar/,
        /conexi[oó]n cifrada no disponible/,
      ),
    },
    // "SMTP server does not support authentication" (send/smtp.c) in it/fr/de/es: read as MailKit's English is.
    {
      cause: 'auth_plaintext_disabled',
      text: anyOf(
        /il server SMTP non supporta l'autenticazione|le serveur SMTP ne supporte pas l'authentification/,
        /SMTP-Server unterstützt keine Authentifizierung|el servidor SMTP no soporta autenticaci[oó]n/,
      ),
    },
  ]),
  // conn/gnutls.c, conn/openssl.c: "Untrusted server certificate" as fr and de render it; pop/auth.c's
  // "Authentication failed" in es.
  ...sourced(`${NEOMUTT}po/fr.po`, [
    {
      cause: 'tls_cert_untrusted',
      text: /le certificat du serveur n'a pas pu être validé|Serverzertifikat wird nicht vertraut/i,
    },
    { cause: 'auth_bad_credentials', text: /verificaci[oó]n de autenticidad fall[oó]/i },
  ]),
]

const CLAWS = 'eworm-de/claws-mail:src/'
const GEARY = 'GNOME/geary:src/client/'

// Round 13b, third batch: Claws Mail (libetpan's IMAP errors, its socket and certificate checks) and Geary, each
// with its po translations (it, fr, de, es).
export const CLIENT_SWEEP_RULES_3: ClassifierRule[] = [
  // imap.c, common/smtp.c, pop.c: STARTTLS was sent (or offered) but the TLS session did not start.
  ...sourced(`${CLAWS}imap.c`, [
    {
      cause: 'starttls_failed',
      text: anyOf(
        /\b(start|avviare|initier|iniciar) (a |the |una |une |la )?(STARTTLS session|sessione STARTTLS)/,
        /\b(initier|iniciar) (une |la )?(session|sesi[oó]n) STARTTLS|STARTTLS-Sitzung (kann|konnte) nicht gestartet/,
        /^\s*(STARTTLS error|errore STARTTLS|STARTTLS-Fehler|error de STARTTLS|erreur de la commande « ?STARTTLS ?»)\s*$/,
      ),
    },
    // LOGINDISABLED ("Server logins are disabled") and a server that takes a login only after STARTTLS.
    {
      cause: 'auth_plaintext_disabled',
      text: anyOf(
        /server requires STARTTLS to log ?in|server richiede il STARTTLS per il login|serveur nécessite STARTTLS/,
        /Server erfordert STARTTLS|servidor necesita STARTTLS/,
        /server logins are disabled|login al server è disabilitato|connexions au serveur sont désactivées/,
        /Serverlogins sind deaktiviert|accesos al servidor están deshabilitados/,
      ),
    },
    // libetpan's MAILIMAP_ERROR_LOGIN and Claws' "login refused" / "couldn't login" / "error on authentication".
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        /^\s*(LOGIN error|errore LOGIN|LOGIN-Fehler|error de LOGIN|erreur de la commande « ?LOGIN ?»)\s*$/,
        /\blogin (refused|rifiutato|abgelehnt)|nom d'utilisateur\S* refusé|autenticaci[oó]n rechazada/,
        /\b(couldn't|could not) login to (the )?(IMAP|POP3?|SMTP) server|effettuare il login al server/,
        /Authentification impossible au serveur|Einloggen am \S+-Server \S+ schlug fehl|No se puede entrar al servidor/,
        /error occurred on authentication|errore durante l'autenticazione|erreur lors de l'autorisation/,
        /Fehler beim Authentifizieren|hubo un error en la autenticaci[oó]n/,
        /^\s*(Autenticazione fallita|Authentifizierung schlug fehl|La autenticaci[oó]n fall[oó])(?![a-záéíóú])/,
      ),
    },
    // The server closed the connection under the client (inc.c, send_message.c; libetpan's broken stream).
    {
      cause: 'tcp_reset',
      text: anyOf(
        /chiusa dall'host remoto|fermée par l'hôte distant|durch Gegenseite getrennt|von der Gegenstelle geschlossen/,
        /cerrada por la m[aá]quina remota|\bIMAP connection broken|Connessione IMAP interrotta/,
        /Connexion IMAP rompue|Conexi[oó]n IMAP rota/,
      ),
    },
    // "Connection timed out." and "Connection to %s:%d timed out." as fr, de and es render them (fr's
    // "a échoué" is its rendering of the timeout), and the bare "can't connect" in de, read as CONNECT_FALLBACK
    // reads it in the other languages.
    {
      cause: 'tcp_timeout',
      text: anyOf(
        /Dépassement du délai d'attente de la connexion|^La connexion vers \S+:\d+ a échoué\.?$/,
        /^Verbindung abgelaufen\.?$|^Verbindung zu \S+ verfallen\.?$|^Keine Verbindung zu(m)? (IMAP|POP3)-Server\b/,
        /La conexi[oó]n (con \S+ )?excedi[oó] el l[ií]mite de tiempo/,
      ),
    },
    // common/socket.c: "unknown host" as es renders it.
    { cause: 'dns_nxdomain', text: /^\S+:\d+: anfitri[oó]n desconocido\.?$/m },
  ]),
  // common/ssl_certificate.c: a chain with no known issuer, an issuer that is not a CA, a self-signed certificate.
  ...sourced(`${CLAWS}common/ssl_certificate.c`, [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /no certificate issuer found|certificate issuer is not a CA|ente di rilascio certificato|Certificato auto-firmato/,
        /[ée]metteur (du |de )?certificat|Zertifikat hat keinen Aussteller|Aussteller ist keine Zertifizierungsstelle/,
        /emisor del certificado|Selbst signiertes Zertifikat|Certificado firmado por s[ií] mismo/,
      ),
    },
  ]),
  // dialogs/certificate-warning-dialog.vala, accounts-editor, application-main-window: the reason under
  // "Untrusted Connection", and the login problems the account editor names.
  ...sourced(`${GEARY}dialogs/certificate-warning-dialog.vala`, [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /not signed by a known authority|non è firmato da alcuna autorità|n'est pas signé par une autorité reconnue/,
        /von keiner bekannten Zertifizierungsstelle|no est[aá] firmado por una autoridad conocida/,
      ),
    },
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        /identity does not match the identity in the certificate|identità del server non corrisponde/,
        /identité du serveur ne correspond pas|Identität des Servers stimmt nicht|identidad del servidor no coincide/,
      ),
    },
    {
      cause: 'tls_cert_not_yet_valid',
      text: anyOf(
        /certificate has not been activated|certificato del server non è stato attivato/,
        /certificat du serveur n'a pas été activé|Zertifikat des Servers wurde nicht aktiviert/,
        /no se ha activado el certificado/,
      ),
    },
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        // Geary shows each alone: anchored at the start (anyOf reads no m flag), not inside a longer sentence.
        /^\s*check your (receiving |sending )?(login|email address) and password|incorrect login or password/,
        /^\s*controllare (le credenziali di accesso|indirizzo email e password)|nome di accesso o una password non corretti/,
        /^\s*v[ée]rifie[rz] votre (nom d'utilisateur|adresse courriel) et (votre )?mot de passe/,
        /^\s*Prüfen Sie Ihre E-Mail-Adresse und Ihr Passwort|^\s*compr(uebe|obar) (el usuario|la direcci[oó]n de correo) y la/,
      ),
    },
  ]),
]

// Round 13b, fourth batch: Mailspring's LocalizedErrorStrings (mailcore's error codes, one sentence each) and their
// app/lang translations. Ordered so that "StartTLS is not available" is read before "<provider> is unavailable".
export const CLIENT_SWEEP_RULES_4: ClassifierRule[] = sourced('Foundry376/Mailspring:app/src/mailsync-process.ts', [
  {
    cause: 'starttls_not_offered',
    text: /\bStart ?TLS (is not|non è|n'est pas|ist nicht|no está) (available|disponibile|disponible|verfügbar)/i,
  },
  { cause: 'server_unavailable', text: /^\s*(Yahoo|Gmail|Outlook|iCloud) (is unavailable|non è disponibile)\.?\s*$/i },
  {
    cause: 'server_unavailable',
    text: /^\s*(Yahoo|Gmail|Outlook|iCloud) (est indisponible|ist nicht verfügbar|no está disponible)\.?\s*$/i,
  },
  {
    cause: 'protocol_error',
    text: /^\s*(Parsing Error|Errore di analisi|Erreur de traitement|Parsing Fehler|Error de sint[aá]xis)\s*$/i,
  },
  {
    cause: 'tls_cert_untrusted',
    text: /^\s*(Certificate Error|Errore del certificato|Erreur de certificat|Zertifikatfehler|Error de certificado)\s*$/i,
  },
  {
    cause: 'auth_bad_credentials',
    text: /^\s*(Authentication Error|Errore di autenticazione|Erreur d'authentification|Error de autenticaci[oó]n)\s*[-–:]\s*(Check|Controlla|Vérifiez|verifique)\b/i,
  },
  {
    cause: 'imap_disabled',
    text: /\bIMAP\b.{0,20}\b(is not enabled|non è abilitato|n'est pas activé|no está habilitado|ist nicht aktiviert)/i,
  },
  // Gmail's [OVERQUOTA] bandwidth limit and [UNAVAILABLE] connection limit, Yahoo's daily sending limit: a wait.
  {
    cause: 'auth_rate_limited',
    text: anyOf(
      /(bandwidth|larghezza di banda|bande passante|Bandbreite|ancho de banda).{0,20}(exceeded|superat|dépassée|überschritten)/,
      /\bancho de banda .{0,12}superado|too many active connections|zu viele aktive Verbindungen/,
      /daily sending limit|limite d'envoi quotidienne|limite di invio giornalier|Sendelimit|límite de envío diario/,
    ),
  },
  {
    cause: 'auth_web_login_required',
    text: anyOf(
      /sign in via (a web browser|your webmail)|accedere tramite (un browser web|la tua webmail)/,
      /connecter via (un navigateur Web|votre messagerie Web)|über (einen Webbrowser|Ihr Webmail) anmelden/,
      /iniciar sesi[oó]n a trav[eé]s de (un navegador web|su correo web)/,
    ),
  },
  {
    cause: 'auth_app_password_required',
    text: /password specifica dell'applicazione|mot de passe spécifique à l'application|contraseña específica de aplicaci[oó]n/i,
  },
  {
    cause: 'smtp_relay_denied',
    text: anyOf(
      /would not relay a message|non può inoltrare un messaggio|ne relaie pas un message/,
      /würde keine Nachricht weiterleiten|no retransmitir[ií]a un mensaje/,
    ),
  },
  {
    cause: 'auth_mechanism_unsupported',
    text: anyOf(
      /does not support basic username ?\/ ?password authentication|non supporta l'autenticazione nome utente/,
      /ne prend pas en charge l'authentification de base|unterstützt keine grundlegende Benutzername/,
      /no admite la autenticaci[oó]n b[aá]sica/,
    ),
  },
])

const OE = 'http://tthosting.dk/MSOutlookErrorCodes.htm'
const OE_POP3 = 'http://pc-error-free.com/blog/?p=20'

/**
 * Outlook / Outlook Express codes whose table row names one of our causes (added to code-tables' WINDOWS_MAIL, which
 * checks their shape: no import from it here, so that the two files import in one direction only).
 */
export const OUTLOOK_CODES = {
  '0x800CCC01': { cause: 'tls_cert_hostname_mismatch', name: 'INVALID_CERT_CN', source: OE },
  '0x800CCC02': { cause: 'tls_cert_expired', name: 'INVALID_CERT_DATE', source: OE },
  '0x800CCC16': { cause: 'auth_bad_credentials', name: 'INVALID_ACCOUNT', source: OE },
  // The server refused MAIL FROM (KB Q306041: the address in the account's e-mail or Reply-To field); a server reply
  // quoted beside the code says why, and is read first.
  '0x800CCC78': {
    cause: 'smtp_sender_rejected',
    name: 'SMTP_REJECTED_SENDER',
    source: 'https://github.com/jeffpar/kbarchive/blob/master/kb/306/Q306041/README.md',
  },
  '0x800CCC93': { cause: 'protocol_error', name: 'POP3_PARSE_FAILURE', source: OE_POP3 },
}
