// Round 26e (issue 14): TLS and mail error texts of Apple's frameworks (Secure Transport's OSStatus codes, the URL
// loading system's NSURLErrorDomain codes), Perl (IO::Socket::SSL, Net::SMTP, Mail::IMAPClient, Email::Sender),
// Dart (the mailer package, dart:io's HandshakeException), Rust (lettre, imap, native-tls) and Android (libcore's
// IoBridge, Conscrypt), from their sources. Read with the exception messages (exception-rules.ts), after the
// embedded stacks' rows. A code or string that covers several of our causes has no row.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const SECURE_TRANSPORT = 'darlinghq/darling-security:OSX/libsecurity_ssl/lib/SecureTransport.h'
const URL_ERRORS = 'https://developer.apple.com/documentation/foundation/1508628-url_loading_system_error_codes'
const IO_SOCKET_SSL = 'noxxi/p5-io-socket-ssl:lib/IO/Socket/SSL.pm'
const DART_MAILER = 'kaisellgren/mailer:lib/src/smtp/'
const LETTRE = 'lettre/lettre:src/transport/smtp/client/'

// A Secure Transport OSStatus as programs print it: CFNetwork's "SSLHandshake failed (-9807)", an NSError's
// "NSOSStatusErrorDomain Code=-9807" or "_kCFStreamErrorCodeKey=-9807", Network.framework's "tls(-9807)" and
// "NWError: -9807", security-framework's Debug "code: -9807", a bare "OSStatus -9807"; or the constant's name.
const stCode = (codes: number[], names: string[]): RegExp =>
  new RegExp(
    `(?:SSLHandshake failed \\(|OSStatusErrorDomain,? Code=|_kCFStreamErrorCodeKey=` +
      `|kCFStreamErrorDomainSSL,? (?:Code=)?|\\btls\\(|NWError:? |\\bcode: |OSStatus(?: error)? |errSSL\\w* \\()` +
      `(?:${codes.join('|')})(?!\\d)` +
      `|\\b(?:${names.map((n) => `errSSL${n}`).join('|')})\\b`,
  )

// An NSURLErrorDomain (or kCFErrorDomainCFNetwork) code, printed as an NSError or in a sentence ("NSURLErrorDomain
// error -1009").
const urlCode = (code: number): RegExp =>
  new RegExp(`\\b(?:NSURLErrorDomain|kCFErrorDomainCFNetwork),? (?:Code=|error )${code}(?!\\d)`)

