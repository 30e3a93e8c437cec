// Rounds 14 and 17 (issue 14): what people actually paste, read from the TRAIN half of the public-thread cases
// (thr12-, thr15-). Each row is the message form of the library, program or provider that prints it, read from its
// source or page: the shapes Python's ssl errors, PHP's certificate warnings and node-imap's timers share, not one
// thread's words. The port × failure shape inferences are in mode-rules.ts.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

// Well-known providers' mail host names, and the names their own certificates carry. A certificate for a name of
// neither, presented for one of these hosts, was not the provider's: something on the path answered in its place.
const PROVIDER_CERTS: Array<{ hosts: string; own: string }> = [
  { hosts: String.raw`(?:smtp|imap|pop)\.gmail\.com|smtp\.googlemail\.com`, own: 'google|gmail' },
  {
    hosts: String.raw`smtp\.office365\.com|outlook\.office365\.com|smtp-mail\.outlook\.com|outlook\.office\.com`,
    own: 'outlook|office365|office\\.com|microsoft',
  },
  { hosts: String.raw`(?:smtp|imap|pop)\.mail\.yahoo\.com`, own: 'yahoo' },
  { hosts: String.raw`(?:smtp|imap)\.mail\.me\.com`, own: 'icloud|me\\.com|apple' },
  { hosts: String.raw`(?:smtp|imap|pop)(?:pro)?\.zoho\.(?:com|eu|in)`, own: 'zoho' },
]

// The libraries' hostname-mismatch sentences that name both the expected host and the certificate's name: PHP
// (php-src ext/openssl/xp_ssl.c), Node (lib/tls.js checkServerIdentity), Go (crypto/x509 HostnameError), Python's
// old ssl.match_hostname. Each with the certificate's name required to be none of the provider's.
const foreignCertificate = ({ hosts, own }: { hosts: string; own: string }): RegExp => {
  const notOwn = (stop: string) => `(?![^${stop}]*(?:${own}))`
  return new RegExp(
    [
      `Peer certificate CN=\`${notOwn("'`")}[^'\`]+' did not match expected CN=\`(?:${hosts})'`,
      `Host: (?:${hosts})\\.? is not in the cert's altnames: DNS:${notOwn(',\\s')}`,
      `certificate is valid for ${notOwn(',')}[^,]+(?:, [^,]+)*?, not (?:${hosts})\\b`,
      `hostname '(?:${hosts})' doesn't match '${notOwn("'")}`,
    ].join('|'),
    'i',
  )
}

// Read on the whole text before the reply it quotes: the wrapper says what the quoted reply means.
export const THREAD_WRAPPER_RULES: ClassifierRule[] = [
  // Exchange Online ends an OAuth session whose access token ran out with "* BYE Session invalidated -
  // AccessTokenExpired"; the commands after it fail with "BAD Command received in Invalid state", which alone
  // reads as a protocol error. Exchange's source is closed: the BYE line as an IMAP library's thread quotes it.
  ...sourced('https://github.com/iroco-co/aioimaplib/issues/83', [
    { cause: 'auth_token_invalid', text: /\bSession invalidated - AccessTokenExpired\b/ },
  ]),
  // imapsync's "Can not go to tls encryption on <host>:<LastError>": the BAD it quotes answered STARTTLS, so the
  // server does not know the command (RFC 3501 §7.1.3) and there is no STARTTLS to go to, whatever BAD alone means.
  ...sourced('imapsync/imapsync:imapsync', [
    { cause: 'starttls_not_offered', text: /\bCan not go to tls encryption on\b.{0,200}\bBAD\b/s },
  ]),
]

