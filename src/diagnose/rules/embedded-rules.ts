// Round 26b (issue 14): embedded TLS stacks and mail libraries in languages not read before, from their sources:
// Mbed TLS's error strings and codes (as mbedtls_strerror and arduino-esp32's ssl_client.cpp print them), ESP Mail
// Client's error texts, wolfSSL's, rustls's Display strings, gen_smtp's error tuples (Erlang and Elixir), Erlang
// ssl's alerts and MailCore2's MCOErrorDomain. Read with the exception messages (exception-rules.ts), before the
// wider words of the general rows. A string whose code covers several causes has no row (or a silent line,
// embedded-silent-lines.ts).
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const MBED = 'Mbed-TLS/mbedtls:include/mbedtls/'
const WOLF = 'wolfSSL/wolfssl:src/internal.c'
const WOLFCRYPT = 'wolfSSL/wolfssl:wolfcrypt/src/error.c'
const RUSTLS = 'rustls/rustls:rustls/src/error/mod.rs'
const GEN_SMTP = 'gen-smtp/gen_smtp:src/gen_smtp_client.erl'
const ESP_MAIL = 'mobizt/ESP-Mail-Client:src/ESP_Mail_Const.h'

// Mbed TLS codes as programs print them: arduino-esp32's "MbedTLS message code: -29184", ESP-IDF's
// "mbedtls_ssl_handshake returned -0x7200", "(-29184) SSL - …". Only after an Mbed TLS or esp-tls word on the line.
// Each code is written once, as Mbed TLS's headers give it (0x7200): the decimal form is derived.
const mbedCode = (code: number): RegExp =>
  new RegExp(`\\b(mbedtls|esp-tls|ssl_client)[^\\n]{0,80}?[-(]-?(0x0{0,3}${code.toString(16)}|${code})\\b`, 'i')

// mbedtls_x509_crt_verify_info() writes one "! <reason>" line per flag: a single flag names the cause; several
// (an expired and untrusted chain) say only that verification failed, and no row reads them.
const VERIFY_FLAGS = {
  expired: /The certificate validity has expired/,
  future: /The certificate validity starts in the future/,
  name: /The certificate Common Name \(CN\) does not match with the expected CN/,
  trust: /The certificate is not correctly signed by the trusted CA/,
}
const onlyFlag = (flag: keyof typeof VERIFY_FLAGS): Pick<ClassifierRule, 'text' | 'unless'> => ({
  text: VERIFY_FLAGS[flag],
  unless: anyOf(...Object.entries(VERIFY_FLAGS).flatMap(([key, re]) => (key === flag ? [] : [re]))),
})

// gen_smtp's {network_failure, Host, {error, Reason}} in Erlang's and Elixir's printing (Swoosh and Bamboo return it).
const HOST = `(?:~c)?(?:"[^"\\n]{1,253}"|'[^'\\n]{1,253}'|[\\w.-]{1,253})`
const genSmtp = (kind: string, reason: string): RegExp => new RegExp(`\\{:?${kind}, ?${HOST}, ?${reason}\\}`)
const networkFailure = (posix: string): RegExp => genSmtp('network_failure', `\\{:?error, ?:?(?:${posix})\\}`)

