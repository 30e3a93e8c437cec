// Round 37 (issue 14): PHP's mail readers and senders, read from their sources: the UW c-client library under PHP's
// ext/imap (imap_open()'s imap_errors(), imap_last_error() and the "Unknown: … (errflg=N)" notices php_imap.c
// prints at the request's end), Webklex/php-imap, laminas-mail, Horde's Imap_Client, ddeboer/imap (which pastes
// imap_errors() under its own message) and Swift Mailer. Only sentences whose answer today was missing or
// contradicted the condition that raises them have a row; test/corpus/source-tables.jsonl holds every string read,
// and test/classifier-php-imap.test.ts runs them.
import { sourced, type ClassifierRule } from './rule.js'

const CCLIENT = 'uw-imap/imap:src/'
const IMAP4R1 = `${CCLIENT}c-client/imap4r1.c`
const POP3 = `${CCLIENT}c-client/pop3.c`
const HORDE = 'bytestream/Imap_Client:lib/Horde/Imap/Client/'
const SWIFT = 'swiftmailer/swiftmailer:lib/classes/Swift/'
const LAMINAS = 'laminas/laminas-mail:src/'

// A c-client line as PHP hands it on: bare (imap_last_error), as one of ddeboer's "- " list items, after Webklex's
// "; " join, or inside php_imap.c's end-of-request notice ("PHP Notice:  Unknown: %s (errflg=%ld)").
const LINE_START = String.raw`(?:^|; |^- |Unknown: )`

export const PHP_IMAP_RULES: ClassifierRule[] = [
  ...sourced(IMAP4R1, [
    // imap_login() and pop3.c's USER/PASS loop: every LOGIN of the same password (PHP's mm_login gives the one it
    // was handed at each trial) was refused, imap_maxlogintrials times: the client's own count of refused
    // passwords, not the server's throttling. The server's reply logged before it (a WARN in imap_errors()) is the
    // finer answer when it names something else (an [ALERT], a response code, a provider's page).
    {
      cause: 'auth_bad_credentials',
      text: new RegExp(`${LINE_START}Too many login failures(?: \\(errflg=\\d+\\).*)?$`, 'm'),
      unless:
        /\[(?!AUTHENTICATIONFAILED\]|AUTH\])[A-Z][A-Z/-]+\]|web browser|application-specific|app password|too many (simultaneous |concurrent )?connections|disabled|locked|suspended|blocked|STARTTLS|privacy/i,
    },
    // mm_login gave no password (PHP passed an empty one): c-client sends no LOGIN at all.
    {
      cause: 'auth_bad_credentials',
      text: /^(?:- |PHP Notice:\s+Unknown: |Notice: Unknown: )?Login aborted(?: \(errflg=\d+\)(?: in Unknown on line 0)?)?\s*$/m,
    },
    // The server announced LOGINDISABLED (RFC 3501: no LOGIN before TLS) and no SASL mechanism c-client has.
    { cause: 'auth_plaintext_disabled', text: /\bServer disables LOGIN, no recognized SASL authenticator\b/ },
    // /secure (OP_SECURE) asked for a mechanism that does not send the password, and the server offers none.
    { cause: 'auth_mechanism_unsupported', text: /\bCan't do secure authentication with this server\b/ },
    // imap_open()'s /tls flag, and the server's capabilities lack STARTTLS (or it refused the command). Its SMTP and
    // NNTP drivers add ": host" to the same words when TLS failed after the server's go-ahead: that one is read as a
    // failed upgrade (app-rules.ts).
    { cause: 'starttls_not_offered', text: /\bUnable to negotiate TLS with this server\b(?!: )/ },
  ]),
  ...sourced(POP3, [
    // pop3_auth(): the server lists neither a SASL mechanism c-client has nor USER in its CAPA.
    { cause: 'auth_mechanism_unsupported', text: /^\s*(?:- )?Can't login to this server\.?\s*$/m },
    // pop3_fake(): the socket gave nothing back (the server closed the connection).
    { cause: 'tcp_reset', text: /\bPOP3 connection broken (?:in (?:response|command)|while itemizing messages)\b/ },
  ]),
  // smtp_fake(): the same for c-client's SMTP driver (Alpine, PHP programs built on c-client's smtp_open).
  ...sourced(`${CCLIENT}c-client/smtp.c`, [
    { cause: 'tcp_reset', text: /\bSMTP connection broken \((?:reply|command|EHLO|message data)\)/ },
  ]),
  // Swift_Transport_Esmtp_AuthHandler::afterEhlo(), run only when the EHLO listed AUTH: none of the listed
  // mechanisms is one Swift has ("using 0 possible authenticators"), so nothing was tried.
  ...sourced(`${SWIFT}Transport/Esmtp/AuthHandler.php`, [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bFailed to authenticate on SMTP server with username "[^"\n]*" using 0 possible authenticators\b/,
    },
  ]),
  ...sourced(`${SWIFT}Transport/EsmtpTransport.php`, [
    // The server said 220 to STARTTLS and the buffer's startTLS() failed; a certificate or TLS-version error
    // printed with it is the finer answer.
    {
      cause: 'starttls_failed',
      text: /\bUnable to connect with TLS encryption\b/,
      unless: /\b(certificate|wrong version number|unsupported protocol|self[- ]signed)\b/i,
    },
  ]),
]

