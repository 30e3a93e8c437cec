// What a connection shows below TLS and the mail protocol: refused, reset, silent, unreachable — the
// socket error numbers (WinSock, errno), the libraries' sentences around them, and a mail program's
// bare "could not connect". Each group cites where its words come from.
import { PHPMAILER_CONNECT_FAILED } from './root-cause-rules.js'
import { OS_TEXT_RULES, RELAY } from './os-text-rules.js'
import { DOTNET_MORE_FALLBACK, OS_TEXT_MORE_RULES } from './os-texts-more.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { APP_FALLBACK_RULES, APP_REASON_FALLBACK_RULES } from './app-rules.js'
import { DIALOG_L10N_FALLBACK } from './client-dialogs-l10n.js'
import { APPLE_L10N_MORE_FALLBACK } from './apple-l10n-more-rules.js'
import { ANDROID_EMAIL_FALLBACK } from './android-email-rules.js'
import { ANDROID_APPS_FALLBACK } from './android-apps-rules.js'
import { ANDROID_L10N_MORE_FALLBACK } from './android-l10n-more-rules.js'
import { PHP_IMAP_FALLBACK } from './php-imap-rules.js'
import { DOTNET_L10N_FALLBACK, DOTNET_L10N_TIMEOUT_RULES } from './dotnet-l10n-rules.js'
import { GREETING_SILENCE } from './tls-rules.js'
import { SERVER_STATUS } from '../wrapper.js'

// This machine itself: loopback traffic never leaves the host (RFC 1122 §3.2.1.3), so no network or provider can
// have blocked or dropped it. Not an address's domain (root@localhost names a mailbox, not a connection).
const LOOPBACK = /(?:^|[^\w.@-])(?:localhost|127\.0\.0\.1|::1)(?![\w.-])/i

// A line a server sent: an SMTP code, a POP3 status, an IMAP tagged or untagged status.
const SERVER_REPLY = new RegExp(`^\\s*(?:${SERVER_STATUS})`)

// A server's own refusal (an SMTP code, -ERR, a tagged NO): its "timeout" or "connection lost" is about
// its back end. JavaMail's made-up "* BYE … Connection dropped" is not one.
const SERVER_REFUSAL = /^\s*([2-5]\d\d[ -]|-ERR\b|[A-Za-z0-9.]+ NO\b)/
// An MTA tries each address of a host in turn (Postfix: "connect to host[address]:port: reason" per address). A host
// without IPv6 gets "Network is unreachable" or "Cannot assign requested address" for every IPv6 address: that says
// nothing when an attempt in the same log reached the network and timed out, so the timeout decides.
// Postfix's "[addr]:port: Connection timed out" for another address, Ruby's Timeout::Error ("execution expired").
const OTHER_ATTEMPT_TIMED_OUT = /\]:\d{1,5}: Connection timed out|\bexecution expired\b/

