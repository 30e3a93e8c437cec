// Round srv37 (issue 14): the replies of mail servers whose source is closed or was not yet swept, read from their
// published pages and, where the code is public, from it: Zimbra's nginx mail proxy, Exchange on-premises (its KB
// articles), Proton Mail Bridge (Gluon's IMAP and its SMTP service), VPOP3 (its vendor's wiki). Only sentences whose
// answer today was missing or contradicted their trigger have a row; test/corpus/source-tables.jsonl holds every
// string read, and test/classifier-vendor-servers.test.ts runs them.
import { sourced, type ClassifierRule } from './rule.js'

const ZIMBRA_PROXY = 'Zimbra/nginx:src/mail/'

export const VENDOR_SERVER_RULES: ClassifierRule[] = [
  // ngx_mail_choke_session / ngx_mail_choke_userauth: the proxy's login throttles (zimbraReverseProxyIPLoginLimit,
  // zimbraReverseProxyUserLoginLimit) answer "* BYE" or "-ERR" with the configured message, by default "Login rejected
  // from this IP" / "Login rejected for this user" (zimbraReverseProxyIpThrottleMsg / UserThrottleMsg). Too many
  // logins in the window, not a wrong password: the BYE would otherwise read as maintenance, the -ERR as credentials.
  ...sourced(`${ZIMBRA_PROXY}ngx_mail_handler.c`, [
    { cause: 'auth_rate_limited', text: /\bLogin rejected (?:from this IP|for this user)\b/i },
  ]),
  // The proxy's TLS errors when it verifies the client's certificate (ssl_verify_client): a failed handshake, not a
  // server in maintenance ("* BYE") nor a refused password ("-ERR"). Whole reply: the words alone are too common.
  ...sourced(`${ZIMBRA_PROXY}ngx_mail_imap_module.c`, [
    { cause: 'tls_handshake_failed', text: /^\* BYE (?:SSL certificate error|No required SSL certificate)\s*$/im },
  ]),
  ...sourced(`${ZIMBRA_PROXY}ngx_mail_pop3_module.c`, [
    { cause: 'tls_handshake_failed', text: /^-ERR (?:SSL certificate error|No required SSL certificate)\s*$/im },
  ]),
  ...sourced(`${ZIMBRA_PROXY}ngx_mail_smtp_module.c`, [
    { cause: 'tls_handshake_failed', text: /^421 4\.7\.1 (?:SSL certificate error|No required SSL certificate)\s*$/im },
  ]),
  // Exchange 5.5's Internet Mail Service (KB Q186134): the authenticated account may not use the originator address.
  ...sourced('https://helparchive.huntertur.net/document/93499', [
    { cause: 'smtp_sender_rejected', text: /\bOriginator address does not match authentication credentials\b/i },
  ]),
  // Exchange's POP3 answer to AUTH NTLM when Windows NT Challenge/Response is off for the protocol (KB Q191558): the
  // mechanism the client chose ("Secure Password Authentication") is refused.
  ...sourced('https://jeffpar.github.io/kbarchive/kb/191/Q191558/', [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bThe NTLM Authentication package has been disabled for this protocol\b/i,
    },
  ]),
  // VPOP3's intrusion prevention: the client's IP is blocked for a while after failed logins, relay attempts or unknown
  // recipients (the "try again later" would otherwise read as a server in maintenance).
  ...sourced('https://wiki.pscs.co.uk/how_to:your_connection_has_been_blocked_temporarily_-_try_again_later', [
    {
      cause: 'auth_account_locked',
      text: /\b(?:Your connection has been blocked temporarily|Server access temporarily blocked)\b/i,
    },
  ]),
  // VPOP3's relay refusal by the SMTP service's IP access restrictions: not the sender's IP reputation that the
  // gateways' "bad sender IP" means (gateway-reply-rules.ts), so it comes before them.
  ...sourced('https://wiki.pscs.co.uk/how_to:550_5.7.1_relaying_not_allowed_bad_sender_ip_address', [
    { cause: 'smtp_relay_denied', text: /\bRelaying not allowed! Bad sender IP address\b/i },
  ]),
  // IceWarp's 501 5.5.2 when the sender (usually MAIL FROM) has no domain: the mail program's sender address is
  // incomplete, not a command the client garbled.
  ...sourced(
    'https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/' +
      'Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm',
    [{ cause: 'smtp_sender_rejected', protocol: ['smtp'], text: /\b5\.5\.2 Domain name required\b/i }],
  ),
  // Proton Mail Bridge's SMTP service: ErrInvalidReturnPath when the sender is none of the account's addresses
  // (smtpSendMail); go-smtp wraps it as "554 Error: transaction failed, blame it on the weather: …".
  ...sourced('ProtonMail/proton-bridge:internal/services/smtp/errors.go', [
    { cause: 'smtp_sender_rejected', protocol: ['smtp'], text: /\binvalid return path\b/i },
  ]),
  // go-smtp's answers to STARTTLS (handleStartTLS), the server under maddy, Proton Mail Bridge and many Go relays:
  // "550 5.0.0 Handshake error" once it said "220 Ready to start TLS" and the TLS handshake that should follow
  // failed (a client that sent plain text on, as telnet does, or one that refused the certificate); "502 5.5.1 TLS
  // not supported" when the server has no certificate configured.
  ...sourced('emersion/go-smtp:conn.go', [
    { cause: 'starttls_failed', protocol: ['smtp'], text: /\b550[ -]5\.0\.0 Handshake error\b/ },
    { cause: 'starttls_not_offered', protocol: ['smtp'], text: /\b502[ -]5\.5\.1 TLS not supported\b/ },
  ]),
]

// The servers' own log lines, read with the other server logs (server-log-rules.ts), before the socket words they
// contain ("Connection Refused") would read as a refused TCP connection.
export const VENDOR_SERVER_LOG_RULES: ClassifierRule[] = [
  // Kerio Connect's security log: AntiHammering blocks the client's IP after too many failed logins (10 a minute by
  // default, for 5 minutes), and too many wrong 2FA codes disable the account; its "too many" words would read as a
  // rate limit to wait out, while the block or the account needs the administrator or the block time.
  ...sourced('https://support.gfi.com/article/110122-configuring-antihammering-in-kerio-connect', [
    { cause: 'auth_account_locked', text: /\bAntiHammering\b[^\n]*\bblocked\b/i },
  ]),
  ...sourced('https://support.kerioconnect.gfi.com/article/129010-user-disabled-after-too-many-failed-2fa-attempts', [
    {
      cause: 'auth_account_locked',
      text: /\bToo many false 2FA attempts for user\b[^\n]*\baccount is (?:locked|disabled)\b/i,
    },
  ]),
  // MailEnable's SMTP debug log when the inbound connection limit is reached (the client got "451 … because the server
  // is too busy"): the server's whole capacity is taken, not a port that refuses TCP.
  ...sourced('http://www.mailenable.com/kb/content/article.asp?ID=ME020343', [
    { cause: 'server_unavailable', text: /\bwas refused because the inbound connection limit has been reached\b/i },
  ]),
]
