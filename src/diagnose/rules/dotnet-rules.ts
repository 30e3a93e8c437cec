// .NET's own sentences around a failed mail connection (round 7's inventory). SslStream reports its
// TLS handshake as "Authentication failed" and wraps Schannel's status codes in Win32Exception; MailKit's
// SslHandshakeException prints a help text that lists every possible reason ("self-signed", "expired",
// "protocols do not match", "a port which does not support SSL/TLS") before the inner exception that
// names the real one. So the inner sentences and codes are read first (EARLY), and the bare
// AuthenticationException only after every certificate and handshake row (AFTER_TLS).
import { sourced, type ClassifierRule } from './rule.js'
import { AFTER_TLS_DOTNET_SWEEP_RULES, EARLY_DOTNET_SWEEP_RULES } from './dotnet-sweep-rules.js'
import { LIBRARY_SWEEP_RULES } from './library-sweep-rules.js'

// Schannel's SEC_E_* and the certificate chain's CERT_E_* / CRYPT_E_* status codes, with the message
// Windows prints for each (the same texts MailKit lists as X509ChainStatus.StatusInformation).
const SCHANNEL_CODES: Array<[string, string, RegExp]> = [
  ['tls_old_protocol', '80090302', /The function requested is not supported/],
  ['tls_old_protocol', '80090331', /do not possess a common algorithm/],
  ['tls_wrong_mode', '80090308', /The token supplied to the function is invalid/],
  ['tls_handshake_failed', '80090326', /The message received was unexpected or badly formatted/],
  ['tls_handshake_failed', '80090330', /The specified data could not be decrypted/],
  ['tls_handshake_failed', '80090304', /The Local Security Authority cannot be contacted/],
  ['tls_cert_hostname_mismatch', '80090322', /The target princip(al|le) name is incorrect/],
  ['tls_cert_hostname_mismatch', '800B010F', /The certificate's CN name does not match the passed value/],
  ['tls_cert_expired', '80090328', /The received certificate has expired/],
  ['tls_cert_expired', '800B0101', /A required certificate is not within its validity period/],
  ['tls_cert_untrusted', '80090325', /The certificate chain was issued by an authority that is not trusted/],
  ['tls_cert_untrusted', '80090327', /An unknown error occurred while processing the certificate/],
  ['tls_cert_untrusted', '800B0109', /terminated in a root certificate which is not trusted/],
  ['tls_cert_untrusted', '800B010A', /A certificate chain could not be built to a trusted root authority/],
  ['tls_cert_untrusted', '80092012', /The revocation function was unable to check revocation for the certificate/],
  ['tls_cert_untrusted', '80092013', /unable to check revocation because the revocation server was offline/],
]

// The same HRESULT as a signed 32-bit number, as Rust's io::Error prints it ("(os error -2146893007)") and .NET's
// HResult property holds it: the code reads the same in every language the sentence is translated into.
const signed = (hex: string): string => String(parseInt(hex, 16) - 2 ** 32)

export const EARLY_DOTNET_RULES: ClassifierRule[] = [
  ...sourced(
    'https://learn.microsoft.com/en-us/windows/win32/com/com-error-codes-4',
    SCHANNEL_CODES.map(([cause, code, sentence]) => ({
      cause,
      text: new RegExp(`\\b0x${code}\\b|(?<![\\d-])${signed(code)}\\b|${sentence.source}`, 'i'),
    })),
  ),
  // SslStream's resource strings: net_ssl_io_frame and net_frame_read_size are a first answer that is not
  // a TLS record (a plain-text greeting to a ClientHello: TLS on a plain port); net_io_eof and net_auth_eof
  // are the peer closing during the handshake.
  ...sourced('dotnet/runtime:src/libraries/System.Net.Security/src/Resources/Strings.resx', [
    {
      cause: 'tls_wrong_mode',
      text: /\bThe handshake failed due to an unexpected packet format\b|\bCannot determine the frame size or a corrupted frame\b/i,
    },
    {
      cause: 'tls_handshake_failed',
      text: /\bReceived an unexpected EOF or 0 bytes from the transport stream\b|\bremote party has closed the transport stream\b/i,
    },
  ]),
  // MailKit reading another protocol's greeting: ImapEngine's "Syntax error in IMAP server greeting" on an SMTP
  // "220" or a POP3 "+OK", Pop3Engine's "Unexpected greeting from server:" on "* OK" or "220".
  ...sourced('jstedfast/MailKit:MailKit/Net/Imap/ImapEngine.cs', [
    {
      cause: 'protocol_port_mismatch',
      text: /\bSyntax error in IMAP server greeting\. Unexpected token: \[atom: (\d{3}|\+OK|-ERR)\]/,
    },
  ]),
  ...sourced('jstedfast/MailKit:MailKit/Net/Pop3/Pop3Engine.cs', [
    { cause: 'protocol_port_mismatch', text: /\bUnexpected greeting from server: (\* (OK|BYE|PREAUTH)\b|\d{3}[ -])/ },
  ]),
  // glibc's gai_strerror for EAI_SYSTEM ("System error": the lookup itself failed, often no resolver reachable from
  // a chroot or container) and EAI_FAIL ("Non-recoverable failure in name resolution", the DNS server's FORMERR or
  // REFUSED): the name could not be looked up, whatever the server's state. PHP prints it after "getaddrinfo failed:".
  ...sourced('bminor/glibc:sysdeps/posix/gai_strerror-strs.h', [
    {
      cause: 'dns_servfail',
      text: /\bgetaddrinfo( failed| error)?:? (System error|Non-recoverable failure in name resolution)\b|\bNon-recoverable failure in name resolution\b/i,
    },
  ]),
  // musl's gai_strerror, as any program in an Alpine container prints it (.NET's SocketException, Python's gaierror
  // "[Errno -3] Try again"): EAI_NONAME, EAI_AGAIN (bare "Try again" only where the lookup is named), EAI_NODATA.
  ...sourced('https://git.musl-libc.org/cgit/musl/tree/src/network/gai_strerror.c', [
    { cause: 'dns_nxdomain', text: /\bName does not resolve\b/ },
    { cause: 'dns_servfail', text: /\bName could not be resolved at this time\b/ },
    // Rust's std names the lookup "failed to lookup address information: <gai_strerror>" (lettre, reqwest).
    {
      cause: 'dns_servfail',
      text: /\[Errno -3\] Try again\b|\b(gaierror|getaddrinfo|lookup address information)\b.{0,40}\bTry again\b/,
    },
    { cause: 'dns_no_address', text: /\bName has no usable address\b/ },
  ]),
  // The BSD resolver's NO_DATA (NO_ADDRESS) in hstrerror's table, which OpenBSD's and other BSD-derived libcs also
  // give getaddrinfo's EAI_NODATA: the name exists but has no address record. PHP prints it after "getaddrinfo
  // failed:" on those systems.
  ...sourced('heimdal/heimdal:lib/roken/hstrerror.c', [
    { cause: 'dns_no_address', text: /\bNo address associated with name\b/i },
  ]),
  // .NET Framework's WebExceptionStatus.NameResolutionFailure, which SmtpClient wraps.
  ...sourced('https://learn.microsoft.com/en-us/dotnet/api/system.net.webexceptionstatus', [
    { cause: 'dns_nxdomain', text: /\bThe remote name could not be resolved\b/i },
    // Its de, it, fr text (.NET Framework's language packs, as learn.microsoft.com's localized Azure pages quote it).
    {
      cause: 'dns_nxdomain',
      text: /\bRemotename konnte nicht aufgelöst werden|Impossibile risolvere il nome remoto|nom distant n.a pas pu être résolu/i,
    },
  ]),
  // Round 11b's sweep of the resource tables, SocketError names and MailKit (dotnet-sweep-rules.ts), and of
  // Jakarta Mail's exceptions (library-sweep-rules.ts).
  ...EARLY_DOTNET_SWEEP_RULES,
  ...LIBRARY_SWEEP_RULES,
]

export const AFTER_TLS_DOTNET_RULES: ClassifierRule[] = [
  ...AFTER_TLS_DOTNET_SWEEP_RULES,
  // net_ssl_io_cert_custom_validation: the application's callback (MailKit's default one included) refused
  // the certificate; a name mismatch or an expiry in the same text is read earlier by the certificate rows.
  ...sourced('dotnet/runtime:src/libraries/System.Net.Security/src/Resources/Strings.resx', [
    {
      cause: 'tls_cert_untrusted',
      text: /\bremote certificate was rejected by (the provided )?RemoteCertificateValidationCallback\b/i,
    },
  ]),
  // System.Security.Authentication.AuthenticationException is SslStream's: the TLS handshake failed (its
  // "Authentication failed, see inner exception" is not a login). MailKit's login failures are
  // MailKit.Security.AuthenticationException, another class.
  ...sourced('dotnet/runtime:src/libraries/System.Net.Security/src/Resources/Strings.resx', [
    { cause: 'tls_handshake_failed', text: /(^|[^.\w])System\.Security\.Authentication\.AuthenticationException\b/ },
  ]),
  // net_io_connectionclosed (printed as its key by .NET Framework, "The connection was closed" since .NET
  // Core) and EPIPE (32): the server closed the connection under the client. On an implicit-TLS port the
  // TLS rows read net_io_connectionclosed earlier, as a STARTTLS-only SmtpClient speaking plain text there.
  ...sourced('dotnet/runtime:src/libraries/System.Net.Mail/src/Resources/Strings.resx', [
    {
      cause: 'tcp_reset',
      text: /\bnet_io_connectionclosed\b|transport connection: The connection was closed\b|SocketException \(32\)|transport connection: Broken pipe\b/,
    },
  ]),
  // MailKit's ImapProtocolException / SmtpProtocolException / Pop3ProtocolException for a reply it cannot
  // parse ("Unable to parse status code returned by the server", "Syntax error in untagged …"); its
  // disconnection and refusal sentences are read by their own rows.
  ...sourced('jstedfast/MailKit:MailKit/Net/Smtp/SmtpStream.cs', [
    {
      cause: 'protocol_error',
      text: /\bMailKit\.Net\.(Imap|Smtp|Pop3)\.(Imap|Smtp|Pop3)ProtocolException: /,
      unless: /unexpectedly (disconnected|refused)|timed? ?out|\bBye\.$|\bgreeting: \[atom: BYE\]/i,
    },
  ]),
  // ImapEngine.cs throws ImapProtocolException("Bye.") when the server sends an untagged BYE: it ends the
  // session itself (shutting down, or refusing this client for now).
  ...sourced('jstedfast/MailKit:MailKit/Net/Imap/ImapEngine.cs', [
    { cause: 'server_unavailable', text: /\bImapProtocolException: Bye\.$/m },
    // Older MailKit named the greeting's first token instead: a BYE where "* OK" belongs is the server declining the
    // connection (RFC 3501 7.1.5), not another protocol's greeting; MailKit now says "refused the connection".
    { cause: 'server_unavailable', text: /\bUnexpected token in IMAP greeting: \[atom: BYE\]/ },
  ]),
  // A NO where the greeting's OK belongs, with its reason: IceWarp's intrusion prevention refusing the client's IP
  // ("NO LOGOUT Intrusion prevention active for <ip>") is a block on this client, read before the parse error.
  ...sourced('https://github.com/jstedfast/MailKit/issues/1073', [
    { cause: 'auth_account_locked', text: /\bIntrusion prevention active\b/ },
  ]),
  // System.Net.Mail's SmtpClientNotPermitted (SmtpStatusCode.ClientNotPermitted, 454): not allowed to send
  // through this host without logging in.
  ...sourced('dotnet/runtime:src/libraries/System.Net.Mail/src/Resources/Strings.resx', [
    { cause: 'smtp_relay_denied', text: /\bClient does not have permission to submit mail to this server\b/i },
  ]),
]

const SSRS_ES =
  'https://learn.microsoft.com/es-es/sql/reporting-services/install-windows/' +
  'configure-e-mail-for-a-reporting-services-service-application'

// Read before the reply a wrapper quotes: System.Net.Mail's SmtpConnection (SmtpConnection.cs) does not throw
// when AUTH is refused, it goes on unauthenticated, so MAIL FROM's "Authentication Required" is what a refused
// password looks like through SmtpClient. From Gmail, a refused normal password means an app password is
// needed (https://support.google.com/accounts/answer/185833); a raw Gmail reply keeps its own meaning.
export const WRAPPER_DOTNET_RULES: ClassifierRule[] = sourced(
  'dotnet/runtime:src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpConnection.cs',
  [
    {
      cause: 'auth_app_password_required',
      provider: ['gmail'],
      text: /\bclient was not authenticated\. The server response was: (5\.\d\.\d+ )?Authentication Required\b/i,
    },
    // The same sentence from .NET Framework's de, fr, es and it language packs (learn.microsoft.com's localized
    // SSRS e-mail delivery pages print them).
    {
      cause: 'auth_app_password_required',
      provider: ['gmail'],
      source: SSRS_ES,
      text: new RegExp(
        '(nicht authentifiziert|n.(é|e)tait pas authentifié|no se autentic[óo]|non è stato autenticato)\\. ' +
          '(Die Serverantwort (war|lautete)|La réponse du serveur était|' +
          'La respuesta del servidor fue|Risposta del server)' +
          ' ?: (5\\.\\d\\.\\d+ )?Authentication Required\\b',
        'i',
      ),
    },
  ],
)