export const CONNECTION_RULES: ClassifierRule[] = [
  // The operating system's localized texts, by the number or errno each stands for (os-texts.ts).
  ...OS_TEXT_RULES,
  ...OS_TEXT_MORE_RULES,
  // WSAEACCES / EACCES on connect: a local firewall, antivirus or security policy forbids the socket.
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    {
      cause: 'firewall_all_ports_blocked',
      // PHP prints EACCES as "Permission denied (13)", Swift Mailer's StreamBuffer as "[Permission denied #13]".
      text: /forbidden by its access permissions|non consentite dalle autorizzazioni|connect.{0,60}Permission denied (\(13\)|#13\b)/i,
    },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    { cause: 'tcp_refused', errorCode: ['ECONNREFUSED'] },
    {
      cause: 'tcp_refused',
      // A server that answers with a reply code is connected: its "connection refused" is a policy.
      unless: SERVER_REPLY,
      text: anyOf(
        /connection (was )?refused|connessione.{0,40}rifiutata|actively refused/,
        /rifiuto persistente|is refusing \w+ connections|rifiutare le connessioni|connexion refusée/,
        // "abgelehnt" alone is any refusal (a password, a sender): only a refused connection counts.
        /Verbindung\S*.{0,60}abgelehnt|abgelehnt.{0,30}Verbindung|conexión rechazada|连接被拒绝/,
        /Verbindung\S* .{0,60}verweigert|da sie verweigert wurde|lehnt \S+-Verbindungen ab/,
        /connexion a été refusée|refuse les connexions|conexión (ha sido|fue) rechazada|refused to allow a connection/,
        /rechazando conexiones|时被拒绝|拒绝 ?\S* ?连接/,
        // glibc's ECONNREFUSED in de and es.
        /Verbindungsaufbau abgelehnt|Conexi[óo]n rehusada/,
        // WSAECONNREFUSED (10061) as French and Spanish Windows say it: the target "expressly refused" it.
        /(l.a|l.ont) expressément refusée?|denegó expresamente/,
      ),
    },
    // A filter that answers instead of dropping: Linux turns ICMP "host unreachable" and "communication
    // administratively prohibited" (what an ISP's REJECT rule on port 25 sends) into EHOSTUNREACH.
    {
      source: 'torvalds/linux:net/ipv4/icmp.c',
      cause: 'port_25_blocked',
      ...RELAY,
      text: /\bNo route to host\b|\bEHOSTUNREACH\b/,
      unless: anyOf(GREETING_SILENCE, LOOPBACK),
    },
    { cause: 'net_unreachable', errorCode: ['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN'] },
    {
      cause: 'net_unreachable',
      unless: OTHER_ATTEMPT_TIMED_OUT,
      text: anyOf(
        /(host|network) (is )?unreachable|no route to host|unreachable (network|host)/,
        /(rete|host) non raggiungibile|cannot assign requested address|cannot connect to the network/,
        // glibc's EHOSTUNREACH and ENETUNREACH in de, fr, es, it.
        /Keine Route zum Zielrechner|Netzwerk ist nicht erreichbar|Nessun instradamento|rete non è raggiungibile/,
        /Aucun chemin d'accès pour atteindre|réseau n'est pas accessible|ninguna ruta hasta el|red es inaccesible/,
      ),
    },
  ]),
  // nodemailer's resolver (shared/index.js): the name resolved only to addresses of a family this machine has no
  // network for ("Can not use IPv4 addresses with current network": an IPv6-only host, or one whose IPv4 link is down).
  ...sourced('nodemailer/nodemailer:lib/shared/index.js', [
    { cause: 'net_unreachable', text: /\bCan not use IPv[46] addresses with current network\b/ },
  ]),
  // Go's net.SplitHostPort on a host field that holds a URL ("address http://smtp.x.com:587: too many colons in
  // address"): the server name was typed with its scheme, and no connection was tried.
  ...sourced('golang/go:src/net/ipsock.go', [
    { cause: 'wrong_server_name', text: /\baddress [a-z][a-z0-9+.-]*:\/\/\S+: too many colons in address\b/i },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc6409', [
    {
      cause: 'port_25_blocked',
      ...RELAY,
      errorCode: ['ETIMEDOUT', 'ESOCKET', 'ECONNECTION'],
      unless: anyOf(GREETING_SILENCE, LOOPBACK),
    },
    {
      cause: 'port_25_blocked',
      ...RELAY,
      // Ruby's Timeout::Error says "execution expired" (Net::SMTP's open timeout in older Rubies).
      text: anyOf(/timed? ?out|timeout|did not properly respond|\bexecution expired\b/),
      unless: anyOf(GREETING_SILENCE, LOOPBACK),
    },
  ]),
  // Symfony Mailer reports a failed connect as "Connection could not be established"; its "Connection to
  // "host:port" timed out." is a read that found the open connection silent.
  ...sourced('symfony/mailer:Transport/Smtp/Stream/AbstractStream.php', [
    { cause: 'greeting_timeout', text: /\bConnection to "[^"]+" timed out/ },
  ]),
  ...sourced('nodemailer/nodemailer:lib/smtp-connection/index.js', [
    { cause: 'greeting_timeout', text: GREETING_SILENCE },
    { cause: 'tcp_timeout', errorCode: ['ETIMEDOUT'], text: /connect|socket/i },
  ]),
  // SMTPTransport.send(): the connection ended with no error and no answer, "Unexpected socket close" (its code ETLS,
  // when the close came during STARTTLS, is read by the code's own row first).
  ...sourced('nodemailer/nodemailer:lib/smtp-transport/index.js', [
    { cause: 'tcp_reset', text: /\bUnexpected socket close\b/ },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    {
      cause: 'tcp_timeout',
      unless: SERVER_REFUSAL,
      text: anyOf(
        /(timed? ?out|timeout).*(connect|connessione)/,
        /(connect|connection|connessione).*(timed? ?out|timeout|scadut)/,
        /did not properly respond after a period of time|mancata risposta dall['’]host/,
        /fuori tempo massimo|is not responding|non risponde|time-out occurred|Délai de connexion|connexion.{0,40}a expiré|tempo massimo/,
        // A character lost to a wrong decoding ("Zeit�berschreitung") still reads.
        // WSAETIMEDOUT (10060) as German Windows says it.
        /Gegenstelle nach einer bestimmten Zeitspanne nicht (richtig )?reagiert|verbundene Host nicht reagiert/,
        /Zeit\S{0,2}berschreitung|tiempo de espera agotado|连接超时|tempo scaduto|se agot[óo] el tiempo de espera/,
        /Verbindung.{0,80}(\(Timeout\)|Ablaufzeit)|temps limite.{0,60}dépassé|connexion.{0,80}a expiré/,
        /superado el tiempo de espera|caducado la conexión|连接.{0,60}超时/,
        // NeoMutt's "Connection to %s timed out" as its de, fr and es catalogues word it.
        /^Verbindung zu \S+ beendet\.?$|^Connexion à \S+ interrompue\.?$|Venci[óo] la conexi[óo]n/,
        // glibc's ETIMEDOUT and GLib's socket I/O timeout in de, fr, es.
        /Wartezeit für die Verbindung ist abgelaufen|expiration du délai d'attente/,
        /Expir[óo] el tiempo de conexi[óo]n|délai d'attente.{0,30}(dépassé|expiré|écoulé)/,
        /hors délai sur le connecteur|Expir[óo] la E\/S del socket|Ein-\/Ausgabeoperation des Sockets/,
        // WSAETIMEDOUT (10060) as French Windows says it (the text SQL Server's 10060 page quotes).
        /n.a pas répondu convenablement|l.hôte de connexion n.a pas répondu/,
      ),
    },
    // imapflow's NoConnection: the socket closed under the session (postalsys/imapflow:lib/imap-flow.js).
    { cause: 'tcp_reset', errorCode: ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'NoConnection'] },
    {
      cause: 'tcp_reset',
      unless: SERVER_REFUSAL,
      text: anyOf(
        /connection (was )?(reset|closed|aborted) by (peer|the (remote )?(server|host))/,
        /socket hang up|reset by peer|forcibly closed|interrotta forzatamente|aborted by the software/,
        /interrotta dal software|connection (to .{0,60}? )?(was )?(reset|interrupted|lost|dropped)/,
        /connessione .*(reimpostata|interrotta)|unexpectedly (terminated|disconnected|closed)/,
        /interrotto la connessione|has disconnected|si è disconnesso|Connection dropped/,
        /(server|host) (has )?closed the connection|(socket|connection) closed unexpectedly|unexpected close\b|ha chiuso la connessione/,
        // Symfony's 'Connection to "host:port" has been closed unexpectedly.'
        /connection to "?\S+"? has been closed unexpectedly/,
        /SocketException: Connection reset|socket error: EOF/,
        // NeoMutt's English originals: conn/socket.c "Connection to %s closed", pop/lib.c "Server closed
        // connection", send/smtp.c "SMTP session failed: read error" / "write error".
        /\bConnection to \S+ (closed|has been aborted)\b|\bServer closed connection\b|\bsession failed: (read|write) error\b/,
        // EPIPE's strerror (curl's "Send failure: Broken pipe") and s_client's "write:errno=104" (ECONNRESET):
        // read after the STARTTLS rows, which claim a broken pipe during the upgrade.
        /\bBroken pipe\b|\bwrite:errno=104\b/,
        // Thunderbird's netReset/netInterrupt/serverDisconnected/smtpSendInterrupted in de, fr, es, zh-CN.
        /hat die Verbindung abgebrochen|Verbindung .{0,80}(verloren|zurückgesetzt|unterbrochen)/,
        // Outlook's 0x800CCC0F ("unexpectedly terminated the connection") in de, fr, es.
        // WSAECONNRESET (10054) and WSAECONNABORTED (10053) as German Windows says them.
        /vom Remotehost geschlossen|softwaregesteuert durch den Hostcomputer abgebrochen/,
        /Verbindung unerwartet (beendet|getrennt|geschlossen)|(mis fin à|interrompu) la connexion de (manière|façon) inattendue/,
        /(terminado|cerrado|finalizado) la conexi[óo]n (de forma|de manera|inesperadamente)|terminó la conexión inesperadamente/,
        /s.est déconnecté|connexion .{0,80}(a été perdue|réinitialisée|interrompue)/,
        /ha cortado la conexión|conexión .{0,80}(se perdió|se ha reiniciado|se ha interrumpido)/,
        /断开连接|连接.{0,60}(中断|被重置)/,
        // NeoMutt's "Connection lost. Reconnect to POP server?" in de, fr, es, it.
        /connessione persa|connexion perdue|conexi[óo]n perdida|Verbindung verloren/,
        // glibc's ECONNRESET in de, fr, es, it.
        /vom Kommunikationspartner zurückgesetzt|interrotta dal corrispondente|ré-?initialisée par le correspondant/,
        /reinicializada por la máquina remota/,
        // WSAECONNABORTED (10053) as Spanish Windows says it.
        /(anulado|anuló) una conexi[óo]n establecida/,
      ),
    },
  ]),
  // curl gives timeouts their own code (28): its code 7 is a connect() that was answered with a refusal.
  ...sourced('curl/curl:docs/libcurl/libcurl-errors.md', [
    { cause: 'tcp_refused', text: /^curl: \(7\) /, unless: /unreachable|no route/i },
  ]),
  // Bare timeouts with no stage named: the commonest is the connection itself.
  ...sourced('golang/go:src/net/net.go', [
    { cause: 'tcp_timeout', text: anyOf(/i\/o timeout|execution expired|operation (has )?timed out|\btimed out\b/) },
  ]),
  // SmtpClient's "The operation has timed out" in other languages (dotnet-l10n-rules.ts).
  ...DOTNET_L10N_TIMEOUT_RULES,
]

