// Sentences of server logs and mail libraries whose general words mislead: "password expired" is not
// a web login, Exim's "SMTP protocol error … mechanism not supported" is a mechanism, a ClientHello
// quoted as early input is TLS spoken to a plain port, MailKit's "refused the connection" is a BYE
// greeting. Read before every other row (EARLY) or right after the TLS handshake rows (AFTER_TLS).
import { sourced, type ClassifierRule } from './rule.js'

export const EARLY_LOG_RULES: ClassifierRule[] = [
  // OpenSMTPD's mta.c: the MX lookup came back DNS_RETRY, a resolver that failed for the moment.
  ...sourced('OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/mta.c', [
    { cause: 'dns_servfail', text: /\bTemporary failure in MX lookup\b/ },
  ]),
  // Google's bounce for a domain whose lookups answer NOERROR with no records: the name exists and points nowhere
  // (sisimai reads " had no relevant answers." in Google Workspace's bounces as a network error), and NXDOMAIN for
  // one that does not exist.
  ...sourced('sisimai/p5-sisimai:lib/Sisimai/Lhost/GoogleWorkspace.pm', [
    { cause: 'dns_no_address', text: /\blookup of \S+ (responded with code NOERROR|had no relevant answers)\b/ },
    { cause: 'dns_nxdomain', text: /\blookup of \S+ responded with code NXDOMAIN\b/ },
  ]),
  // smtpd_check.c's sender restrictions ("not owned by user", "Domain not found" …) refuse the sender
  // address; its "not logged in" (reject_unauthenticated_sender_login_mismatch) asks for a login: relay.
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c', [
    { cause: 'smtp_sender_rejected', text: /\bSender address rejected\b/i, unless: /not logged in/i },
  ]),
  // Dovecot's auth fail codes as its login processes log them (client_auth_fail_code_reasons).
  ...sourced('dovecot/core:src/login-common/client-common.c', [
    { cause: 'auth_account_locked', text: /\((password expired|user disabled)\b|\((password_expired|user_disabled)\)/ },
  ]),
  ...sourced('Exim/exim:src/src/smtp_in.c', [
    { cause: 'auth_mechanism_unsupported', text: /\bauthentication mechanism not supported\b/i },
    // The input Exim quotes (octal escapes) starts with a TLS record header: content type 22 (handshake),
    // major version 3 (RFC 8446 §5.1): the client began TLS on a port that waits for a plain greeting.
    { cause: 'tls_wrong_mode', text: /\binput="?\\0?26\\0?03\\/ },
  ]),
  // .NET SslStream's net_auth_tls_alert: "Authentication failed" here is the TLS handshake, not the login.
  ...sourced('dotnet/runtime:src/libraries/System.Net.Security/src/Resources/Strings.resx', [
    {
      cause: 'tls_old_protocol',
      text: /remote party sent a TLS alert: '?(ProtocolVersion|InsufficientSecurity)\b/i,
    },
    { cause: 'tls_handshake_failed', text: /remote party sent a TLS alert\b/i },
  ]),
  // MailKit's own sentences: a BYE greeting without text, LOGINDISABLED, no AUTH in EHLO.
  // poplib's _getline() makes up "-ERR EOF" when the connection closes before a line: not a server's -ERR.
  ...sourced('python/cpython:Lib/poplib.py', [{ cause: 'tcp_reset', text: /(^|error_proto: (b')?)-ERR EOF\b/m }]),
  ...sourced('jstedfast/MailKit:MailKit/Net/Imap/ImapEngine.cs', [
    { cause: 'server_unavailable', text: /\bIMAP server unexpectedly refused the connection\b/i },
  ]),
  ...sourced('jstedfast/MailKit:MailKit/Net/Imap/ImapClient.cs', [
    { cause: 'auth_plaintext_disabled', text: /\bThe LOGIN command is disabled\b/i },
  ]),
  ...sourced('jstedfast/MailKit:MailKit/Net/Smtp/SmtpClient.cs', [
    { cause: 'auth_plaintext_disabled', text: /\bSMTP server does not support authentication\b/i },
  ]),
]

export const AFTER_TLS_LOG_RULES: ClassifierRule[] = [
  // Postfix's SMTP client: the connection opened, the greeting never came (a silent TLS port is read
  // earlier, by port).
  ...sourced('vdukhovni/postfix:postfix/src/smtp/smtp_proto.c', [
    { cause: 'greeting_timeout', text: /\btimed out while receiving the initial server greeting\b/i },
  ]),
  // smtplib's getreply(): a read that timed out on an open connection ("Connection unexpectedly closed: " +
  // str(socket.timeout)); the first read is the greeting.
  ...sourced('python/cpython:Lib/smtplib.py', [
    { cause: 'greeting_timeout', text: /\bConnection unexpectedly closed: timed out\b/i },
  ]),
  // asyncio's "Connect call failed (address)" names only the errno: Linux (111, 110, 113, 101) and
  // macOS/BSD (61, 60, 65, 51) numbers for refused, timed out, no route, network unreachable.
  ...sourced('python/cpython:Lib/asyncio/selector_events.py', [
    { cause: 'tcp_refused', text: /\[Errno (111|61)\] Connect call failed/ },
    { cause: 'tcp_timeout', text: /\[Errno (110|60)\] Connect call failed/ },
    { cause: 'net_unreachable', text: /\[Errno (113|101|65|51)\] Connect call failed/ },
  ]),
]

// Read on the whole text before the reply it quotes: poplib's "-ERR EOF" raised from quit() is the server closing
// instead of answering QUIT with +OK (RFC 1939 §6). The session had worked; the server broke the protocol at its end.
export const POPLIB_WRAPPER_RULES: ClassifierRule[] = sourced('python/cpython:Lib/poplib.py', [
  { cause: 'protocol_error', text: /\bin quit\b[\s\S]{0,400}?-ERR EOF\b/ },
])