// Libraries' own sentences that name the failed step and nothing else: read after every row that reads a
// certificate, a TLS version or a server's reply pasted with them.
export const PHP_IMAP_FALLBACK: ClassifierRule[] = [
  // AbstractSmtpTransport::assertResponseCode(): the greeting read was empty, the server closed the connection. Read
  // late: on an implicit-TLS port the same emptiness is the server waiting for a ClientHello (mode-rules.ts).
  ...sourced(`${SWIFT}Transport/AbstractSmtpTransport.php`, [
    { cause: 'tcp_reset', text: /\bExpected response code 220 but got an empty response\b/ },
  ]),
  // Webklex's ImapProtocol::enableStartTls() and laminas-mail's Imap/Pop3 connect(): the STARTTLS (STLS) reply
  // was not OK or stream_socket_enable_crypto() failed.
  ...sourced('Webklex/php-imap:src/Connection/Protocols/ImapProtocol.php', [
    {
      cause: 'starttls_failed',
      text: /\bConnectionFailedException: failed to enable TLS\b|^\s*failed to enable TLS\s*$/m,
    },
  ]),
  ...sourced(`${LAMINAS}Protocol/Imap.php`, [
    { cause: 'starttls_failed', text: /^(?:.*RuntimeException: )?cannot enable TLS\s*$/m },
  ]),
  // Laminas\Mail\Storage\Imap: the LOGIN command was refused.
  ...sourced(`${LAMINAS}Storage/Imap.php`, [
    { cause: 'auth_bad_credentials', text: /\bcannot login, user or password wrong\b/ },
  ]),
  // Roundcube's rcube_imap_generic::connect() quoting a first line that is not "* OK"/"* PREAUTH": another
  // protocol's greeting (POP3's +OK, SMTP's 220) says the port is not an IMAP port.
  ...sourced('roundcube/roundcubemail:program/lib/Roundcube/rcube_imap_generic.php', [
    { cause: 'protocol_port_mismatch', text: /\bWrong startup greeting \([^)]*\): (\+OK\b|-ERR\b|\d{3}[ -])/ },
  ]),
  // Laminas (Zend) Mail's Protocol\Pop3::readResponse() throws "last request failed" on any -ERR; a trace through
  // Pop3->login() (USER, then PASS) shows it was the login the server refused.
  ...sourced(`${LAMINAS}Protocol/Pop3.php`, [
    { cause: 'auth_bad_credentials', text: /\blast request failed\b[\s\S]{0,2000}\bPop3->login\(/ },
  ]),
  ...sourced(`${HORDE}Socket.php`, [
    // _login(): an empty password is refused before any command, as LOGIN_AUTHENTICATIONFAILED.
    { cause: 'auth_bad_credentials', text: /^(?:Horde_Imap_Client_Exception: )?No password provided\.?\s*$/m },
    // LOGIN_NOAUTHMETHOD: no AUTH= mechanism Horde has, and LOGIN excluded (LOGINDISABLED or a secure-only setting).
    { cause: 'auth_mechanism_unsupported', text: /\bNo supported IMAP authentication method could be found\b/ },
    // _connect(): the greeting was BYE, "the server is explicitly rejecting our connection (RFC 3501 [7.1.5])".
    { cause: 'server_unavailable', text: /^(?:Horde_Imap_Client_Exception: )?Server rejected connection\.?\s*$/m },
    // RFC 5530 response codes: EXPIRED (the password may no longer be used) and PRIVACYREQUIRED (not before TLS).
    { cause: 'auth_account_locked', text: /\bAuthentication credentials have expired\b/ },
    { cause: 'auth_plaintext_disabled', text: /\bOperation failed due to a lack of a secure connection\b/ },
  ]),
  ...sourced(`${HORDE}Socket/Pop3.php`, [
    // The STLS reply or the TLS upgrade after it failed (the server without STLS adds its reason, read elsewhere).
    {
      cause: 'starttls_failed',
      text: /\bCould not open secure connection to the POP3 server\.?/,
      unless: /does not support secure connections/i,
    },
    // _tryLogin()'s last refusal, whatever the mechanism.
    { cause: 'auth_bad_credentials', text: /\bPOP3 server denied authentication\b/ },
  ]),
]