// A mail program's bare "could not connect" with no reason after it (Apple's Connection Doctor, Outlook's
// 0x800CCC0E sentence without a socket error): read last, after every rule and the error number. The
// commonest way a connection fails without a word from anyone is no answer at all: a firewall or a
// blocked port that drops the attempt (Apple and Microsoft name the network and the firewall first).
const COULD_NOT_CONNECT = anyOf(
  /(could not|couldn't|cannot|can't|unable to|failed to) (connect|establish a connection)/,
  // NeoMutt's imap/imap.c "Error connecting to server: <host>"; Horde's "Error connecting to SMTP server."
  // (horde/Smtp:lib/Horde/Smtp.php, under Nextcloud Mail) and "Error connecting to mail server." (Imap_Client).
  /\bError connecting to (SMTP |IMAP |POP3? |mail )?server\b/,
  // Roundcube's smtpconnerror and storageerror ("Connection to (storage) server failed").
  /connection to (the )?(\w+ )?server\b.{0,80}?\bfailed/,
  /impossibile (connettersi|collegarsi|stabilire (una |la )?connessione)|connessione (al server )?non riuscita/,
  /impossible (de se connecter|d.établir (une |la )?connexion)|[ée]chec de (la )?connexion/,
  /(konnte|kann) keine Verbindung|Verbindung\b.{0,60}nicht hergestellt|Verbindung fehlgeschlagen/,
  /no se (pudo|puede) (conectar|establecer (una |la )?conexi[óo]n)|error de conexi[óo]n/,
)

