// Round 26c (issue 14): KDE's mail stack read from its sources (kimap's and ksmtp's jobs, kdepim-runtime's Akonadi
// IMAP and POP3 resources) with their po translations (it, de, fr, es), and the Qt socket and certificate sentences
// they pass through (qttranslations' qtbase_*.ts). test/corpus/source-tables.jsonl holds every string read. The
// wrappers around them ("Could not connect to the IMAP-server …", "Login via APOP failed … or the password may be
// wrong") name no cause or several, and are silent (client-silent-lines.ts): the line after them decides.
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { DIALOG_L10N_RULES } from './client-dialogs-l10n.js'
import { ANDROID_APPS_RULES } from './android-apps-rules.js'
import { DESKTOP_CLIENTS_RULES } from './desktop-clients-rules.js'
import { APPLE_L10N_MORE_RULES } from './apple-l10n-more-rules.js'
import { IOS_MAIL_RULES } from './ios-mail-rules.js'
import { MICROSOFT_CONSUMER_RULES } from './microsoft-consumer-rules.js'
import { ANDROID_EMAIL_RULES } from './android-email-rules.js'
import { ANDROID_L10N_MORE_RULES } from './android-l10n-more-rules.js'
import { THUNDERBIRD_L10N_MORE_RULES } from './thunderbird-l10n-more-rules.js'

const KIMAP = 'KDE/kimap:'
const KSMTP = 'KDE/ksmtp:'
const PIM = 'KDE/kdepim-runtime:'
const QT_IT = 'qt/qttranslations:translations/qtbase_it.ts'

