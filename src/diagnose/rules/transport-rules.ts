// What sockets, resolvers and TLS libraries say, and what it means. Codes first, wording second.
import { TLS_INTERCEPTORS } from '../../protocol/interceptors.js'
import type { ClassifierRule } from './rule.js'

const IMPLICIT_TLS_PORTS = [465, 993, 995]
const GREETING_SILENCE = /greeting never received|failed to receive greeting|GREETING_TIMEOUT|no greeting|timed? ?out waiting for (the )?(greeting|banner)/i

export const TRANSPORT_RULES: ClassifierRule[] = [
  // --- DNS ---------------------------------------------------------------------------------
  { cause: 'dns_nxdomain', errorCode: ['ENOTFOUND', 'EAI_NONAME'], unless: /ENODATA/ },
  { cause: 'dns_no_address', errorCode: ['ENODATA', 'EAI_NODATA', 'EADDRINFO'] },
  { cause: 'dns_servfail', errorCode: ['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED'], stage: ['dns'] },
  { cause: 'dns_servfail', errorCode: ['EAI_AGAIN', 'ESERVFAIL', 'EREFUSED', 'EBADRESP'] },
  { cause: 'dns_servfail', stage: ['dns'], errorCode: ['ETIMEOUT', 'ETIMEDOUT'] },
  { cause: 'dns_nxdomain', text: /\bNXDOMAIN\b|name (or service )?not known|host not found|could not resolve host|unknown host/i },
  { cause: 'dns_servfail', text: /SERVFAIL|temporary failure in name resolution/i },

  // --- TLS certificates (before the socket rules: a cert error can also carry ECONNRESET) ---
  { cause: 'tls_cert_expired', errorCode: ['CERT_HAS_EXPIRED'] },
  { cause: 'tls_cert_expired', text: /certificate (has )?expired|expired certificate|certificato scaduto/i },
  { cause: 'tls_cert_not_yet_valid', errorCode: ['CERT_NOT_YET_VALID'] },
  { cause: 'tls_cert_not_yet_valid', text: /not yet valid|non ancora valido/i },
  { cause: 'tls_cert_hostname_mismatch', errorCode: ['ERR_TLS_CERT_ALTNAME_INVALID'] },
  { cause: 'tls_cert_hostname_mismatch', text: /(does not|doesn't) match certificate|not in the cert'?s (altnames|list)|hostname mismatch|certificate is (only )?valid for/i },
  { cause: 'tls_intercepted_by_antivirus', text: TLS_INTERCEPTORS, unless: /^(\d{3}|\* |[+-](OK|ERR))/ },
  { cause: 'tls_intercepted_by_antivirus', errorCode: ['SELF_SIGNED_CERT_IN_CHAIN'] },
  { cause: 'tls_intercepted_by_antivirus', text: /self[- ]signed certificate in (the )?certificate chain/i },
  {
    cause: 'tls_cert_untrusted',
    errorCode: ['DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REJECTED', 'INVALID_CA'],
  },
  { cause: 'tls_cert_untrusted', text: /self[- ]signed certificate|unable to (get (local )?issuer|verify the first) certificate|untrusted (certificate|issuer)|certificate (is )?not trusted|unknown (ca|certificate authority)/i },

  // --- TLS handshake -------------------------------------------------------------------------
  { cause: 'tls_wrong_mode', errorCode: ['ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_HTTP_REQUEST'] },
  { cause: 'tls_wrong_mode', text: /wrong version number|packet length too long|http request|unknown protocol:/i },
  { cause: 'tls_wrong_mode', text: /maybe should use TLS|should use (SSL|TLS)|use secure: ?true/i },
  // Plaintext spoken to an implicit-TLS port: the server waits for a ClientHello and never greets.
  { cause: 'tls_wrong_mode', port: IMPLICIT_TLS_PORTS, stage: ['greeting'], text: GREETING_SILENCE },
  {
    cause: 'tls_old_protocol',
    errorCode: ['ERR_SSL_UNSUPPORTED_PROTOCOL', 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', 'ERR_SSL_NO_PROTOCOLS_AVAILABLE', 'ERR_SSL_VERSION_TOO_LOW', 'ERR_SSL_DH_KEY_TOO_SMALL', 'ERR_SSL_EE_KEY_TOO_SMALL', 'ERR_SSL_CA_MD_TOO_WEAK', 'ERR_SSL_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED'],
  },
  { cause: 'tls_old_protocol', text: /unsupported protocol|alert protocol version|no protocols available|version too low|dh key too small|(ee|ca) (key|md) too (small|weak)|insufficient security|legacy sigalg|tls ?1\.[01] .*(only|not supported)|sslv3 (is )?(not supported|disabled)/i },
  { cause: 'tls_handshake_failed', errorCode: ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'ERR_SSL_NO_SHARED_CIPHER', 'EPROTO'], unless: /STARTTLS/ },
  { cause: 'tls_handshake_failed', text: /handshake failure|no shared cipher|socket disconnected before secure TLS connection|secure TLS connection was not established|tls handshake (failed|timed? ?out)|ssl routines/i, unless: /STARTTLS/ },

  // --- STARTTLS ------------------------------------------------------------------------------
  { cause: 'starttls_failed', stage: ['starttls'], text: /TLS (is )?(not available|unavailable|initiali[sz]ation failed|negotiation failed|handshake failed)|error upgrading connection|unable to (initiali[sz]e|start) TLS|STARTTLS failed/i },
  { cause: 'starttls_failed', text: /error upgrading connection with STARTTLS|TLS not available due to/i },
  { cause: 'starttls_failed', stage: ['starttls'], smtpCode: [454] },
  { cause: 'starttls_not_offered', text: /(does not|doesn't|not) supports? (STARTTLS|STLS|TLS)|(STARTTLS|STLS)( is)? not (supported|offered|advertised|available|enabled)|TLS support (isn't|is not) (enabled|available)|TLS (is )?not (enabled|configured)|no STARTTLS|ETLS/i },
  { cause: 'starttls_failed', stage: ['starttls'] , imapCode: ['UNAVAILABLE'] },

  // --- TCP -----------------------------------------------------------------------------------
  { cause: 'tcp_refused', errorCode: ['ECONNREFUSED'] },
  { cause: 'tcp_refused', text: /connection refused|connessione rifiutata/i },
  { cause: 'net_unreachable', errorCode: ['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN'] },
  { cause: 'net_unreachable', text: /(host|network) (is )?unreachable|no route to host/i },
  { cause: 'port_25_blocked', protocol: ['smtp'], port: [25], errorCode: ['ETIMEDOUT', 'ESOCKET', 'ECONNECTION'], unless: GREETING_SILENCE },
  { cause: 'port_25_blocked', protocol: ['smtp'], port: [25], text: /timed? ?out|timeout/i, unless: GREETING_SILENCE },
  { cause: 'greeting_timeout', text: GREETING_SILENCE },
  { cause: 'tcp_timeout', errorCode: ['ETIMEDOUT'], text: /connect|socket/i },
  { cause: 'tcp_timeout', text: /(timed? ?out|timeout).*(connect|connessione)|(connect|connection|connessione).*(timed? ?out|timeout|scadut)/i },
  { cause: 'tcp_reset', errorCode: ['ECONNRESET', 'EPIPE', 'ECONNABORTED'] },
  { cause: 'tcp_reset', text: /connection (was )?(reset|closed|aborted) by (peer|the (remote )?(server|host))|socket hang up|reset by peer/i },

  // --- Greeting / protocol -----------------------------------------------------------------
  { cause: 'protocol_port_mismatch', text: /invalid greeting|unexpected token in IMAP greeting|not an? (IMAP|POP3?|SMTP) server|wrong protocol/i },
  { cause: 'protocol_port_mismatch', protocolKnown: true, protocol: ['smtp'], stage: ['greeting', 'capabilities', 'tcp'], text: /(^|\s|=)(\* OK|\+OK|-ERR)\b/ },
  { cause: 'protocol_port_mismatch', protocolKnown: true, protocol: ['imap'], stage: ['greeting', 'capabilities', 'tcp'], text: /(^|\s|=)(\+OK|-ERR)\b|^\s*\d{3}[ -]\S/ },
  { cause: 'protocol_port_mismatch', protocolKnown: true, protocol: ['pop3'], stage: ['greeting', 'capabilities', 'tcp'], text: /(^|\s|=)\* OK\b|^\s*\d{3}[ -]\S/ },
  { cause: 'protocol_error', text: /unexpected (response|reply)|bad-server-response|line too long|protocol (error|violation)|invalid (response|reply)|malformed|garbage/i },
]
