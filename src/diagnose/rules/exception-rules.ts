// Round 22 (issue 14): what users paste when they paste only an exception's class, its own message or an error
// code, read from each ecosystem's source or documentation (the strings in test/corpus/source-tables.jsonl).
// Two groups: an exception's own message, which says more than the words other rows would read in it (early);
// and a bare class or code, read only when no more specific message in the same text was recognised (last). A
// bare class that covers several of our causes (MessagingException, SSLException, SMTPNotSupportedError,
// ImapCommandException, nodemailer's ESOCKET/ECONNECTION) has no row here: explain says nothing.
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { EMBEDDED_RULES } from './embedded-rules.js'
import { APP_RULES } from './app-rules.js'
import { PHP_IMAP_RULES } from './php-imap-rules.js'
import { SECONDARY_LIB_RULES } from './secondary-lib-rules.js'
import { MAINTAINER_RULES } from './maintainer-rules.js'
import { PLATFORM_RULES } from './platform-rules.js'

const JDK = 'openjdk/jdk:src/java.base/share/classes/'
const ANGUS = 'eclipse-ee4j/angus-mail:'
const MAILKIT = 'jstedfast/MailKit:MailKit/Net/Smtp/SmtpStatusCode.cs'
const X509_CHAIN_STATUS =
  'https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.x509certificates.x509chainstatusflags'
const DOTNET_CODES = 'https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpstatuscode'

// A class named bare: alone, at the end of a line, or heading a stack trace; and nowhere in the text with its own
// message (": No credentials could be found", ": LOGIN asked for more", "#<… AuthenticationFailedException: Lookup
// failed>"), which says what it was and is read by the other rows or, if none knows it, by none.
const bare = (name: string): Pick<ClassifierRule, 'text' | 'unless'> => ({
  text: new RegExp(`\\b${name}(?!: ?\\S)`),
  unless: new RegExp(`\\b${name}: ?\\S`),
})