export const EMBEDDED_RULES: ClassifierRule[] = [
  // Mbed TLS: MBEDTLS_ERR_SSL_INVALID_RECORD is a record header that is not TLS (a plaintext greeting read as
  // TLS); NET_CONN_RESET is recv()/send()'s ECONNRESET or EPIPE; NET_UNKNOWN_HOST is getaddrinfo() failing.
  ...sourced(MBED + 'ssl.h', [
    { cause: 'tls_wrong_mode', text: anyOf(/\bSSL - An invalid SSL record was received\b/, mbedCode(0x7200)) },
    {
      cause: 'tls_handshake_failed',
      text: anyOf(
        /\bSSL - (A fatal alert message was received from our peer|The handshake negotiation failed)\b/,
        /\bSSL - Processing of the Certificate handshake message failed\b/,
        mbedCode(0x7780),
        mbedCode(0x6e00),
        mbedCode(0x7a00),
      ),
    },
    {
      cause: 'tls_old_protocol',
      text: anyOf(/\bSSL - Handshake protocol not within min\/max boundaries\b/, mbedCode(0x6e80)),
    },
    {
      source: 'Mbed-TLS/mbedtls:library/error.c',
      cause: 'tls_old_protocol',
      text: anyOf(/\bSSL - The server has no ciphersuites in common with the client\b/, mbedCode(0x7380)),
    },
  ]),
  ...sourced(MBED + 'net_sockets.h', [
    { cause: 'tcp_reset', text: anyOf(/\bNET - Connection was reset by peer\b/, mbedCode(0x50)) },
    {
      cause: 'dns_nxdomain',
      text: anyOf(/\bNET - Failed to get an IP address for the given hostname\b/, mbedCode(0x52)),
    },
  ]),
  // The verification flags before X509_CERT_VERIFY_FAILED, which any of them returns.
  ...sourced(MBED + 'x509_crt.h', [
    { cause: 'tls_cert_expired', ...onlyFlag('expired') },
    { cause: 'tls_cert_not_yet_valid', ...onlyFlag('future') },
    { cause: 'tls_cert_hostname_mismatch', ...onlyFlag('name') },
    { cause: 'tls_cert_untrusted', ...onlyFlag('trust') },
  ]),
  ...sourced(MBED + 'x509.h', [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(/\bX509 - Certificate verification failed\b/, mbedCode(0x2700)),
      unless: anyOf(...Object.values(VERIFY_FLAGS)),
    },
  ]),
  // ESP Mail Client's errorReason() when the server gave no text of its own: the password step's reply was not
  // 235; no mechanism in common (or no XOAUTH2 offered); the server refused the XOAUTH2 token; a TLS alert.
  ...sourced(ESP_MAIL, [
    { cause: 'auth_bad_credentials', text: /\blogin password is not valid\b/ },
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /\bthe provided SASL authentication mechanism is not support/,
        /\bOAuth2\.0 log in was disabled for this server\b|\bserver is not support OAuth2 login\b/,
      ),
    },
    { cause: 'auth_token_invalid', text: /\bXOAuth2 authenticate failed\b/ },
    { cause: 'tls_handshake_failed', text: /\bthe alert SSL record received\b/ },
  ]),
  // Its ESP32 SSL client's own steps: the host name did not resolve (lwip's gethostbyname() failed), before any
  // socket was opened. A well-known name that fails is the resolver's fault (classify.ts resolverCause).
  ...sourced('mobizt/ESP-Mail-Client:src/wcs/esp32/ESP32_SSL_Client.h', [
    { cause: 'dns_nxdomain', text: /\bcould not get ip from host\b/ },
  ]),
  // wolfSSL: the ASN date and signer errors of the peer's chain, the name check, a fatal alert from the server,
  // no cipher suite or version in common. Its -326 "record layer version error" is a plaintext reply and an old
  // server's version alike: no row.
  ...sourced(WOLFCRYPT, [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(/\bASN no signer error to confirm failure\b/, /\bwolfSSL\w*[^\n]{0,40}?(error|err|ret)\D{0,5}-188\b/),
    },
    {
      cause: 'tls_cert_expired',
      text: anyOf(
        /\bASN date error, current date (is )?after\b/,
        /\bwolfSSL\w*[^\n]{0,40}?(error|err|ret)\D{0,5}-151\b/,
      ),
    },
    {
      cause: 'tls_cert_not_yet_valid',
      text: anyOf(
        /\bASN date error, current date (is )?before\b/,
        /\bwolfSSL\w*[^\n]{0,40}?(error|err|ret)\D{0,5}-150\b/,
      ),
    },
  ]),
  ...sourced(WOLF, [
    {
      cause: 'tls_cert_hostname_mismatch',
      text: anyOf(
        /\bpeer (subject name|ip address) mismatch\b/,
        /\bwolfSSL\w*[^\n]{0,40}?(error|err|ret)\D{0,5}-32[25]\b/,
      ),
    },
    {
      cause: 'tls_handshake_failed',
      text: anyOf(/\breceived alert fatal error\b/, /\bwolfSSL\w*[^\n]{0,40}?(error|err|ret)\D{0,5}-313\b/),
    },
    { cause: 'tls_old_protocol', text: /\bcan't match cipher suite\b|\bbad\/unsupported protocol version\b/ },
  ]),
  // rustls: the deframer's content type or version that no TLS record has (a plaintext greeting); the verifier's
  // CertificateError by name (Debug) or sentence (Display); alerts and incompatibilities of version and suites.
  ...sourced(RUSTLS, [
    {
      cause: 'tls_wrong_mode',
      text: /\breceived corrupt message of type (InvalidContentType|UnknownProtocolVersion)\b/,
    },
    {
      cause: 'tls_cert_untrusted',
      text: /\binvalid peer certificate: (UnknownIssuer|BadSignature)\b/,
    },
    // webpki's CaUsedAsEndEntity, wrapped as rustls' Other: the server's own certificate is a CA's (a home-made
    // self-signed one, as Proton Mail Bridge's), which no verifier takes as a server's.
    ...sourced('rustls/webpki:src/error.rs', [
      { cause: 'tls_cert_untrusted', text: /\binvalid peer certificate:\s*Other\(OtherError\(CaUsedAsEndEntity\)\)/ },
    ]),
    { cause: 'tls_cert_expired', text: /\binvalid peer certificate: (Expired\b|certificate expired:)/ },
    { cause: 'tls_cert_not_yet_valid', text: /\binvalid peer certificate: (NotValidYet\b|certificate not valid yet:)/ },
    {
      cause: 'tls_cert_hostname_mismatch',
      text: /\binvalid peer certificate: (NotValidForName\b|certificate not valid for name\b)/,
    },
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        /\breceived fatal alert: (ProtocolVersion\b|the peer did not support a suitable TLS version)/,
        /\bpeer is incompatible: (ServerDoesNotSupportTls12Or13|NoCipherSuitesInCommon|Tls12NotOffered)/,
      ),
    },
    // The server's handshake_failure alert: rustls offers only TLS 1.2 and 1.3 with ECDHE and AEAD suites (no TLS 1.0
    // or 1.1, no discrete-log DH, no suites without forward secrecy: rustls/src/manual/features.rs), so a server that
    // refuses the handshake found nothing it does among them, an old server's case. Display and Debug forms.
    {
      source: 'rustls/rustls:rustls/src/manual/features.rs',
      cause: 'tls_old_protocol',
      text: anyOf(
        /\breceived fatal alert: (HandshakeFailure\b|the peer failed to negotiate an acceptable set of security)/,
        /\bAlertReceived\((HandshakeFailure|ProtocolVersion|InsufficientSecurity)\)/,
      ),
    },
  ]),
  // Erlang ssl: alerts the client generated on the server's certificate, and a record type no TLS record has.
  ...sourced('erlang/otp:lib/ssl/src/ssl_alert.erl', [
    {
      source: 'erlang/otp:lib/ssl/src/tls_record.erl',
      cause: 'tls_wrong_mode',
      text: /\bunsupported_record_type,\s?\d+\}/,
    },
    // Before OTP 24 checked the record type, the record parser's version check came first: a plaintext greeting's
    // "220 " carries no TLS version (validate_tls_record_version), and the client's own alert is bad_record_mac.
    // Said by the client as an Erlang or Elixir term ({tls_alert, 'bad record mac'}), not OpenSSL's server-side words.
    {
      source: 'erlang/otp:lib/ssl/src/tls_record.erl',
      cause: 'tls_wrong_mode',
      text: /\{:?tls_alert,\s?(['"]bad record mac['"]|\{:?bad_record_mac\b)/,
      unless: /\bSTARTTLS\b/i,
    },
    { cause: 'tls_cert_hostname_mismatch', text: /\{bad_cert,\s?hostname_check_failed\}/ },
    {
      cause: 'tls_cert_untrusted',
      // The client's own alert on the server's chain: Unknown CA, or Bad Certificate (what OTP sends for a
      // self-signed peer and other path failures, ssl_alert.erl's mapping of {bad_cert, _}).
      text: /\bCLIENT ALERT: Fatal - (Unknown CA|Bad Certificate)\b|\{bad_cert,\s?(unknown_ca|selfsigned_peer)\}/,
    },
    { cause: 'tls_cert_expired', text: /\bCLIENT ALERT: Fatal - Certificate Expired\b|\{bad_cert,\s?cert_expired\}/ },
    { cause: 'tls_old_protocol', text: /\bSERVER ALERT: Fatal - (Protocol Version|Insufficient Security)\b/ },
  ]),
  // gen_smtp's client: the socket's POSIX reason, all AUTH mechanisms refused with auth=always, tls=always on a
  // server without STARTTLS, and a STARTTLS whose handshake failed.
  ...sourced(GEN_SMTP, [
    { cause: 'tcp_refused', text: networkFailure('econnrefused') },
    { cause: 'tcp_timeout', text: networkFailure('timeout|etimedout') },
    { cause: 'dns_nxdomain', text: networkFailure('nxdomain') },
    { cause: 'net_unreachable', text: networkFailure('ehostunreach|enetunreach') },
    { cause: 'tcp_reset', text: networkFailure('econnreset') },
    { cause: 'auth_bad_credentials', text: genSmtp('permanent_failure', ':?auth_failed') },
    { cause: 'starttls_not_offered', text: genSmtp('missing_requirement', ':?tls') },
    { cause: 'starttls_failed', text: genSmtp('temporary_failure', ':?tls_failed') },
  ]),
  // MailCore2's MCOErrorDomain sentences (MCErrorMessage.cpp) that Mailspring's own strings do not already say.
  ...sourced('MailCore/mailcore2:src/core/abstract/MCErrorMessage.cpp', [
    { cause: 'auth_bad_credentials', text: /\bUnable to authenticate with the current session's credentials\b/ },
    { cause: 'tls_cert_untrusted', text: /\bThe certificate for this server is invalid\b/ },
    { cause: 'auth_web_login_required', text: /\bThe user needs to log in via the web browser\b/ },
    { cause: 'protocol_error', text: /\bUnable to parse response from server\b/ },
  ]),
]
