// What a connection failure usually means in the context the paste shows, from the library's or platform's own
// words. Some messages say only what happened (the greeting never came, the connection was closed, refused or timed
// out); their authors document what usually lies behind them, and where: a plaintext client on an implicit-TLS port,
// a hosting platform that blocks outgoing SMTP, a provider's mail domain typed where its server's name belongs. These
// rows are read after the text was classified and only change an event the row names; the answer is marked a guess
// and the event stays among the other causes `explain` shows (classify.ts: via 'context').
import { PAST_GREETING } from './mode-rules.js'
import { PHPMAILER_CONNECT_FAILED } from './root-cause-rules.js'
import { SELF_SIGNED_IN_CHAIN } from './tls-rules.js'
import { HOSTED_FAMILIES, providerFamily, providerFromText } from '../provider-family.js'
import { PROVIDERS } from '../../providers/table.js'
import { anyOf } from './rule.js'
import { standardPort } from '../../protocols/index.js'

interface ContextRow {
  /** The events the text must have been read as. */
  events: readonly string[]
  cause: string
  /** Words the text must hold. */
  text?: RegExp
  unless?: RegExp
  /** Only when the text and the hints name no port (a named port is read by mode-rules.ts first). */
  noPort?: true
  /** Only for these protocols (or when the protocol is not known). */
  protocol?: readonly string[]
  /** Only when the host the text names passes this. */
  host?: (host: string) => boolean
  /** Only when the whole reading (text, port, host) passes this. */
  when?: (reading: ContextReading) => boolean
  source: string
}

const CONNECT_FAILED = ['tcp_timeout', 'tcp_refused', 'net_unreachable', 'tcp_reset', 'greeting_timeout']
// A lookup failure shows its own words, read first: no web host's block lies behind a name that did not resolve.
const LOOKUP_FAILED = /\bgetaddrinfo\b|\bcould not resolve\b|\bName or service not known\b/i

// A provider's own mail domains ("gmail.com", "libero.it") and its webmail's address: no mail server answers there.
// The Angus Mail (JavaMail) FAQ: "The host you're trying to connect to is most likely not running a mail server
// [...] you can't usually use the web host name (e.g., "yahoo.com")".
const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.live.com', 'mail.yahoo.com']
const NOT_A_MAIL_SERVER: ReadonlySet<string> = new Set([...PROVIDERS.flatMap((p) => p.domains), ...WEBMAIL_HOSTS])

// The server offered no AUTH at all on this connection (RFC 4954 leaves it to the EHLO keyword), in the words of the
// client that noticed (smtplib, Go's net/smtp, Postfix's reply, swaks).
const NO_AUTH_OFFERED = anyOf(
  /\bSMTP AUTH extension not supported\b|\bserver doesn't support AUTH\b|\bHost did not advertise authentication\b/,
  /\bauthentication not enabled\b|\bAUTH command used when not advertised\b/,
)
// A relay inside the user's own network, named as where the client connected: a name without a dot (a container's
// service name: "postfix:25"), a local-only suffix, or a development mail catcher. Not loopback as such: a server on
// the same machine may keep its login for TLS (Haraka offers AUTH only after STARTTLS, except on IPv4 loopback).
const LOCAL_RELAY = anyOf(
  /\b(mailpit|mailhog|maildev|smtp4dev|mailcatcher|mailcrab|inbucket|greenmail|aiosmtpd)\b/i,
  /\b[a-z][\w-]*\.(local|lan|internal|intranet|svc|cluster\.local)\b/,
  /\b(to|SMTP|host|server)[ =:]+(?!localhost\b)[a-z][a-z0-9_-]*:\d{2,4}\b/i,
)
// Port 25 with no server named and no provider given is a relay that takes mail from its network without a login.
const relayWithoutLogin = ({ text, port, host, provider }: ContextReading): boolean =>
  LOCAL_RELAY.test(text) || (port === 25 && !host && (!provider || provider === 'generic'))

// Providers whose servers present a chain to a public root: the mailbox providers the rules know by family
// (provider-family.ts), and the big sending services, named or by their servers' domains.
const PUBLIC_SENDERS = anyOf(
  /^(sendgrid|mailgun|(amazon[- ]?)?ses|sparkpost|postmark|mailjet|brevo|sendinblue|mandrill|zoho|yandex|qq|163|126)$/,
  /(^|\.)(sendgrid\.net|mailgun\.(org|net)|amazonaws\.com|sparkpostmail\.com|postmarkapp\.com|mailjet\.com)$/,
  /(^|\.)(brevo\.com|sendinblue\.com|mandrillapp\.com|zoho\.(com|eu|in)|yandex\.(ru|com)|qq\.com|163\.com|126\.com)$/,
)
const publicProvider = ({ text, host, provider }: ContextReading): boolean => {
  const family = providerFamily(provider, host) ?? providerFromText(text) ?? ''
  return (
    HOSTED_FAMILIES.has(family) || PUBLIC_SENDERS.test(family) || PUBLIC_SENDERS.test(host?.replace(/\.$/, '') ?? '')
  )
}