// PHPMailer's smtp_connect_failed and connect_host in its language files (language/phpmailer.lang-*.php).
const PHPMAILER_CONNECT = anyOf(
  /\bSMTP connect\(\) (failed|fallita|falló|a échoué)|\bFalha na função SMTP connect\(\)/,
  /\bVerbindung zum SMTP-Server fehlgeschlagen\b|\bImposible conectar al servidor\b/,
  /\bNão foi possível ligar ao servidor\b/,
)
// PHPMailer's smtp_connect_failed ("SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
// and its translations) is thrown whenever smtpConnect() returned false: a connection that failed, but also a failed
// STARTTLS or, with exceptions off, a refused login (PHPMailer/PHPMailer:src/PHPMailer.php smtpConnect and smtpSend).
// Its words alone name no connection failure: neither the bare-connect row nor the Apple/Microsoft guess below reads
// it; root-cause-rules.ts reads it last, by what PHPMailer's own troubleshooting page says usually lies behind it.

export const CONNECT_FALLBACK: ClassifierRule[] = [
  // The AOSP Email app's dialogs (android-email-rules.ts) first: their words name the step that failed (a certificate,
  // the login), which the generic localized "could not connect" below would read as a silent port.
  ...ANDROID_EMAIL_FALLBACK,
  ...ANDROID_APPS_FALLBACK,
  ...ANDROID_L10N_MORE_FALLBACK,
  // PHP mail libraries' sentences naming the failed step (php-imap-rules.ts).
  ...PHP_IMAP_FALLBACK,
  // Applications whose maintainers name the usual reason behind their failed connection (app-rules.ts).
  ...APP_REASON_FALLBACK_RULES,
  // A bare failure to connect to this machine itself (localhost, 127.0.0.1, ::1): nothing listens on that port (a
  // mail server that is not installed, or "localhost" inside a container, which is the container itself).
  ...sourced('https://www.rfc-editor.org/rfc/rfc1122#section-3.2.1.3', [
    {
      cause: 'tcp_refused',
      text: new RegExp(
        `^(?=[\\s\\S]*${LOOPBACK.source})[\\s\\S]*(?:` +
          `${COULD_NOT_CONNECT.source}|${PHPMAILER_CONNECT.source}|Failed to connect to mailserver)`,
        'i',
      ),
    },
  ]),
  // On the relay port while sending (Send-MailMessage's "-Port 25"), the commonest silent failure is the
  // provider's block of port 25 (RFC 6409: submission moved to 587).
  ...sourced('https://www.rfc-editor.org/rfc/rfc6409', [
    { cause: 'port_25_blocked', ...RELAY, text: anyOf(COULD_NOT_CONNECT, PHPMAILER_CONNECT), unless: LOOPBACK },
  ]),
  ...sourced('https://support.apple.com/guide/mail/use-connection-doctor-mlhl3c14bf53/mac', [
    { cause: 'tcp_timeout', text: COULD_NOT_CONNECT, unless: PHPMAILER_CONNECT_FAILED },
  ]),
  // .NET's "Unable to connect to the remote server" in other languages (dotnet-l10n-rules.ts).
  ...DOTNET_L10N_FALLBACK,
  ...DOTNET_MORE_FALLBACK,
  // PHPMailer's connect_host ("Could not connect to SMTP host", set when connect() failed) is the connection.
  ...sourced('PHPMailer/PHPMailer:src/PHPMailer.php', [
    { cause: 'tcp_timeout', text: PHPMAILER_CONNECT, unless: PHPMAILER_CONNECT_FAILED },
  ]),
  // Applications' bare "connection failed", "authentication error" (app-rules.ts).
  ...APP_FALLBACK_RULES,
  // Mail programs' bare "the connection failed" dialogs in the user's language (client-dialogs-l10n.ts,
  // apple-l10n-more-rules.ts).
  ...DIALOG_L10N_FALLBACK,
  ...APPLE_L10N_MORE_FALLBACK,
]
