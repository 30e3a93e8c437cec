// What sockets, resolvers and TLS libraries say, and what it means. Codes first, wording second.
// Each group cites where its words come from; the wording rows cover the clients and libraries
// that wrap the same OS or OpenSSL error in their own sentence (it/en, and other languages).
import { sourced, type ClassifierRule } from './rule.js'

const IMPLICIT_TLS_PORTS = [465, 993, 995]
const GREETING_SILENCE =
  /greeting never received|failed to receive greeting|GREETING_TIMEOUT|no greeting|timed? ?out waiting for (the )?(greeting|banner)|waiting for the server greeting/i
const NODE = 'nodejs/node:lib/internal/errors.js'
const X509_TXT = 'openssl/openssl:crypto/x509/x509_txt.c'
const SSL_ERR = 'openssl/openssl:ssl/ssl_err.c'

const DNS: ClassifierRule[] = [
  ...sourced(NODE, [
    { cause: 'dns_nxdomain', errorCode: ['ENOTFOUND', 'EAI_NONAME'], unless: /ENODATA/ },
    { cause: 'dns_no_address', errorCode: ['ENODATA', 'EAI_NODATA', 'EADDRINFO'] },
    { cause: 'dns_servfail', errorCode: ['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED'], stage: ['dns'], stageKnown: true },
    { cause: 'dns_servfail', errorCode: ['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'EBADRESP'] },
    { cause: 'dns_servfail', stage: ['dns'], stageKnown: true, errorCode: ['ETIMEOUT', 'ETIMEDOUT'] },
  ]),
  // Java/Android wrap every lookup failure as "unable to resolve host"/UnknownHostException: the
  // name is unknown, whatever EAI code bionic put after it (it reports NXDOMAIN as EAI_NODATA).
  ...sourced('openjdk/jdk:src/java.base/share/classes/java/net/UnknownHostException.java', [
    { cause: 'dns_servfail', text: /UnknownHostException: \S+: Temporary failure in name resolution/i },
    { cause: 'dns_nxdomain', text: /unable to resolve host|UnknownHostException|Unknown (SMTP|IMAP|POP3?) host/i },
  ]),
  ...sourced('https://man7.org/linux/man-pages/man3/getaddrinfo.3.html', [
    { cause: 'dns_no_address', text: /no address associated with (the )?host ?name|no data of the requested type/i },
    { cause: 'dns_servfail', text: /SERVFAIL|temporary failure in name resolution|server misbehaving|lookup \S+ on \S+: .*(i\/o timeout|timed out)/i },
    { cause: 'dns_servfail', text: /Resource temporarily unavailable/i, unless: /lock|mailbox|INBOX/i },
    {
      cause: 'dns_nxdomain',
      text: /\bNXDOMAIN\b|name (or service )?not known|host not found|could not resolve host|unknown host|no such host|nodename nor servname|host sconosciuto/i,
    },
  ]),
  // The mail programs' own sentences for an unknown host (Thunderbird unknownHostError and
  // smtpSendFailedUnknownServer, Outlook 0x800CCC0D) in en/it, and the same idea in other languages.
  ...sourced('mozilla/releases-comm-central:mail/locales/en-US/chrome/messenger/messenger.properties', [
    { cause: 'dns_nxdomain', text: /^Failed to connect to server \S+?\.?$|^Connessione al server \S+ non riuscita\.?$/i },
    { cause: 'dns_nxdomain', text: /\(SMTP\) \S+ (is unknown|sconosciuto)|No such host as/i },
    {
      cause: 'dns_nxdomain',
      text: /host '?\S+'? could not be found|impossibile trovare (il server|l'host)|找不到(服务器|主机)|introuvable|nicht gefunden|no se (encuentra|pudo encontrar) el servidor/i,
    },
  ]),
]

const CERTIFICATES: ClassifierRule[] = [
  // "expired or not yet valid … current time X is before Y" (Go) and NotBefore (Java) read the
  // clock the other way round: before the expiry rows.
  ...sourced('golang/go:src/crypto/x509/verify.go', [
    { cause: 'tls_cert_not_yet_valid', text: /current time \S+ is before|NotBefore|CertificateNotYetValid/i },
  ]),
  ...sourced(X509_TXT, [
    { cause: 'tls_cert_expired', errorCode: ['CERT_HAS_EXPIRED'] },
    {
      cause: 'tls_cert_expired',
      text: /certificate (has )?expired|expired certificate|certificato (del server )?(è )?scadut|certificate has expired or is not yet valid|NotAfter|CertificateExpired|NotTimeValid|current time \S+ is after|Outdated Information|Informazioni obsolete|a expiré|abgelaufen|ha caducado|已过期/i,
    },
    { cause: 'tls_cert_not_yet_valid', errorCode: ['CERT_NOT_YET_VALID'] },
    { cause: 'tls_cert_not_yet_valid', text: /not yet valid|non ancora valido/i },
    { cause: 'tls_cert_hostname_mismatch', errorCode: ['ERR_TLS_CERT_ALTNAME_INVALID'] },
  ]),
  // Host name checks: OpenSSL (hostname mismatch), Node, Java HostnameChecker, Go, .NET
  // SslPolicyErrors, PHP, c-client, curl, Schannel/Outlook ("target principal name") and
  // Thunderbird/Firefox certManager ("Wrong Site").
  ...sourced('openjdk/jdk:src/java.base/share/classes/sun/security/util/HostnameChecker.java', [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: /(does not|doesn't|did not) match (certificate|the server certificate|expected CN|either of)|not in the cert'?s (altnames|list)|hostname mismatch|certificate is (only )?valid for|is valid for \S+(, \S+)*, not|not valid for any names|legacy Common Name|no (subject )?alternative (DNS name|certificate subject name) match|No name matching|host name did not match|NameMismatch|Server name does not match certificate|target principal name is incorrect|nome dell'entità di destinazione non è corretto|Wrong Site|Sito errato|belongs to a different site|appartiene a un sito diverso|Certificate does not match hostname/i,
    },
  ]),
  ...sourced('https://support.avast.com/en-ww/article/Antivirus-Email-Shield', [
    {
      cause: 'tls_intercepted_by_antivirus',
      text: /avast|\bavg\b|kaspersky|\beset\b|bitdefender|norton|mcafee|sophos|fortigate|fortinet|zscaler|trend ?micro|webroot|netskope|blue ?coat|forcepoint|mail shield/i,
      unless: /^(\d{3}|\* |[+-](OK|ERR))/,
    },
    { cause: 'tls_intercepted_by_antivirus', errorCode: ['SELF_SIGNED_CERT_IN_CHAIN'] },
    { cause: 'tls_intercepted_by_antivirus', text: /self[- ]signed certificate in (the )?certificate chain/i },
  ]),
  ...sourced(X509_TXT, [
    {
      cause: 'tls_cert_untrusted',
      errorCode: ['DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REJECTED', 'INVALID_CA'],
    },
    // A server log's "alert certificate unknown / bad certificate / unknown ca" is the client
    // refusing the server's certificate.
    { cause: 'tls_cert_untrusted', text: /alert (certificate unknown|bad certificate|unknown ca)/i },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/dotnet/api/system.net.security.sslpolicyerrors', [
    {
      cause: 'tls_cert_untrusted',
      text: /self[- ]signed certificate|unable to (get (local )?issuer|verify the first) certificate|untrusted (certificate|issuer|root)|certificate (is )?not trusted|unknown (ca|certificate authority)|signed by unknown authority|certificate verify failed|PKIX path|certification path|Trust anchor|invalid according to the validation procedure|errors in the certificate chain|could not be verified|cannot be verified|non può essere verificato|non (è )?(considerato )?attendibil|Unknown Identity|Identità sconosciuta|invalid SSL certificate|certificato SSL non valido|Impossibile verificare l'identità|Verify return code: 2[01]\b/i,
    },
  ]),
]

const HANDSHAKE: ClassifierRule[] = [
  ...sourced('openssl/openssl:ssl/record/ssl3_record.c', [
    { cause: 'tls_wrong_mode', errorCode: ['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST'] },
    { cause: 'tls_wrong_mode', text: /wrong version number|packet length too long|http request|unknown protocol:/i },
  ]),
  // Libraries and clients that say "TLS spoken to a plain port" (or the reverse) in words.
  ...sourced('jstedfast/MailKit:MailKit/Security/SslHandshakeException.cs', [
    {
      cause: 'tls_wrong_mode',
      text: /maybe should use TLS|should use (SSL|TLS)|use secure: ?true|Unrecognized SSL message|plaintext connection\?|first record does not look like a TLS handshake|reserved for plain-text connections|does not support the connection encryption type|non supporta il tipo di crittografia|does not support SSL-secured connections/i,
    },
  ]),
  // Plaintext spoken to an implicit-TLS port: the server waits for a ClientHello and never greets;
  // the client then reports silence, an empty answer or the end of the stream.
  ...sourced('https://www.rfc-editor.org/rfc/rfc8314#section-3', [
    { cause: 'tls_wrong_mode', port: IMPLICIT_TLS_PORTS, stage: ['greeting'], text: GREETING_SILENCE },
    {
      cause: 'tls_wrong_mode',
      port: IMPLICIT_TLS_PORTS,
      text: /Connection unexpectedly closed|operation has timed out|end of file reached|EOFError|empty response|bad greeting|response: \[EOF\]/i,
    },
  ]),
  ...sourced(SSL_ERR, [
    {
      cause: 'tls_old_protocol',
      errorCode: ['ERR_SSL_UNSUPPORTED_PROTOCOL', 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', 'ERR_SSL_NO_PROTOCOLS_AVAILABLE', 'ERR_SSL_VERSION_TOO_LOW', 'ERR_SSL_DH_KEY_TOO_SMALL', 'ERR_SSL_EE_KEY_TOO_SMALL', 'ERR_SSL_CA_MD_TOO_WEAK', 'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED'],
    },
    {
      cause: 'tls_old_protocol',
      text: /unsupported protocol|alert protocol version|protocol_version|protocol version not supported|no protocols available|version too low|dh key too small|(ee|ca) (key|md) too (small|weak)|insufficient security|legacy sigalg|tls ?1\.[01] .*(only|not supported)|sslv3 (is )?(not supported|disabled)|No appropriate protocol|do not possess a common algorithm/i,
    },
    { cause: 'tls_handshake_failed', errorCode: ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'ERR_SSL_NO_SHARED_CIPHER', 'EPROTO'], unless: /STARTTLS/ },
    {
      cause: 'tls_handshake_failed',
      text: /handshake[ _]failure|no shared cipher|socket disconnected before secure TLS connection|secure TLS connection was not established|tls handshake (failed|timed? ?out)|ssl routines|terminated the handshake|closed connection during handshake|remote party has closed the transport stream|SSL_ERROR_SYSCALL|unexpected eof|EOF occurred in violation of protocol|Unable to connect using SSL|SSL negotiation failed|\bTLS error\b|errore TLS|Unable to establish TLS connection|stabilire un collegamento TLS/i,
      unless: /STARTTLS/,
    },
  ]),
]

const STARTTLS: ClassifierRule[] = sourced('python/cpython:Lib/smtplib.py', [
  {
    cause: 'starttls_failed',
    stage: ['starttls'],
    text: /TLS (is )?(not available|unavailable|initiali[sz]ation failed|negotiation failed|handshake failed)|error upgrading connection|unable to (initiali[sz]e|start) TLS|STARTTLS failed/i,
  },
  { cause: 'starttls_failed', text: /error upgrading connection with STARTTLS|TLS not available due to|disabling TLS support/i },
  { cause: 'starttls_failed', stage: ['starttls'], smtpCode: [454] },
  {
    cause: 'starttls_not_offered',
    text: /(does not|doesn't|not) supports? (STARTTLS|STLS|TLS)|(STARTTLS|STLS)( extension)?( is)? not (supported|offered|advertised|available|enabled)|TLS support (isn't|is not) (enabled|available)|TLS (is )?not (enabled|configured)|no STARTTLS|ETLS|doesn't advertise that feature|non supporta questa funzione|Requested SSL level failed|does not support secure connection/i,
  },
  { cause: 'starttls_failed', stage: ['starttls'], imapCode: ['UNAVAILABLE'] },
])

const TCP: ClassifierRule[] = [
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    { cause: 'tcp_refused', errorCode: ['ECONNREFUSED'] },
    {
      cause: 'tcp_refused',
      text: /connection (was )?refused|connessione (è stata )?rifiutata|actively refused|rifiuto persistente|is refusing \w+ connections|rifiutare le connessioni|connexion refusée|abgelehnt|conexión rechazada|连接被拒绝/i,
    },
    { cause: 'net_unreachable', errorCode: ['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN'] },
    {
      cause: 'net_unreachable',
      text: /(host|network) (is )?unreachable|no route to host|unreachable (network|host)|(rete|host) non raggiungibile|cannot assign requested address|cannot connect to the network/i,
    },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc6409', [
    { cause: 'port_25_blocked', protocol: ['smtp'], port: [25], errorCode: ['ETIMEDOUT', 'ESOCKET', 'ECONNECTION'], unless: GREETING_SILENCE },
    { cause: 'port_25_blocked', protocol: ['smtp'], port: [25], text: /timed? ?out|timeout|did not properly respond/i, unless: GREETING_SILENCE },
  ]),
  ...sourced('nodemailer/nodemailer:lib/smtp-connection/index.js', [
    { cause: 'greeting_timeout', text: GREETING_SILENCE },
    { cause: 'tcp_timeout', errorCode: ['ETIMEDOUT'], text: /connect|socket/i },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    {
      cause: 'tcp_timeout',
      text: /(timed? ?out|timeout).*(connect|connessione)|(connect|connection|connessione).*(timed? ?out|timeout|scadut)|did not properly respond after a period of time|mancata risposta dall'host|fuori tempo massimo|is not responding|non risponde|time-out occurred|Délai de connexion|Zeitüberschreitung|tiempo de espera agotado|连接超时|tempo scaduto/i,
    },
    { cause: 'tcp_reset', errorCode: ['ECONNRESET', 'EPIPE', 'ECONNABORTED'] },
    {
      cause: 'tcp_reset',
      text: /connection (was )?(reset|closed|aborted) by (peer|the (remote )?(server|host))|socket hang up|reset by peer|forcibly closed|interrotta forzatamente|aborted by the software|interrotta dal software|connection (to .{0,60}? )?(was )?(reset|interrupted|lost|dropped)|connessione .*(reimpostata|interrotta)|unexpectedly (terminated|disconnected|closed)|interrotto la connessione|has disconnected|si è disconnesso|Connection dropped|SocketException: Connection reset|socket error: EOF/i,
    },
  ]),
  // Bare timeouts with no stage named: the commonest is the connection itself.
  ...sourced('golang/go:src/net/net.go', [{ cause: 'tcp_timeout', text: /i\/o timeout|execution expired|operation (has )?timed out|\btimed out\b/i }]),
]

const GREETING: ClassifierRule[] = sourced('python/cpython:Lib/imaplib.py', [
  { cause: 'protocol_port_mismatch', text: /invalid greeting|unexpected token in IMAP greeting|not an? (IMAP4?|POP3?|SMTP) server|non è un server IMAP4?|wrong protocol|unexpected response: b?'?\d{3} /i },
  { cause: 'protocol_port_mismatch', protocolKnown: true, protocol: ['smtp'], stage: ['greeting', 'capabilities', 'tcp'], text: /(^|\s|=)(\* OK|\+OK|-ERR)\b/ },
  { cause: 'protocol_port_mismatch', protocolKnown: true, protocol: ['imap'], stage: ['greeting', 'capabilities', 'tcp'], text: /(^|\s|=)(\+OK|-ERR)\b|^\s*\d{3}[ -]\S/ },
  { cause: 'protocol_port_mismatch', protocolKnown: true, protocol: ['pop3'], stage: ['greeting', 'capabilities', 'tcp'], text: /(^|\s|=)\* OK\b|^\s*\d{3}[ -]\S/ },
  {
    cause: 'protocol_error',
    text: /unexpected (response|reply)|bad-server-response|line too long|protocol (error|violation)|invalid (response|reply)|malformed|garbage|Weird server reply|Syntax error in|Unexpected token/i,
  },
])

export const TRANSPORT_RULES: ClassifierRule[] = [...DNS, ...CERTIFICATES, ...HANDSHAKE, ...STARTTLS, ...TCP, ...GREETING]
