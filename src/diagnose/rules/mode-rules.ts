// Context inference (issue 14, round 17): a connection-mode mismatch that the words alone do not show. A plaintext
// client on an implicit-TLS port waits for a greeting the server never sends (the server waits for a ClientHello,
// RFC 8314 §3) and reports silence or a closed connection; a TLS client on a plaintext or STARTTLS port reads the
// server's plaintext greeting as a TLS record. The same words on a port of the other class mean something else, and
// without a port they say nothing about the mode: these rows need the port (given, or read from the text).
// One table: port class × failure shape, each shape from the libraries that print it.
import { STANDARD_PORTS } from '../../protocols/index.js'
import { anyOf, type ClassifierRule } from './rule.js'
import { GREETING_SILENCE } from './tls-rules.js'
import { TIMEOUT_L10N, TIMEOUT_L10N_SOURCE } from './dotnet-l10n-rules.js'
import { NSS_RECORD_TOO_LONG } from './nss-rules.js'

/** The standard ports where the server waits for a TLS ClientHello and speaks only after the handshake. */
export const IMPLICIT_TLS_PORTS = STANDARD_PORTS.filter((p) => p.security === 'tls').map((p) => p.port)

/** Rust's std read or write past its timeout (WouldBlock, EAGAIN), in its Display and Debug forms. */
const RUST_READ_TIMEOUT = /\bResource temporarily unavailable \(os error 11\)|\bcode: 11,\s*kind: WouldBlock\b/

/** JavaMail/Angus Mail's SMTP client read no greeting line it could parse. */
export const JAVAMAIL_NO_GREETING = /\bCould not connect to SMTP host\b.{0,120}\bresponse: -1\b/

/** Ports by what a server there expects first (IANA's registry; RFC 8314 §3 for 465/993/995). */
const PORT_CLASSES = {
  implicitTls: IMPLICIT_TLS_PORTS,
  /** The server's plaintext greeting (STARTTLS comes later, if at all). */
  plaintext: [25, 587, 2525, 143, 110],
  /** Another protocol's request: an HTTP(S) server waits for the client to speak. */
  web: [80, 443, 8080, 8443],
} as const

interface Shape {
  source: string
  text: RegExp
  /** Words that show the shape is not the mode's: a login that was answered, a TLS client on an implicit port. */
  unless?: RegExp
}