export const CLIENT_SWEEP_RULES_5: ClassifierRule[] = [
  // loginjob.cpp: the CAPABILITY before STARTTLS had no STARTTLS ("try using SSL/TLS instead").
  ...sourced(`${KIMAP}po/it/libkimap6.po`, [
    {
      cause: 'starttls_not_offered',
      text: anyOf(
        /STARTTLS (is not supported by the server|non è supportato dal server|wird vom Server nicht unterstützt)/,
        /STARTTLS (n'est pas pris en charge par le serveur|no está implementado en el servidor)/,
      ),
    },
    // LOGINDISABLED announced and no SASL mechanism chosen: a plain LOGIN is refused before TLS.
    {
      cause: 'auth_plaintext_disabled',
      text: anyOf(
        /plain login is disabled by the server|l'accesso semplice è disabilitato dal server/,
        /PLAIN-Anmeldung wird von diesem Server abgelehnt|connexion non chiffrée est désactivée par le serveur/,
        /inicio de sesión sencillo está desactivado en este servidor/,
      ),
    },
    // The SASL mechanism set in the account is not among the server's AUTH= capabilities.
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /authentication mode \S+ is not supported by the server|modalità di autenticazione \S+ non è supportata/,
        /Authentifizierungsmethode \S+ wird vom Server nicht unterstützt/,
        /mode d'authentification « ?\S+ ?» n'est pas pris en charge|el servidor no permite el modo de autenticación/,
      ),
    },
    // sslResponse(false): the upgrade after the server's STARTTLS go-ahead did not complete. (Implicit TLS fails
    // earlier, as a socket error: "SSL handshake failed.", below.)
    {
      cause: 'starttls_failed',
      text: anyOf(
        /TLS negotiation failed|negoziazione TLS non riuscita|TLS-Aushandlung fehlgeschlagen/,
        /négociation « ?TLS ?» a échoué|negociación TLS ha fallado/,
      ),
      // Gmail's Send-As bounce says which check failed after the same words (tls-rules.ts reads it).
      unless: /certificate (doesn't|does not) match the host/i,
    },
    {
      cause: 'tls_handshake_failed',
      text: /^\s*(SSL handshake failed|Negoziazione SSL non riuscita|SSL-Protokollaushandlung ist fehlgeschlagen|Échec de la transaction SSL|El diálogo SSL ha fallado)\.?\s*$/im,
    },
    // job.cpp: "%1 failed, malformed reply from the server." (the reply did not parse).
    {
      cause: 'protocol_error',
      text: anyOf(
        /malformed reply from the server|risposta dal server mal definita|fehlerhafte Antwort vom Server erhalten/,
        /Réponse incorrecte du serveur|respuesta no válida del servidor/,
      ),
    },
    // job.cpp / loginjob.cpp connectionLost(): the socket went away under a running command, as the corpus reads
    // kimap's English sentence.
    {
      cause: 'tcp_reset',
      text: /^\s*(Connessione al server (perduta|interrotta)|Die Verbindung zum Server ist abgebrochen|Interruption de la connexion au serveur|Se ha perdido la conexión con el servidor|Perdida la conexión al servidor|Connessione persa)\.?\s*$/im,
    },
  ]),
  ...sourced(`${KSMTP}po/it/libksmtp6.po`, [
    // job.cpp: a 421 reply, shown in the user's language instead of the server's words.
    {
      cause: 'server_unavailable',
      text: /^\s*(Service not available|Servizio non disponibile|Dienst nicht verfügbar|Service non disponible|El servicio no está dis?ponible)\.?\s*$/im,
    },
    // loginjob.cpp selectAuthentication(): neither the chosen mechanism nor LOGIN nor PLAIN is in the EHLO's AUTH.
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /no matching authentication method has been found|non è stato trovato il metodo di autenticazione corrispondente/,
        /keine passende Authentifizierungsmethode gefunden|aucune méthode d'authentification correspondante/,
        /no se ha encontrado ningún método de concordancia/,
      ),
    },
    // loginjob.cpp: the XOAUTH2 challenge carried status 400 (Google's error response): the token was refused.
    {
      cause: 'auth_token_invalid',
      text: /^\s*(Token expired|Token scaduto|Token ist abgelaufen|Le token a expiré|Token expirado)\.?\s*$/im,
    },
  ]),
  // The Akonadi IMAP resource's notification after any failed login but a failed connect; kimap's reason follows it,
  // and names another cause when it is not the password (the rows above and the server's own reply are read first).
  ...sourced(`${PIM}resources/imap/settingspasswordrequester.cpp`, [
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        /refused the supplied username and password|ha rifiutato il nome utente e la password forniti/,
        /hat den angegebenen Benutzernamen und das Passwort zurückgewiesen/,
        /a refusé le nom d'utilisateur et le mot de passe fournis|ha rechazado el nombre de usuario y la contraseña/,
      ),
      unless: /\[(ALERT|WEBALERT|UNAVAILABLE|OVERQUOTA|LIMIT)\]|Application-specific|web ?browser|too many|temporar/i,
    },
  ]),
  // pop3protocol.cpp: the mechanism asked for is not offered (no SASL in CAPA, no APOP timestamp in the greeting).
  ...sourced(`${PIM}po/it/akonadi_pop3_resource.po`, [
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /POP3 server \(\S+\) does not support (SASL|APOP)|server POP3 \(\S+\) non supporta (SASL|APOP)/,
        /POP3-Server \(\S+\) unterstützt kein (SASL|APOP)|\(\S+\) ne prend pas en charge la méthode d'authentification « (SASL|APOP) »/,
        /servidor POP3 \(\S+\) no permite el uso de (SASL|APOP)/,
      ),
    },
    // STLS was answered -ERR though CAPA listed it.
    {
      cause: 'starttls_failed',
      text: anyOf(
        /POP3 server claims to support TLS but negotiation was unsuccessful|dice di supportare TLS ma la negoziazione/,
        /signalisiert Unterstützung für TLS, aber|prendre en charge la méthode d'authentification « TLS » mais la négociation/,
        /ha declarado que permite usar TLS, aunque la negociación/,
      ),
    },
    // The greeting was not "+OK": another protocol's greeting on the POP3 port ("possibly the wrong port").
    {
      cause: 'protocol_port_mismatch',
      text: new RegExp(
        anyOf(
          /Server does not respond properly|Il server non risponde correttamente|Server antwortet nicht korrekt/,
          /Le serveur ne répond pas correctement|El servidor no ha respondido correctamente/,
        ).source + /\s*:\s*(\* (OK|PREAUTH|BYE)\b|220[ -])/.source,
        'i',
      ),
    },
    // Reading a message: the socket still open but silent, or closed by the other end.
    {
      cause: 'tcp_timeout',
      text: anyOf(
        /^\s*(Timeout from POP3 server|Tempo scaduto dal server POP3|Zeitüberschreitung zum POP3-Server)\b/,
        /^\s*(Aucune réponse dans le temps imparti du serveur « POP3 »|Tiempo de espera agotado en el servidor POP3)/,
      ),
    },
    {
      cause: 'tcp_reset',
      text: anyOf(
        /^\s*(Connection broken from POP3 server|Connessione interrotta dal server POP3)\b/,
        /Die Verbindung zum POP3-Server \S+ ist abgebrochen|Connexion interrompue avec le serveur « POP3 »/,
        /Se ha interrumpido la conexión con el servidor POP3/,
      ),
    },
  ]),
  // Qt's QSslError and QAbstractSocket sentences, which ksmtp and the POP3 resource show as they are ("SSL/TLS
  // error: %1", "%1: %2"), in the translations KDE installs.
  ...sourced(QT_IT, [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        /host name did not match any of the valid hosts|nome dell'host non coincide con nessuno degli host validi/,
        /Name des Hosts ist keiner aus der Liste der für dieses Zertifikat gültigen/,
        /nom d'hôte ne correspondait à aucun des hôtes valides|nombre de equipo no coincidió con ninguno de los equipos/,
      ),
    },
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /certificato è auto-firmato e non affidabile|certificato dell'emittente (di un certificato cercato localmente|non è stato trovato)/,
        /certificat de l'émetteur d'un certificat converti localement|Zertifikat des Ausstellers eines lokal gefundenen/,
        /emisor del certificado de un certificado encontrado localmente/,
      ),
    },
    {
      cause: 'dns_nxdomain',
      text: /^\s*(\S+: )?(Host non trovato|Rechner konnte nicht gefunden werden|Host konnte nicht gefunden werden|Equipo no encontrado)\.?\s*$/im,
    },
    {
      cause: 'tcp_timeout',
      text: anyOf(
        /Operazione sul socket scaduta|Zeitüberschreitung bei Socket-Operation|L'opération socket a expirée/,
        /Operación socket expirada/,
      ),
    },
    {
      cause: 'tcp_reset',
      text: /Der entfernte Rechner hat die Verbindung geschlossen|L'hôte distant a fermé la connexion|El equipo remoto ha cerrado la conexión/i,
    },
  ]),
  // Mail programs' dialogs in the user's language (client-dialogs-l10n.ts, apple-l10n-more-rules.ts), and the AOSP
  // Email app's (android-email-rules.ts).
  ...DIALOG_L10N_RULES,
  ...APPLE_L10N_MORE_RULES,
  ...IOS_MAIL_RULES,
  ...MICROSOFT_CONSUMER_RULES,
  ...ANDROID_APPS_RULES,
  ...DESKTOP_CLIENTS_RULES,
  ...ANDROID_EMAIL_RULES,
  // The same dialogs, and Thunderbird for Android's, in 22 more languages (android-l10n-more-rules.ts).
  ...ANDROID_L10N_MORE_RULES,
  // Thunderbird's own errors in 18 more languages (thunderbird-l10n-more-rules.ts).
  ...THUNDERBIRD_L10N_MORE_RULES,
]