// Read with the TLS rows, before the certificate and handshake rows' wider words.
export const THREAD_TLS_RULES: ClassifierRule[] = [
  // A well-known provider's host answered with a web host's or an ISP's certificate: the connection never reached
  // the provider. Shared hosts stop their users' scripts from reaching remote SMTP servers (cPanel/WHM "SMTP
  // Restrictions": firewall rules that keep outbound SMTP to the MTA, root and Mailman) and some send those
  // connections to their own mail server instead; whatever diverts it, the fix is the host's, not the host name's.
  ...sourced('https://www.allanuxweb.com/knowledgebase/136/-How-to-enable-SMTP-Restrictions-in-WHM.html', [
    ...PROVIDER_CERTS.map((provider) => ({
      cause: 'tls_intercepted_by_antivirus',
      text: foreignCertificate(provider),
    })),
  ]),
  // BoringSSL's reasons as Dart's SecureSocket and other BoringSSL users print them: "REASON(file.cc:line)". The
  // record-version one by its name alone too: Conscrypt's "OPENSSL_internal:WRONG_VERSION_NUMBER" (Android), and a
  // paste that cut the file name ("OS Error: WRONG_VERSION_NUMBER.cc:242").
  ...sourced('google/boringssl:ssl/tls_record.cc', [
    { cause: 'tls_wrong_mode', text: /\bWRONG_VERSION_NUMBER\b|\b(HTTPS?_PROXY_REQUEST|HTTP_REQUEST)\(\w+\.cc:\d+\)/ },
    {
      cause: 'tls_old_protocol',
      text: /\b(UNSUPPORTED_PROTOCOL|TLSV1_ALERT_PROTOCOL_VERSION|NO_SUPPORTED_VERSIONS_ENABLED)\(\w+\.cc:\d+\)/,
    },
  ]),
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
  // timeout. On an implicit-TLS port it is the mode (mode-rules.ts, read before this row).
  ...sourced('mscdex/node-imap:lib/Connection.js', [
    { cause: 'greeting_timeout', text: /\bTimed out while authenticating with server\b/ },
  ]),
]

// Words a server or its filter says about limits and logins, read before the credential rows.
export const THREAD_AUTH_RULES: ClassifierRule[] = [
  // NetEase's SMTP answer to a login from a client whose access is not turned on: "550 User has no permission", in
  // Chinese "用户无权登陆" (user has no right to log in), which a UTF-8 reader of its GBK bytes prints as
  // "�û���Ȩ��½" (every invalid byte replaced, https://encoding.spec.whatwg.org/#utf-8-decoder). NetEase's rules
  // for the client authorization code: turning client access on sets the code the client must use.
  ...sourced('https://help-w.com/renwu/1518473143_zh.html', [
    {
      cause: 'auth_app_password_required',
      text: /\b550[ ,'"(]+User has no permission\b|用户无权登[陆录]|\uFFFDû\uFFFD{3}Ȩ\uFFFD{2}½/,
    },
  ]),
  // Tencent Exmail with "secure login" on takes only a client-specific password (客户端专用密码) generated in its
  // settings; NetEase calls its code the client authorization password (客户端授权密码), Alibaba Mail a third-party
  // client security password (三方客户端安全密码). Tencent's help page as a repository's setup guide quotes it.
  ...sourced('https://open.work.weixin.qq.com/help2/pc/19886', [
    {
      cause: 'auth_app_password_required',
      // NetEase's page is in traditional characters too (授權碼, 客戶端).
      text: /客[户戶]端(专用|專用|授权|授權)密[码碼]|三方客户端安全密码|授權碼|\bclient[- ]specific password\b/i,
    },
  ]),
  // go-sasl's XOAUTH2 client decodes the server's error challenge, Google's base64 JSON {"status","schemes","scope"}
  // (developers.google.com/gmail/imap/xoauth2-protocol), and fails with "XOAUTH2 authentication error (<status>)":
  // the token was refused (expired, revoked or without the https://mail.google.com/ scope).
  ...sourced('emersion/go-sasl:xoauth2.go', [
    { cause: 'auth_token_invalid', text: /\bXOAUTH2 authentication error \(40[01]\)/ },
  ]),
  // Outlook "uses only authentication mechanisms that are advertised by the server"; when none of its own is
  // offered (a port with no AUTH, a server with only other mechanisms) it says so, in English and German.
  ...sourced('https://msdn.microsoft.com/en-us/library/ee624604(v=exchg.80).aspx', [
    {
      cause: 'auth_mechanism_unsupported',
      text: anyOf(
        /None of the authentication methods supported by this client are supported by (your|the) server/,
        /keine der von diesem Client unterstützten Authentifizierungsmethoden/,
      ),
    },
  ]),
  // Rspamd's ratelimit module rejects with 'Ratelimit "<bucket>" exceeded' (message_func), as mailcow and other
  // Rspamd setups send it (often escaped inside a JSON or log string).
  ...sourced('rspamd/rspamd:src/plugins/lua/ratelimit.lua', [
    { cause: 'auth_rate_limited', text: /\bRatelimit \\?"[^"\\]+\\?" exceeded\b/i },
  ]),
]