const ROWS: ContextRow[] = [
  // A self-signed root in the chain of a public provider's server, whose own chain ends at a public authority:
  // something between the program and the server re-signed the traffic. "You have a MITM somewhere. Usually it is
  // antivirus program" (nodemailer's maintainer), Avast's Mail Shield in the threads that named one. On a server
  // of the user's own the private authority is the likelier story, and the reading stays an untrusted chain.
  {
    events: ['tls_cert_untrusted'],
    cause: 'tls_intercepted_by_antivirus',
    text: SELF_SIGNED_IN_CHAIN,
    when: publicProvider,
    source: 'https://github.com/nodemailer/nodemailer/issues/1040',
  },
  // A login the server never offered. Postfix answers AUTH with "503 5.5.1 Error: authentication not enabled" both
  // when SASL is off (smtpd_sasl_auth_enable = no, its default: a relay that trusts its network) and before TLS
  // with smtpd_tls_auth_only; providers' submission servers are the second kind (a login only after STARTTLS,
  // read as such), while a relay on the user's own network or on port 25 is the first: no mechanism to log in with,
  // where the fix is to send without a user name and password, or to use the provider's submission port.
  {
    events: ['auth_plaintext_disabled'],
    cause: 'auth_mechanism_unsupported',
    text: NO_AUTH_OFFERED,
    unless: /\bSTARTTLS\b/i,
    when: relayWithoutLogin,
    source: 'vdukhovni/postfix:postfix/src/smtpd/smtpd_sasl_proto.c',
  },
  // The client logged in with an OAuth token (SASL XOAUTH2 or OAUTHBEARER, its command in the paste) and the server
  // refused it: the token is what was refused (RFC 7628 3.2.2: expired, revoked, or for another scope or account),
  // not a password, an app password or a switched-off basic authentication.
  {
    events: ['auth_bad_credentials', 'auth_app_password_required', 'auth_basic_auth_disabled'],
    cause: 'auth_token_invalid',
    text: /\b(AUTHENTICATE|AUTH) (XOAUTH2|OAUTHBEARER)\b/,
    source: 'https://www.rfc-editor.org/rfc/rfc7628#section-3.2.2',
  },
  // A client of one protocol (its library or its own words name it) on another protocol's standard port: whatever
  // the TLS layer or the parser said about what came back, the port is the wrong service (PHPMailer on POP3's 110,
  // node-imap on SMTP's 587).
  {
    events: ['tls_wrong_mode', 'tcp_reset', 'protocol_error', 'greeting_timeout', 'tls_handshake_failed'],
    cause: 'protocol_port_mismatch',
    when: ({ protocol, port }) => {
      const standard = port === undefined ? undefined : standardPort(port)
      return protocol !== 'any' && standard !== undefined && standard.protocol !== protocol
    },
    source: 'https://www.iana.org/assignments/service-names-port-numbers',
  },
  // nodemailer's maintainer on "Greeting never received": "This usually happens when the server expects encrypted
  // connection but you start out as plaintext." (secure: false against port 465). With a plaintext port named, the
  // silence is the server's (mode-rules.ts reads a named port).
  {
    events: ['greeting_timeout'],
    cause: 'tls_wrong_mode',
    text: /\bGreeting never received\b/,
    unless: PAST_GREETING,
    noPort: true,
    protocol: ['smtp'],
    source: 'https://github.com/nodemailer/nodemailer/issues/441',
  },
  // smtplib.SMTP() reads the greeting in connect(); a server that waits for a ClientHello (port 465, which needs
  // SMTP_SSL: "used for situations where SSL is required from the beginning of the connection") closes on it, and
  // getreply() raises SMTPServerDisconnected('Connection unexpectedly closed'). After a login, a send or a STARTTLS
  // the same words are another story.
  {
    events: ['tcp_reset'],
    cause: 'tls_wrong_mode',
    text: /\bSMTPServerDisconnected\b.{0,40}\bConnection unexpectedly closed\b|\bConnection unexpectedly closed\b[\s\S]{0,80}$/,
    unless: PAST_GREETING,
    noPort: true,
    source: 'python/cpython:Lib/smtplib.py',
  },
  // PHPMailer's own words for a connection that failed (SMTP.php's "Failed to connect to server", PHPMailer.php's
  // "SMTP connect() failed"): its troubleshooting page says it is "almost always down to local DNS failure, firewall
  // blocking (for example as GoDaddy does), local anti-virus software, or another issue on your local network" — a
  // web host that blocks outgoing SMTP, in the threads that paste it. A DNS failure shows its own words, read first.
  {
    events: ['tcp_refused', 'tcp_timeout', 'net_unreachable'],
    cause: 'firewall_all_ports_blocked',
    text: PHPMAILER_CONNECT_FAILED,
    unless: LOOKUP_FAILED,
    source: 'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
  },
  // Jakarta Mail's "Connection dropped by server?" (its IMAP reader hit the end of the stream): FairEmail's FAQ says
  // it "sometimes happen[s] when there were too many (simultaneous) connections in a too short time or when a wrong
  // password was used too often", and its advice is to wait 30 minutes and use fewer connections. Once the login
  // was accepted ("OK … LOGIN completed", or a store or folder that was open and is now closed), a drop is the
  // network's again.
  {
    events: ['tcp_reset'],
    cause: 'auth_rate_limited',
    text: /\bConnection dropped by server\?/,
    unless: /\bOK\b.{0,60}\b(LOGIN|AUTHENTICATE) completed\b|\bLogged in\b|\b(Store|Folder)ClosedException\b/i,
    source: 'https://github.com/M66B/FairEmail/blob/master/FAQ.md#connectiondropped',
  },
  // OpenSSL's "no shared cipher" (SSL_R_NO_SHARED_CIPHER): the server found nothing it accepts among the ciphers
  // the client offered, which is one side offering only obsolete ones (causes.md's tls_old_protocol: "only does an
  // obsolete TLS/SSL version or cipher"): an old client against a hardened server, in the threads that pasted it.
  // A server with no certificate configured fails the same way; the handshake failure stays behind the answer.
  {
    events: ['tls_handshake_failed', 'starttls_failed'],
    cause: 'tls_old_protocol',
    text: /\bno shared cipher\b/i,
    source: 'openssl/openssl:ssl/statem/statem_srvr.c',
  },
  // PHP running from a shared web host's home directory (cPanel's /home/<user>/public_html, Plesk's
  // /var/www/vhosts/<domain>/httpdocs): PHPMailer's maintainer, on a connection that got no further than opening,
  // "it's likely your hosting provider is blocking outbound SMTP". A lookup failure keeps its own reading.
  {
    events: ['tcp_timeout', 'tcp_refused', 'net_unreachable'],
    cause: 'firewall_all_ports_blocked',
    text: /\/public_html\/|\/var\/www\/vhosts\/[^/\s]+\/httpdocs\//,
    unless: LOOKUP_FAILED,
    source: 'https://github.com/PHPMailer/PHPMailer/discussions/2557',
  },
  // Hosting platforms that block outgoing SMTP on every port to servers not their own.
  {
    events: CONNECT_FAILED,
    cause: 'firewall_all_ports_blocked',
    // GoDaddy: "They block outbound SMTP to ports 25, 465 and 587 to all servers except their own." Its shared
    // hosting's paths (/home/content/…) name it; its own mail servers (*.secureserver.net) are not blocked.
    text: /\bGoDaddy\b|\/home\/content\//,
    unless: /\bsecureserver\.net\b/i,
    source: 'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
  },
  {
    events: CONNECT_FAILED,
    cause: 'firewall_all_ports_blocked',
    // "You can not connect to SMTP servers on ports 25, 465, or 587 due to abuse." (Deno Deploy)
    text: /\bDeno Deploy\b|\.deno\.dev\b|\bDENO_DEPLOYMENT_ID\b/,
    source: 'https://deno.land/x/denomailer',
  },
  {
    events: CONNECT_FAILED,
    cause: 'firewall_all_ports_blocked',
    // "SMTP is only available on the Pro plan and above. Free, Trial, and Hobby plans must use transactional email
    // services with HTTPS APIs."
    text: /\.up\.railway\.app\b|\bRAILWAY_[A-Z_]+\b/,
    source: 'https://docs.railway.com/reference/outbound-networking',
  },
  {
    events: CONNECT_FAILED,
    cause: 'wrong_server_name',
    host: (host) => NOT_A_MAIL_SERVER.has(host.toLowerCase().replace(/\.$/, '')),
    source: 'eclipse-ee4j/angus-mail:www/FAQ.html',
  },
]

export interface ContextReading {
  text: string
  protocol: string
  port: number | undefined
  host: string | undefined
  provider?: string
}

/** The usual root cause of an event in the paste's context, or null when no row reads it. */
export function rootCauseInContext(event: string, reading: ContextReading): ContextRow | null {
  const { text, protocol, port, host } = reading
  return (
    ROWS.find(
      (row) =>
        row.events.includes(event) &&
        (!row.protocol || protocol === 'any' || row.protocol.includes(protocol)) &&
        (!row.noPort || port === undefined) &&
        (!row.text || row.text.test(text)) &&
        (!row.unless || !row.unless.test(text)) &&
        (!row.host || (host !== undefined && row.host(host))) &&
        (!row.when || row.when(reading)),
    ) ?? null
  )
}

/** Every row's source, for the test that each row cites one. */
export const CONTEXT_SOURCES: readonly string[] = ROWS.map((row) => row.source)