export const PLATFORM_RULES: ClassifierRule[] = [
  // Secure Transport (SecureTransport.h, whose comments are also SecCopyErrorMessageString's texts). -9800
  // errSSLProtocol is what the record layer returns when the first bytes read are no TLS record: at the start of a
  // connection, a plaintext greeting ("220 …", "* OK …") answering the ClientHello, i.e. the wrong security mode.
  // -9806 errSSLClosedAbort is the socket's ECONNRESET during the handshake (curl's SocketRead maps it so). -9801
  // (no cipher suite in common), -9836 (protocol_version alert) and -9837 (insufficient_security alert) are an old
  // server's; -9824 and -9858 a handshake_failure alert; the chain and name errors are the trust evaluation's. No row:
  // -9816 (closed without close_notify) and -9844 (peer dropped the connection before responding), which an old
  // server and a plaintext port both give; -9808 (certificate format) and the peer's alerts about a client certificate.
  // The inner code first: an NSURLErrorDomain -1200 or -1202 that carries one says more.
  ...sourced(SECURE_TRANSPORT, [
    { cause: 'tls_wrong_mode', text: stCode([-9800], ['Protocol']) },
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        stCode([-9807, -9812, -9813], ['XCertChainInvalid', 'UnknownRootCert', 'NoRootCert']),
        /^(invalid certificate chain|valid cert chain, untrusted root|cert chain not verified by root)$/,
      ),
    },
    { cause: 'tls_cert_expired', text: anyOf(stCode([-9814], ['CertExpired']), /^chain had an expired cert$/) },
    {
      cause: 'tls_cert_not_yet_valid',
      text: anyOf(stCode([-9815], ['CertNotYetValid']), /^chain had a cert not yet valid$/),
    },
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(stCode([-9843], ['HostNameMismatch']), /\bpeer host name mismatch\b/),
    },
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        stCode([-9801, -9836, -9837], ['Negotiation', 'PeerProtocolVersion', 'PeerInsufficientSecurity']),
        /^Cipher Suite negotiation failure$/,
      ),
    },
    { cause: 'tcp_reset', text: stCode([-9806, -9852], ['ClosedAbort', 'TransportReset']) },
    {
      cause: 'tls_handshake_failed',
      text: stCode([-9802, -9824, -9858], ['FatalAlert', 'PeerHandshakeFail', 'HandshakeFail']),
    },
  ]),
  // The URL loading system's codes: -1003 no such host, -1009 no network path, the certificate's dates (-1201's
  // text says which), an unknown issuer (-1203). -1202 (any other trust failure) is read by its sentence elsewhere.
  // -1004 "Could not connect to the server" and -1005 "network connection was lost" keep the sentence's reading.
  ...sourced(URL_ERRORS, [
    { cause: 'dns_nxdomain', text: urlCode(-1003) },
    { cause: 'net_unreachable', text: anyOf(urlCode(-1009), /\bThe Internet connection appears to be offline\b/) },
    {
      cause: 'tls_cert_not_yet_valid',
      text: /\bThe certificate for this server is not yet valid\b|\bNSURLErrorDomain,? Code=-1204\b/,
    },
    { cause: 'tls_cert_expired', text: /\bThe certificate for this server has expired\b/ },
    {
      cause: 'tls_cert_untrusted',
      text: /\bThe certificate for this server was signed by an unknown certifying authority\b|\bCode=-1203\b/,
    },
    {
      cause: 'tls_handshake_failed',
      text: /\bAn SSL error has occurred and a secure connection to the server cannot be made\b/,
    },
  ]),
  // IO::Socket::SSL: the verify callback's own check of the certificate's names (severity 5, it outranks the
  // "certificate verify failed" OpenSSL then reports); SSL_connect() returning 0, a handshake the peer shut down,
  // when no OpenSSL reason follows.
  ...sourced(IO_SOCKET_SSL, [
    { cause: 'tls_cert_hostname_mismatch', text: /\bhostname verification failed\b/ },
    // Mail::IMAPClient's starttls(): the server said OK to STARTTLS, then start_SSL() failed. A reason that names
    // the certificate or a plaintext reply is read by its own rows.
    {
      source: 'plobbes/mail-imapclient:lib/Mail/IMAPClient.pm',
      cause: 'starttls_failed',
      text: /\bUnable to start TLS: /,
      unless: /\bUnable to start TLS: [^\n]*\b(certificate|wrong version|unsupported protocol|alert)/i,
    },
    {
      cause: 'tls_handshake_failed',
      text: /\bSSL connect attempt failed because of handshake problems\b/,
      unless: /\berror:[0-9A-F]{8}:/i,
    },
  ]),
  // Email::Sender's SMTP transport: starttls() failed. A 5xx "unrecognized" reply quoted after it is a server that
  // does not know STARTTLS; any other text (the 220 go-ahead, IO::Socket::SSL's reason) an upgrade that failed.
  ...sourced('rjbs/Email-Sender:lib/Email/Sender/Transport/SMTP.pm', [
    {
      cause: 'starttls_not_offered',
      text: /\bcan't STARTTLS: (5\d\d[ -])?(5\.5\.[12] )?(Unrecogni[sz]ed command|Command (not recogni[sz]ed|unrecogni[sz]ed)|Unknown command)\b/i,
    },
    {
      cause: 'starttls_failed',
      text: /\bcan't STARTTLS: /,
      unless: /\bcan't STARTTLS: [^\n]*\b(certificate|hostname verification|wrong version)/i,
    },
  ]),
  // The Dart mailer package: no greeting before the timeout (on a plaintext connection it suggests ssl: on port 465
  // that is the wrong mode); verifySecuredConnection() when no STARTTLS upgraded the connection; no mechanism it
  // knows among the server's; its old "Incorrect username / password" after a refused AUTH LOGIN.
  ...sourced(DART_MAILER + 'smtp_client.dart', [
    { cause: 'tls_wrong_mode', port: [465], text: /\bTimed out while waiting for greeting \(try ssl\)/ },
    { cause: 'greeting_timeout', text: /\bTimed out while waiting for greeting\b/ },
    {
      source: DART_MAILER + 'connection.dart',
      cause: 'starttls_not_offered',
      text: /\bAborting because connection is not secure\b/,
    },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bThe server does not support (LOGIN|LOGIN or PLAIN|XOAUTH2) authentication method\b/,
    },
    { cause: 'auth_bad_credentials', text: /\bIncorrect username \/ password\b/, unless: /\b[45]\.\d\.\d{1,3}\b/ },
  ]),
  // dart:io: the socket closed while SecureSocket was still in its handshake.
  ...sourced('dart-lang/sdk:sdk/lib/io/secure_socket.dart', [
    { cause: 'tls_handshake_failed', text: /\bHandshakeException: Connection terminated during handshake\b/ },
  ]),
  // lettre: STARTTLS required but not in the EHLO reply; no mechanism in common; a name that resolved to no
  // address at all (a lookup that failed says so in the resolver's words instead).
  ...sourced(LETTRE + 'connection.rs', [
    { cause: 'starttls_not_offered', text: /\bSTARTTLS is not supported on this server\b/ },
    { cause: 'auth_mechanism_unsupported', text: /\bNo compatible authentication mechanism was found\b/ },
    { source: LETTRE + 'net.rs', cause: 'dns_no_address', text: /\bcould not resolve to any (supported )?address\b/ },
  ]),
  // The imap crate's Error::StartTlsNotAvailable.
  ...sourced('jonhoo/rust-imap:src/error.rs', [
    { cause: 'starttls_not_offered', text: /\bStartTls is not available on the server\b/ },
  ]),
  // BoringSSL (Android's Conscrypt, Dart): the server chose a version the client does not allow.
  ...sourced('google/boringssl:include/openssl/ssl.h', [
    { cause: 'tls_old_protocol', text: /\bOPENSSL_internal:UNSUPPORTED_PROTOCOL\b/ },
  ]),
  // Conscrypt's "SSL handshake aborted: ssl=0x…: I/O error during system call, Connection reset by peer" (and its
  // "Read error"/"Write error" after the handshake): the socket's ECONNRESET under BoringSSL.
  ...sourced('google/conscrypt:common/src/jni/main/cpp/conscrypt/native_crypto.cc', [
    {
      cause: 'tcp_reset',
      text: /\b(SSL handshake aborted|Read error|Write error): ssl=0x[0-9a-f]+: I\/O error during system call, Connection reset\b/,
    },
  ]),
  // Android's IoBridge: "failed to connect to … after Nms" with no errno is poll() running out of time.
  ...sourced('GrapheneOS/platform_libcore:luni/src/main/java/libcore/io/IoBridge.java', [
    {
      cause: 'tcp_timeout',
      text: /\bfailed to connect to \S{0,300} \(port \d+\)( from \S{1,60} \(port \d+\))? after \d+ms$/m,
    },
  ]),
]