// The connection got this far: a later stage, or a client that was already speaking TLS, is another story.
// Python's *_SSL classes, nodemailer's secure: true, PHP's ssl:// stream and PHPMailer's SMTPSecure = 'ssl' are
// TLS clients; a login, a send or a STARTTLS was past the greeting.
export const PAST_GREETING = anyOf(
  /\b(SMTP_SSL|IMAP4_SSL|POP3_SSL)\b|\bsecure['"]?: ?true\b|\b(ssl|tls):\/\/|SMTPSecure\s*=\s*['"]ssl/,
  /\.login\(|\.sendmail\(|\.send_message\(|\bAUTH (PLAIN|LOGIN)\b|\bSTARTTLS\b/,
)

// The client waited for the greeting and none came.
const SILENCE: Shape[] = [
  // nodemailer's "Greeting never received" (_greetingTimeout), and the other clients' words for it (tls-rules.ts).
  { source: 'nodemailer/nodemailer:lib/smtp-connection/index.js', text: GREETING_SILENCE },
  // node-imap starts its authTimeout once the socket is connected: no greeting and login followed.
  { source: 'mscdex/node-imap:lib/Connection.js', text: /\bTimed out while authenticating with server\b/ },
  // PHPMailer's get_lines() when the read of the greeting times out, or its debug output of an empty greeting
  // ('SMTP INBOUND: ""' once the connection was opened).
  {
    source: 'PHPMailer/PHPMailer:src/SMTP.php',
    text: /\bget_lines\(\): timed-out\b|\bConnection: opened\b[\s\S]{0,400}?\bSMTP INBOUND: ""/,
  },
  // PHPMailer's bare connect_host, "SMTP Error: Could not connect to SMTP host.", on the implicit-TLS port: its
  // troubleshooting page's first reason is SMTPSecure left at STARTTLS there (it waits for a greeting that the server
  // keeps until the TLS handshake). Not when the text says the connection itself failed, or that TLS was spoken.
  {
    source: 'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    text: /\bSMTP Error: Could not connect to SMTP host\b/,
    unless: anyOf(PAST_GREETING, /getaddrinfo|refused|timed out|unreachable|No route|certificate|Failed to connect/i),
  },
  // (Not Symfony Mailer's 'Connection to "host:465" timed out': its EsmtpTransport turns TLS on by itself for 465.)
  // Swift Mailer's StreamBuffer::readLine(): "Connection to <protocol>://<host>:<port> Timed Out" when a read (the
  // greeting first) timed out on an open connection; its connect failure is another sentence. Not with ssl:// or
  // tls://, which spoke TLS from the start.
  {
    source: 'swiftmailer/swiftmailer:lib/classes/Swift/Transport/StreamBuffer.php',
    text: /\bConnection to \S+ Timed Out\b|\bSwift[\s\S]{0,200}?\bTimed Out\b/,
    unless: anyOf(PAST_GREETING, /\b(?:ssl|tls):\/\//),
  },
  // Ruby's Net::SMTP reading the greeting through net-protocol's BufferedIO.
  { source: 'ruby/net-protocol:lib/net/protocol.rb', text: /\bNet::ReadTimeout\b/ },
  // Go's net/smtp reading the greeting with a deadline ("read tcp a->b:465: i/o timeout"; a dial's timeout is the
  // TCP connection, not this).
  { source: 'golang/go:src/net/net.go', text: /\bread tcp \S+: i\/o timeout\b/ },
  // Rust's std (lettre, the imap crate) reading the greeting past the socket's read timeout.
  {
    source: 'https://doc.rust-lang.org/std/net/struct.TcpStream.html#method.set_read_timeout',
    text: RUST_READ_TIMEOUT,
  },
  // The eMail command-line sender's readResponse(): select() gave up waiting for the server's first line.
  { source: 'deanproxy/eMail:src/smtpcommands.c', text: /\bTimeout\(\d+\) while trying to read from SMTP server\b/ },
  // .NET's SmtpClient (no implicit TLS at all) waiting on 465.
  {
    source: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient.enablessl',
    text: /\boperation has timed out\b/i,
  },
  // The same in other languages (dotnet-l10n-rules.ts).
  { source: TIMEOUT_L10N_SOURCE, text: TIMEOUT_L10N },
]

// The server gave up on the ClientHello that never came and closed the connection: the client read its end.
const CLOSED: Shape[] = [
  // smtplib's getreply(): "Connection unexpectedly closed" on an empty read (or ": timed out" on a read timeout).
  { source: 'python/cpython:Lib/smtplib.py', text: /\bConnection unexpectedly closed\b|\bSMTPServerDisconnected\b/ },
  // imaplib's _get_line() and poplib's _getline() on an empty read.
  { source: 'python/cpython:Lib/imaplib.py', text: /\bsocket error: EOF\b|\b-ERR EOF\b/ },
  // Go's io.EOF ("EOF is the error returned by Read when no more input is available"), which net/smtp's reader
  // returns as is when the server closed before its greeting: the whole message, or its last word after a colon.
  { source: 'golang/go:src/io/io.go', text: /(?:^|:\s+)EOF\s*$/m },
  // JavaMail/Angus Mail: "Could not connect to SMTP host: h, port: p, response: -1" (no greeting line read).
  {
    source: 'eclipse-ee4j/angus-mail:providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java',
    text: JAVAMAIL_NO_GREETING,
  },
  // JavaMail/Angus Mail's readServerResponse(): the read of a reply failed ("Exception reading response", around the
  // socket's timeout or close); at openServer() that reply is the greeting.
  {
    source: 'eclipse-ee4j/angus-mail:providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java',
    text: /\bMessagingException: Exception reading response\b/,
    unless: PAST_GREETING,
  },
  // Roundcube's rcube_imap_generic::connect(): the first line read was empty (closed or timed out).
  {
    source: 'roundcube/roundcubemail:program/lib/Roundcube/rcube_imap_generic.php',
    text: /\bEmpty startup greeting\b/,
  },
  // Haskell's bytestring hGetLine reading the greeting line from a socket handle the server closed (smtp-mail).
  { source: 'haskell/bytestring:Data/ByteString.hs', text: /\bhGetLine: end of file\b/ },
  // The rest of RFC 8314's plaintext-on-TLS-port symptoms as libraries word them.
  {
    source: 'https://www.rfc-editor.org/rfc/rfc8314#section-3',
    text: anyOf(
      /(socket|connection) closed unexpectedly|unexpected close|end of file reached|EOFError/,
      /empty response|bad greeting|response: \[EOF\]/,
      // System.Net.Mail's SmtpClient speaks only STARTTLS (RFC 3207): on 465 it reads the closed socket so, or the
      // TLS server's bytes as an unknown reply with no words ("The server response was: " and nothing after).
      /net_io_connectionclosed|\bcommand unrecognized\. The server response was:\s*['"]?\s*$/m,
    ),
  },
]

// A TLS client read the server's plaintext greeting as a TLS record. After a STARTTLS the same words are the
// upgrade's failure (tls-rules.ts, transport-rules.ts), not the mode's.
const AFTER_STARTTLS = /\bSTARTTLS\b|\bSTLS\b/i
const RECORD_MISREAD: Shape[] = [
  {
    source: 'openssl/openssl:ssl/ssl_err.c',
    text: /wrong version number|WRONG_VERSION_NUMBER|ssl3_get_record|packet length too long|unknown protocol/i,
    unless: AFTER_STARTTLS,
  },
  {
    source: 'nss-dev/nss:lib/ssl/SSLerrs.h',
    text: NSS_RECORD_TOO_LONG,
    unless: AFTER_STARTTLS,
  },
  {
    source: 'golang/go:src/crypto/tls/conn.go',
    text: /first record does not look like a TLS handshake/,
    unless: AFTER_STARTTLS,
  },
  {
    source: 'openjdk/jdk:src/java.base/share/classes/sun/security/ssl/SSLSocketInputRecord.java',
    text: /Unrecognized SSL message, plaintext connection\?/,
    unless: AFTER_STARTTLS,
  },
  // MailKit's message for a handshake at connect (not after STARTTLS) names both readings, a port without TLS and a
  // certificate; on a plaintext port the first is the one, unless the inner exception names the certificate.
  {
    source: 'jstedfast/MailKit:MailKit/Security/SslHandshakeException.cs',
    text: /\bOne possibility is that you are trying to connect to a port which does not support SSL\/TLS\b/,
    unless:
      /remote certificate (is invalid|was rejected)|RemoteCertificate(Chain|Name)Errors|UntrustedRoot|PartialChain/i,
  },
]

interface Inference {
  ports: keyof typeof PORT_CLASSES
  shapes: Shape[]
  cause: string
  /** Stages the shape can happen at: before the greeting was read. */
  stage: string[]
}

const EARLY = ['tcp', 'greeting', 'tls']

/** Port class × failure shape → cause. */
const INFERENCES: Inference[] = [
  { ports: 'implicitTls', shapes: [...SILENCE, ...CLOSED], cause: 'tls_wrong_mode', stage: EARLY },
  { ports: 'plaintext', shapes: RECORD_MISREAD, cause: 'tls_wrong_mode', stage: EARLY },
  { ports: 'web', shapes: [...SILENCE, ...CLOSED], cause: 'protocol_port_mismatch', stage: EARLY },
]

// A URL's scheme says which mode the client spoke, its port which mode the server expects: PHP's ssl:// and tls://
// stream transports (https://www.php.net/manual/en/transports.inet.php) and curl's smtps/imaps/pop3s
// (https://curl.se/docs/url-syntax.html) start TLS at once; curl's smtp/imap/pop3 start in plaintext. A failure at
// the connection with the two at odds is that mismatch, unless the connection never opened (a name not found, a
// refusal, no route): then the mode never mattered.
const hostPort = (schemes: string, ports: readonly number[]): string =>
  String.raw`\b(?:${schemes}):\/\/[^\s:/"'<>]+:(?:${ports.join('|')})\b`
// PHP's imap_open() mailbox, "{host:port/service/flags}" (https://www.php.net/manual/en/function.imap-open.php): the
// /ssl flag asks for TLS from the start; without it the client starts in plaintext.
const mailbox = (ports: readonly number[], flags: string): string =>
  String.raw`\{[^{}:\s]+:(?:${ports.join('|')})${flags}\}`
export const SCHEME_AT_ODDS = new RegExp(
  [
    hostPort('ssl|tls|smtps|imaps|pop3s', PORT_CLASSES.plaintext),
    hostPort('smtp|imap|pop3', IMPLICIT_TLS_PORTS),
    mailbox(PORT_CLASSES.plaintext, String.raw`(?:\/[\w-]+)*\/ssl\b[^{}]*`),
    mailbox(IMPLICIT_TLS_PORTS, String.raw`(?:\/(?!ssl\b)[\w-]+)*`),
  ].join('|'),
  'i',
)
const NEVER_OPENED = anyOf(
  /getaddrinfo|Name or service not known|No such host|php_network_getaddresses|Could not resolve host/,
  /Connection refused|actively refused|No route to host|Network is unreachable/,
)
// The same mismatch in a pasted configuration: a setting for TLS from the start beside a plaintext/STARTTLS port, or a
// STARTTLS setting beside an implicit-TLS port. Each row: the libraries' own setting names, from their documentation;
// only libraries that do not pick the mode from the port themselves (Laravel's and Symfony's mailers do: not here).
const CONFIG_SETTINGS: Array<{ source: string; implicit: RegExp; starttls: RegExp; port: RegExp }> = [
  {
    source: 'PHPMailer/PHPMailer:src/PHPMailer.php',
    implicit: /SMTPSecure\s*=\s*(?:['"]ssl['"]|PHPMailer::ENCRYPTION_SMTPS)/,
    starttls: /SMTPSecure\s*=\s*(?:['"]tls['"]|PHPMailer::ENCRYPTION_STARTTLS)/,
    port: /->Port\s*=\s*['"]?(\d+)/,
  },
  {
    source: 'https://docs.djangoproject.com/en/stable/ref/settings/#email-use-ssl',
    implicit: /EMAIL_USE_SSL\s*=\s*True\b/,
    starttls: /EMAIL_USE_TLS\s*=\s*True\b/,
    port: /EMAIL_PORT\s*=\s*['"]?(\d+)/,
  },
  {
    source:
      'https://eclipse-ee4j.github.io/angus-mail/docs/api/org.eclipse.angus.mail/org/eclipse/angus/mail/smtp/package-summary.html',
    implicit: /mail\.smtps?\.ssl\.enable\s*[=:]\s*true\b/,
    starttls: /mail\.smtp\.starttls\.(?:enable|required)\s*[=:]\s*true\b/,
    port: /mail\.smtps?\.port\s*[=:]\s*['"]?(\d+)/,
  },
]
// Both in the text; a STARTTLS setting counts only without the implicit one, which wins where both are set.
const both = (setting: RegExp, port: RegExp, ports: readonly number[], without?: RegExp): RegExp =>
  new RegExp(
    (without ? `^(?![\\s\\S]*${without.source})` : '^') +
      `(?=[\\s\\S]*${setting.source})(?=[\\s\\S]*${port.source.replace('(\\d+)', `(?:${ports.join('|')})\\b`)})`,
  )
const CONFIG_RULES: ClassifierRule[] = CONFIG_SETTINGS.flatMap(({ source, implicit, starttls, port }) =>
  [both(implicit, port, PORT_CLASSES.plaintext), both(starttls, port, IMPLICIT_TLS_PORTS, implicit)].map((text) => ({
    cause: 'tls_wrong_mode',
    source,
    stage: EARLY,
    text,
    unless: NEVER_OPENED,
  })),
)

const SCHEME_RULES: ClassifierRule[] = [
  {
    cause: 'tls_wrong_mode',
    source: 'https://www.php.net/manual/en/transports.inet.php',
    stage: EARLY,
    text: SCHEME_AT_ODDS,
    unless: NEVER_OPENED,
  },
  // PHP's plain tcp:// transport (Swift Mailer's and Zend's description of a connection without ssl://) beside an
  // implicit-TLS port: the same mismatch once the connection opened. PHP's own "unable to connect to tcp://…" and
  // Swift's "could not be established" are the connect failing first, where the mode never mattered.
  {
    cause: 'tls_wrong_mode',
    source: 'https://www.php.net/manual/en/transports.inet.php',
    stage: EARLY,
    text: new RegExp(hostPort('tcp', IMPLICIT_TLS_PORTS), 'i'),
    unless: anyOf(NEVER_OPENED, /unable to connect to|could not be established|Connection timed out|timed out #/),
  },
]

const PORT_CLASS_RULES: ClassifierRule[] = INFERENCES.flatMap(({ ports, shapes, cause, stage }) =>
  shapes.map((shape): ClassifierRule => ({
    cause,
    source: shape.source,
    port: [...PORT_CLASSES[ports]],
    stage,
    text: shape.text,
    unless: shape.unless ?? PAST_GREETING,
  })),
)

// Rust's std: a read or write past set_read_timeout/set_write_timeout fails with WouldBlock on Unix, printed
// "Resource temporarily unavailable (os error 11)" (lettre's "SMTP IO error: …"): the server did not answer in time,
// which is not the name lookup glibc's EAI_AGAIN words would say, nor a server in maintenance. Read after the port's
// reading of the same silence (PORT_CLASS_RULES): on an implicit-TLS port it is a plaintext client waiting.
const RUST_READ_TIMEOUT_RULES: ClassifierRule[] = [
  {
    source: 'https://doc.rust-lang.org/std/net/struct.TcpStream.html#method.set_read_timeout',
    cause: 'tcp_timeout',
    text: RUST_READ_TIMEOUT,
  },
]

export const MODE_RULES: ClassifierRule[] = [
  ...SCHEME_RULES,
  ...CONFIG_RULES,
  ...PORT_CLASS_RULES,
  ...RUST_READ_TIMEOUT_RULES,
]
