// Round 38 (issue 14): mail libraries other programs are built on, read from their sources: emailjs, node-imap and
// imap-simple (Node); aiosmtplib, aioimaplib, IMAPClient, imap_tools, yagmail and exchangelib (Python); Simple Java
// Mail, Spring's mail support, Apache Commons Email and Commons Net (Java); Swoosh's and Bamboo's SMTP adapters over
// gen_smtp (Elixir); enough_mail (Dart). Most of their messages wrap a server's reply or a socket error that other
// rows already read; only sentences whose answer today was missing or contradicted the condition that raises them
// have a row. test/corpus/source-tables.jsonl holds every string read, and test/classifier-secondary-libs.test.ts
// runs them.
import { sourced, type ClassifierRule } from './rule.js'

const AIOSMTP = 'cole/aiosmtplib:src/aiosmtplib/'
const COMMONS_NET = 'apache/commons-net:src/main/java/org/apache/commons/net/'
const EXCHANGELIB = 'ecederstrand/exchangelib:exchangelib/'

// Read early (exception-rules.ts EXCEPTION_MESSAGE_RULES): their own words say more than the general ones other rows
// would read in them ("connection timed out", "closed connection", "unexpected EOF", "unexpected … response").
export const SECONDARY_LIB_RULES: ClassifierRule[] = [
  // emailjs's login(): the EHLO's AUTH line names none of the mechanisms it knows (CRAM-MD5, LOGIN, PLAIN, XOAUTH2).
  ...sourced('eleith/emailjs:src/connection.ts', [
    { cause: 'auth_mechanism_unsupported', text: /\bno form of authorization supported\b/ },
  ]),
  // imap-simple's connect() turns node-imap's 'timeout-auth' ("Timed out while authenticating with server": the
  // socket opened, the greeting and login did not finish within authTimeout, 2000 ms by default) into its own
  // ConnectionTimeoutError: not a port that never answered, which "connection timed out" would read.
  ...sourced('chadxz/imap-simple:lib/imapSimple.js', [
    { cause: 'greeting_timeout', text: /\bconnection timed out\. timeout = \d+ ms\b/ },
  ]),
  ...sourced(`${AIOSMTP}protocol.py`, [
    // eof_received(): the server closed its end while a reply was awaited, as smtplib's "Connection unexpectedly
    // closed" (mode-rules.ts): not OpenSSL's "unexpected eof while reading", which its words would read.
    { cause: 'tcp_reset', text: /\bSMTPServerDisconnected: Unexpected EOF received\b/ },
    // _read_response_from_buffer(): a reply line over MAX_LINE_LENGTH, raised with the code -1.
    { cause: 'protocol_error', text: /\(-1, '(Response too long|Malformed SMTP response line)\b/ },
  ]),
  // _maybe_login_on_connect(): an OAuth token generator was given and the EHLO's AUTH lacks XOAUTH2.
  ...sourced(`${AIOSMTP}smtp.py`, [
    { cause: 'auth_mechanism_unsupported', text: /\bprovided but server does not support XOAUTH2\b/ },
  ]),
  // capability(): the CAPABILITY reply names neither IMAP4 nor IMAP4rev1.
  ...sourced('bamthomas/aioimaplib:aioimaplib/aioimaplib.py', [
    { cause: 'protocol_error', text: /\bserver not IMAP4 compliant\b/ },
  ]),
  // MailBoxStartTls refuses port 993 itself: the STARTTLS class on the implicit-TLS port.
  ...sourced('ikvk/imap_tools:imap_tools/mailbox.py', [
    { cause: 'tls_wrong_mode', text: /\bPort 993 requires IMAP4_SSL\b/ },
  ]),
  ...sourced(`${COMMONS_NET}smtp/SMTP.java`, [
    // getReply(): a 421 reply, the server closing the channel (RFC 5321 4.2.3), not a connection cut.
    { cause: 'server_unavailable', text: /\bSMTP response 421 received\.\s+Server closed connection\b/ },
  ]),
  // IMAPReply.getReplyCode() and POP3.getReply(): the first line was another protocol's greeting (a POP3 "+OK",
  // an SMTP "220", an IMAP "* OK"): the port speaks another protocol.
  ...sourced(`${COMMONS_NET}imap/IMAPReply.java`, [
    {
      cause: 'protocol_port_mismatch',
      text: /\bReceived unexpected IMAP protocol response from server: '(\+OK|220[ -])/,
    },
  ]),
  ...sourced(`${COMMONS_NET}pop3/POP3.java`, [
    {
      cause: 'protocol_port_mismatch',
      text: /\bReceived invalid POP3 protocol response from server\.\s*(\* OK|220[ -])/,
    },
  ]),
  // Ruby net-imap's resp_cond_auth__name: the greeting's label is neither OK nor PREAUTH. Named "ESMTP" or "SMTP",
  // the line was an SMTP server's "220 host ESMTP …" (chatwoot/chatwoot#8755: the IMAP host pointed at SMTP).
  ...sourced('ruby/net-imap:lib/net/imap/response_parser.rb', [
    { cause: 'protocol_port_mismatch', text: /\bbad response type "E?SMTP"/ },
  ]),
  ...sourced(`${EXCHANGELIB}protocol.py`, [
    // raise_response_errors(): the EWS reply's body says the account is locked out.
    { cause: 'auth_account_locked', text: /\bUnauthorizedError: The referenced account is currently locked out\b/ },
  ]),
  // errors.py names EWS's response codes; ErrorQuotaExceeded is the mailbox over its size limit (EWS's own text:
  // "Mailbox has exceeded maximum mailbox size.", ecederstrand/exchangelib#457).
  ...sourced(`${EXCHANGELIB}errors.py`, [
    { cause: 'mailbox_over_quota', text: /\bErrorQuotaExceeded\b|\bexceeded (the )?maximum mailbox size\b/ },
  ]),
  ...sourced(`${EXCHANGELIB}transport.py`, [
    // get_auth_method_from_response(): the 401's WWW-Authenticate offers none of Digest, NTLM, Basic, or OAuth.
    { cause: 'auth_mechanism_unsupported', text: /\bNo compatible auth type was reported by server\b/ },
  ]),
]