// An exception's own message: before the rows that would read its general words ("failed to connect", "not
// authenticated", "Failure in SSL library").
export const EXCEPTION_MESSAGE_RULES: ClassifierRule[] = [
  // RainLoop's and SnappyMail's MailSo NetClient throws this when stream_socket_enable_crypto() fails after the
  // STARTTLS it sent and the server accepted.
  ...sourced('the-djmaze/snappymail:snappymail/v/0.0.0/app/libraries/MailSo/Net/NetClient.php', [
    {
      cause: 'starttls_failed',
      text: /\b(cannot|can't|could not|couldn't|unable to|failed to) (enable|start|initiate|establish) STARTTLS\b/i,
    },
  ]),
  // Horde's IMAP and POP3 clients (Nextcloud Mail's back end) when stream_socket_enable_crypto() failed after the
  // STARTTLS or STLS they sent; the POP3 server that offers no STLS says so in the same words, with its reason.
  ...sourced('bytestream/Imap_Client:lib/Horde/Imap/Client/Socket.php', [
    {
      cause: 'starttls_failed',
      text: /\bCould not open secure TLS connection to the (IMAP|POP3) server\.(?! - server does not support TLS)/,
    },
  ]),
  // Service.connect() throws "failed to connect" (", no password specified?") when protocolConnect() returned
  // false: the server refused the login, not the connection.
  ...sourced(ANGUS + 'api/src/main/java/jakarta/mail/Service.java', [
    { cause: 'auth_bad_credentials', text: /\bAuthenticationFailedException: failed to connect\b/ },
  ]),
  // SMTPTransport.authenticate() when none of the server's AUTH mechanisms is one it has (its own spelling), and
  // Zimbra's client's "No authentication mechansims supported: [NTLM, PLAIN]".
  ...sourced(ANGUS + 'providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java', [
    { cause: 'auth_mechanism_unsupported', text: /\bNo authentication mechansims supported\b/ },
  ]),
  // JSSE's getPeerCertificates() on a session whose handshake never completed.
  ...sourced(JDK + 'sun/security/ssl/SSLSessionImpl.java', [
    { cause: 'tls_handshake_failed', text: /\bSSLPeerUnverifiedException: peer not authenticated\b/ },
  ]),
  // OkHttp's SSLPeerUnverifiedException after its hostname verifier refused the certificate's names.
  ...sourced('square/okhttp:okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bHostname \S{1,253} not verified\b/ },
  ]),
  // Apache HttpClient's DefaultHostnameVerifier (DavMail's and other Java gateways' HTTP side).
  ...sourced(
    'apache/httpcomponents-client:httpclient/src/main/java/org/apache/http/conn/ssl/DefaultHostnameVerifier.java',
    [
      {
        cause: 'tls_cert_hostname_mismatch',
        text: /\bCertificate for <[^>\s]{1,253}> doesn't match (any of the subject alternative names|common name of the certificate subject)\b/,
      },
    ],
  ),
  // HostnameChecker on a certificate without subjectAltName (a host reached by its IP address, or an old CN-only
  // certificate); Go's verifier on an IP address the certificate does not list.
  ...sourced(JDK + 'sun/security/util/HostnameChecker.java', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bNo subject alternative names present\b/ },
    {
      source: 'golang/go:src/crypto/x509/verify.go',
      cause: 'tls_cert_hostname_mismatch',
      text: /\bcannot validate certificate for \S{1,60} because it doesn't contain any IP SANs\b/,
    },
  ]),
  // WSAECONNABORTED (10053) as the JDK's Windows socket prints it.
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    { cause: 'tcp_reset', text: /\bSoftware caused connection abort\b/ },
  ]),
  // imaplib.starttls() when the server answers STARTTLS with NO or BAD.
  ...sourced('python/cpython:Lib/imaplib.py', [
    { cause: 'starttls_failed', text: /\bCouldn't establish TLS session\b/ },
  ]),
  // PHPMailer's debug transcript where the server said 220 to STARTTLS and the next line is "Could not connect to
  // SMTP host": smtpConnect() reports a failed startTLS() (stream_socket_enable_crypto returned false) in the words
  // of a failed connection. Its troubleshooting page names the usual reason: the certificate check PHP has made
  // since 5.6 ("Opportunistic TLS … might cause issues if the server is advertising TLS with an invalid
  // certificate"). A transcript that quotes the TLS warning itself is read by its own words.
  ...sourced('https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting#php-56-certificate-verification-failure', [
    {
      cause: 'tls_cert_untrusted',
      text: /\bSTARTTLS\s*\n[^\n]{0,80}\bSERVER -> CLIENT: 220\b[^\n]*\n(?:[^\n]*\n)?[^\n]{0,60}\bCould not connect to SMTP host\b/,
      unless: /stream_socket_enable_crypto|SSL operation failed|certificate|wrong version|handshake/i,
    },
  ]),
  // Rust's mail-send (Stalwart): its Error variants as a panic or a log prints them (`Err` value: MissingStartTls) and
  // their Display texts. MissingStartTls: the connection was to be upgraded and EHLO offered no STARTTLS.
  ...sourced('stalwartlabs/mail-send:src/lib.rs', [
    { cause: 'starttls_not_offered', text: /\bMissingStartTls\b|\bSTARTTLS extension unavailable\b/ },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bUnsupportedAuthMechanism\b|\bdoes no(t)? support any of the available authentication methods\b/,
    },
  ]),
  // The clients' words for a login mechanism the server does not offer: PHPMailer's authenticate(), curl's SASL
  // start (CURLE_LOGIN_DENIED), and camel's (Evolution, elementary Mail) "IMAP server %s does not support requested
  // authentication type %s" and "… does not support %s authentication" (also as "authentification" in pastes).
  ...sourced('PHPMailer/PHPMailer:src/SMTP.php', [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bThe requested authentication method "?[\w-]{1,40}"? is not supported by the server\b/,
    },
    { source: 'curl/curl:lib/smtp.c', cause: 'auth_mechanism_unsupported', text: /\bNo known authentication mech/ },
  ]),
  ...sourced('GNOME/evolution-data-server:src/camel/providers/imapx/camel-imapx-server.c', [
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /\bdoes not support (the )?(requested )?auth(entication|entification) (type|method|mechanism)\b/,
        /\bserver \S{1,253} does not support [\w-]{1,40} auth(entication|entification)\b/,
      ),
    },
  ]),
  // imapflow's own messages (postalsys/imapflow): its connect deadline, and AUTHENTICATE with no mechanism in
  // common with the server.
  ...sourced('postalsys/imapflow:src/connection-deadline.ts', [
    { cause: 'tcp_timeout', text: /\bFailed to establish connection in required time\b/ },
    {
      source: 'postalsys/imapflow:src/imap-flow.ts',
      cause: 'auth_mechanism_unsupported',
      text: /\bNo matching authentication method\b/,
    },
  ]),
  // Certificates the verifier did not trust or whose names do not match, in the words of JSSE's SimpleValidator,
  // Python's old ssl.match_hostname() (ssl.CertificateError) and Go's TLS client.
  ...sourced(JDK + 'sun/security/validator/SimpleValidator.java', [
    { cause: 'tls_cert_untrusted', text: /\bValidatorException: No trusted certificate found\b/ },
    {
      source: 'python/cpython:Lib/ssl.py',
      cause: 'tls_cert_hostname_mismatch',
      text: /\bhostname '[^'\n]{1,253}' doesn't match\b/,
    },
    {
      source: 'golang/go:src/crypto/tls/handshake_client.go',
      cause: 'tls_old_protocol',
      text: /\bno supported versions satisfy MinVersion and MaxVersion\b/,
    },
  ]),
  // Symfony Mailer: a reply line that never came ("but got empty code"), a write to a closed socket.
  ...sourced('symfony/mailer:Transport/Smtp/SmtpTransport.php', [
    { cause: 'tcp_reset', text: /\bExpected response code "\d{3}[^"\n]{0,20}" but got empty code\b/ },
    {
      source: 'symfony/mailer:Transport/Smtp/Stream/AbstractStream.php',
      cause: 'tcp_reset',
      text: /\bUnable to write bytes on the wire\b/,
    },
  ]),
  // Embedded TLS stacks and other languages' mail libraries (embedded-rules.ts).
  ...EMBEDDED_RULES,
  // Apple's frameworks, Perl, Dart, Rust and Android (platform-rules.ts).
  ...PLATFORM_RULES,
  // PHP's mail libraries and the c-client under its ext/imap (php-imap-rules.ts): before the applications' rows,
  // whose Roundcube "Unable to negotiate TLS" is another failure than c-client's.
  ...PHP_IMAP_RULES,
  // Node's, Python's, Java's, Elixir's and Dart's mail libraries (secondary-lib-rules.ts).
  ...SECONDARY_LIB_RULES,
  // Self-hosted and web applications' own sentences that name a cause (app-rules.ts).
  ...APP_RULES,
  // What a program's maintainers say one of its messages usually means (maintainer-rules.ts).
  ...MAINTAINER_RULES,
]

