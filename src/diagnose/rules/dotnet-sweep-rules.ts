// Round 11b: .NET's strings read whole (System.Net.Mail's and System.Net.Security's resource tables, the
// SocketError names, MailKit's throws) rather than sampled. EARLY rows are read with the other early .NET
// rows (before the certificate and handshake rows); AFTER_TLS rows after them, so an inner exception that
// names the real TLS failure decides first.
import { sourced, type ClassifierRule } from './rule.js'

// System.Net.Sockets.SocketError member names, as a SocketException's SocketErrorCode prints them (the Windows
// numbers are read by code-tables.ts; the names come without a number in .NET's structured logs).
const SOCKET_ERRORS: Array<[string, string]> = [
  ['tcp_refused', 'ConnectionRefused'],
  ['tcp_timeout', 'TimedOut|HostDown'],
  ['dns_nxdomain', 'HostNotFound'],
  ['dns_servfail', 'TryAgain|NoRecovery'],
  ['dns_no_address', 'NoData'],
  ['tcp_reset', 'ConnectionReset|ConnectionAborted'],
  ['net_unreachable', 'NetworkUnreachable|HostUnreachable|NetworkDown'],
  ['firewall_all_ports_blocked', 'AccessDenied'],
]

const NET_SECURITY = 'dotnet/runtime:src/libraries/System.Net.Security/src/Resources/Strings.resx'
const NET_MAIL = 'dotnet/runtime:src/libraries/System.Net.Mail/src/Resources/Strings.resx'

export const EARLY_DOTNET_SWEEP_RULES: ClassifierRule[] = [
  ...sourced(
    'https://learn.microsoft.com/en-us/dotnet/api/system.net.sockets.socketerror',
    SOCKET_ERRORS.map(([cause, names]) => ({
      cause,
      text: new RegExp(`\\bSocketError(Code)?\\s*[=:]\\s*(${names})\\b|\\bSocketError\\.(${names})\\b`),
    })),
  ),
  ...sourced(NET_SECURITY, [
    // net_auth_bad_client_creds: NegotiateStream's (and SmtpClient's NTLM/Negotiate module's) refused login,
    // inside the AuthenticationException class that otherwise means a TLS handshake.
    { cause: 'auth_bad_credentials', text: /\bThe server has rejected the client credentials\b/ },
    // The server sent no certificate at all (RemoteCertificateNotAvailable, net_log_remote_cert_not_available):
    // the handshake itself went wrong, nothing was there to distrust.
    {
      cause: 'tls_handshake_failed',
      text: /\bRemoteCertificateNotAvailable\b|\bThe remote server did not provide a certificate\b/,
    },
    { cause: 'tls_cert_hostname_mismatch', text: /^Certificate name mismatch\.?$/m },
  ]),
  ...sourced(NET_MAIL, [
    // net_securityprotocolnotsupported: the TLS versions the application asks for (ServicePointManager's
    // SecurityProtocol) are not available on this system: an old .NET or Windows TLS stack.
    { cause: 'tls_old_protocol', text: /\bThe requested security protocol is not supported\b/ },
    // MailHostNotFound.
    { cause: 'dns_nxdomain', text: /\bThe SMTP host was not found\b/ },
  ]),
  // MailKit's SocketUtils.cs when no address came back for the name.
  ...sourced('jstedfast/MailKit:MailKit/Net/SocketUtils.cs', [
    { cause: 'dns_nxdomain', text: /\bIOException: Failed to resolve host: \S+/ },
  ]),
]

export const AFTER_TLS_DOTNET_SWEEP_RULES: ClassifierRule[] = [
  // net_auth_SSPI: SslStream's "Authentication failed, see inner exception." is the TLS handshake failing
  // (not a login); an inner exception that names the reason is read earlier by the TLS rows.
  ...sourced(NET_SECURITY, [{ cause: 'tls_handshake_failed', text: /\bAuthentication failed, see inner exception\b/ }]),
]
