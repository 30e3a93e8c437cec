// Round 14 (issue 14): what people actually paste, read from the TRAIN half of the public-thread cases (thr12-).
// Each row is the message form of the library or server that prints it, read from that library's source: the
// shapes Python's ssl errors, PHP's certificate warnings and node-imap's timers share, not one thread's words.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const IMPLICIT_TLS_PORTS = [465, 993, 995]

// Read on the whole text before the reply it quotes: the wrapper says what the quoted reply means.
export const THREAD_WRAPPER_RULES: ClassifierRule[] = [
  // Exchange Online ends an OAuth session whose access token ran out with "* BYE Session invalidated -
  // AccessTokenExpired"; the commands after it fail with "BAD Command received in Invalid state", which alone
  // reads as a protocol error. Exchange's source is closed: the BYE line as an IMAP library's thread quotes it.
  ...sourced('https://github.com/iroco-co/aioimaplib/issues/83', [
    { cause: 'auth_token_invalid', text: /\bSession invalidated - AccessTokenExpired\b/ },
  ]),
]

// Read with the TLS rows, before the certificate and handshake rows' wider words.
export const THREAD_TLS_RULES: ClassifierRule[] = [
  // Python's ssl module prints OpenSSL's error as "[LIB: REASON] reason words (_ssl.c:N)" (fill_and_set_sslerror);
  // a paste often keeps only the bracket. The reasons are OpenSSL's (ssl/ssl_err.c) and mean what their words mean.
  ...sourced('python/cpython:Modules/_ssl.c', [
    {
      cause: 'tls_wrong_mode',
      text: /\[SSL: (WRONG_VERSION_NUMBER|HTTPS?_PROXY_REQUEST|HTTP_REQUEST|PACKET_LENGTH_TOO_LONG|UNKNOWN_PROTOCOL)\]/,
    },
    {
      cause: 'tls_old_protocol',
      text: anyOf(
        /\[SSL: (UNSUPPORTED_PROTOCOL|TLSV1_ALERT_PROTOCOL_VERSION|NO_PROTOCOLS_AVAILABLE|VERSION_TOO_LOW)\]/,
        /\[SSL: (DH_KEY_TOO_SMALL|EE_KEY_TOO_SMALL|CA_MD_TOO_WEAK|UNSAFE_LEGACY_RENEGOTIATION_DISABLED)\]/,
      ),
    },
  ]),
  // PHP's OpenSSL stream wrapper (php_openssl_matches_common_name) has two sentences that start so: "Peer
  // certificate CN=`%s' did not match expected CN=`%s'" and "… is malformed". A paste cut after "CN" is the first.
  ...sourced('php/php-src:ext/openssl/xp_ssl.c', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bPeer certificate CN\b/, unless: /\bis malformed\b/ },
  ]),
  // node-imap starts its authTimeout when the socket (or its TLS) is connected, and fails with "Timed out while
  // authenticating with server" when no greeting and login followed: the connection was open, so it is no TCP
  // timeout. On an implicit-TLS port the server was waiting for a ClientHello (RFC 8314 §3).
  ...sourced('mscdex/node-imap:lib/Connection.js', [
    { cause: 'tls_wrong_mode', port: IMPLICIT_TLS_PORTS, text: /\bTimed out while authenticating with server\b/ },
    { cause: 'greeting_timeout', text: /\bTimed out while authenticating with server\b/ },
  ]),
]

// Words a server or its filter says about limits, read before the credential rows.
export const THREAD_AUTH_RULES: ClassifierRule[] = [
  // Rspamd's ratelimit module rejects with 'Ratelimit "<bucket>" exceeded' (message_func), as mailcow and other
  // Rspamd setups send it (often escaped inside a JSON or log string).
  ...sourced('rspamd/rspamd:src/plugins/lua/ratelimit.lua', [
    { cause: 'auth_rate_limited', text: /\bRatelimit \\?"[^"\\]+\\?" exceeded\b/i },
  ]),
]