// A bare class or code: after every row that reads a message, so that "AuthenticationFailedException: 534-5.7.9
// Application-specific password required" keeps its meaning.
export const EXCEPTION_CLASS_RULES: ClassifierRule[] = [
  // CertPathValidatorException: the chain did not validate (PKIXReason NO_TRUST_ANCHOR on Android's "Trust anchor
  // for certification path not found"); expiry and host name have their own messages, read before.
  ...sourced(JDK + 'java/security/cert/CertPathValidatorException.java', [
    { cause: 'tls_cert_untrusted', ...bare('CertPathValidatorException') },
  ]),
  ...sourced('golang/go:src/crypto/x509/verify.go', [
    { cause: 'tls_cert_untrusted', ...bare('x509\\.UnknownAuthorityError') },
    { cause: 'tls_cert_hostname_mismatch', ...bare('x509\\.HostnameError') },
  ]),
  // The JDK's NoRouteToHostException: connect(2)'s EHOSTUNREACH, whatever its message.
  ...sourced(JDK + 'java/net/NoRouteToHostException.java', [
    { cause: 'net_unreachable', text: /\bNoRouteToHostException\b/ },
  ]),
  // RecordHeaderError: "first record does not look like a TLS handshake".
  ...sourced('golang/go:src/crypto/tls/conn.go', [{ cause: 'tls_wrong_mode', ...bare('tls\\.RecordHeaderError') }]),
  // The login refused, as each library names it: Jakarta/JavaMail, MailKit (not .NET's
  // System.Security.Authentication.AuthenticationException, a TLS failure), smtplib, Ruby's Net::SMTP, nodemailer.
  ...sourced(ANGUS + 'api/src/main/java/jakarta/mail/AuthenticationFailedException.java', [
    { cause: 'auth_bad_credentials', ...bare('AuthenticationFailedException') },
    {
      source: 'jstedfast/MailKit:MailKit/Security/AuthenticationException.cs',
      cause: 'auth_bad_credentials',
      ...bare('MailKit\\.Security\\.AuthenticationException'),
    },
    // smtplib's SMTPAuthenticationError; Ruby's Net::SMTPAuthenticationError (ruby/net-smtp:lib/net/smtp.rb) ends so.
    { source: 'python/cpython:Lib/smtplib.py', cause: 'auth_bad_credentials', ...bare('SMTPAuthenticationError') },
    { source: 'nodemailer/nodemailer:lib/smtp-connection/index.js', cause: 'auth_bad_credentials', text: /\bEAUTH\b/ },
  ]),
  // Codes as Node and imapflow set them: OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH, Node's handshake timer,
  // imapflow's check for plaintext sent between STARTTLS's go-ahead and the handshake.
  ...sourced('nodejs/node:src/crypto/crypto_common.cc', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bHOSTNAME_MISMATCH\b/ },
    { source: 'nodejs/node:lib/_tls_wrap.js', cause: 'tls_handshake_failed', text: /\bERR_TLS_HANDSHAKE_TIMEOUT\b/ },
    { source: 'postalsys/imapflow:src/errors.ts', cause: 'starttls_tampered', text: /\bSTARTTLS_INJECTION\b/ },
  ]),
  // .NET's SslPolicyErrors and X509ChainStatusFlags names, as a validation callback logs them.
  ...sourced('https://learn.microsoft.com/en-us/dotnet/api/system.net.security.sslpolicyerrors', [
    { cause: 'tls_cert_untrusted', text: /\bRemoteCertificateChainErrors\b/ },
    {
      source: X509_CHAIN_STATUS,
      cause: 'tls_cert_untrusted',
      text: /\bX509ChainStatusFlags\.(PartialChain|UntrustedRoot)\b/,
    },
  ]),
  // MailKit's SmtpStatusCode and SmtpErrorCode names (RFC 4954's 535, 534, 538, 454, 530).
  ...sourced(MAILKIT, [
    { cause: 'auth_bad_credentials', text: /\bAuthenticationInvalidCredentials\b/ },
    { cause: 'auth_mechanism_unsupported', text: /\bAuthenticationMechanismTooWeak\b/ },
    { cause: 'auth_plaintext_disabled', text: /\bEncryptionRequiredForAuthenticationMechanism\b/ },
    { cause: 'server_unavailable', text: /\bTemporaryAuthenticationFailure\b/ },
    { cause: 'smtp_relay_denied', text: /\b(SmtpStatusCode\.|StatusCode: )AuthenticationRequired\b/ },
    {
      source: 'jstedfast/MailKit:MailKit/Net/Smtp/SmtpErrorCode.cs',
      cause: 'smtp_sender_rejected',
      text: /\bSenderNotAccepted\b/,
    },
  ]),
  // System.Net.Mail.SmtpStatusCode names, as SmtpException.StatusCode prints them.
  ...sourced(DOTNET_CODES, [
    { cause: 'auth_plaintext_disabled', text: /\bMustIssueStartTlsFirst\b/ },
    { cause: 'smtp_relay_denied', text: /\bClientNotPermitted\b/ },
    { cause: 'server_unavailable', text: /\bServiceNotAvailable\b/ },
    { cause: 'protocol_error', text: /\bSmtpStatusCode\.(CommandUnrecognized|SyntaxError|BadCommandSequence)\b/ },
  ]),
  ...sourced('python/cpython:Lib/smtplib.py', [{ cause: 'smtp_sender_rejected', ...bare('SMTPSenderRefused') }]),
  // Symfony Mailer's summary when every authenticator failed; the reply it quotes, when pasted, is read before.
  ...sourced('symfony/mailer:Transport/Smtp/EsmtpTransport.php', [
    { cause: 'auth_bad_credentials', text: /\bFailed to authenticate on SMTP server with username\b/ },
  ]),
  // The connect that timed out: nodemailer's ETIMEDOUT ("Connection timeout"; its greeting timeout says "Greeting
  // never received", read before) and Ruby's Net::OpenTimeout.
  ...sourced('nodemailer/nodemailer:lib/smtp-connection/index.js', [
    { cause: 'tcp_timeout', text: /\bETIMEDOUT\b/ },
    { source: 'ruby/net-protocol:lib/net/protocol.rb', cause: 'tcp_timeout', text: /\bNet::OpenTimeout\b/ },
  ]),
]
