// Round 11 (issue 14): classes of meaning read from every client-facing reply string of the servers (Postfix's
// smtpd, SASL, smtpd_check and postscreen; Exim's smtp_in.c and default ACLs; Sendmail's srvrsmtp.c and proto.m4;
// OpenSMTPD; qmail; Courier; Dovecot's login processes; Cyrus; Haraka and its plugins; hMailServer; postgrey).
// Each row reads a class over the servers' many wordings, not one server's sentence. Read before the generic
// meaning rows, whose "unavailable", "too many" and "not enabled" would mislead here.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

/**
 * Replies about something that is none of our causes — a recipient, a message's content or size, the client's
 * idle time, a command the client chose to cancel: the generic rows (codes, "NO", "too many", "access denied")
 * stay silent on them, so that `explain` says nothing rather than something wrong.
 */
export const NOT_OURS = anyOf(
  // Postfix's recipient restrictions (not the generic "reject" at their end, "Recipient address rejected: Access
  // denied", which an unauthenticated client meets: a relay refusal), Exim's and qmail's bad-recipient counters,
  // Haraka's "No valid recipients".
  /\brecipient address rejected: (user unknown|need fully|undeliverable|unverified|domain not found)/,
  /\bno valid recipients\b|\btoo many (bad|invalid) (recipients|addresses)\b|\bfor too many bad recipients\b/,
  /(?:^|\n)\s*55\d[ -](\d\.\d\.\d+ )?(<[^>]*>:? )?(unknown user|user unknown)\b/,
  /\bbad recipient address syntax\b/,
  // The client's HELO name (Postfix's "Helo command rejected", Stalwart's "Invalid EHLO domain") and the
  // session's length (Stalwart's "Session open for too long").
  /\bHelo command rejected\b|\binvalid (EHLO|HELO) (domain|hostname|name)\b|\bsession open for too long\b/,
  // The client's own "*" to an AUTH challenge (Postfix, Sendmail, Exim, qmail, Cyrus lmtpd).
  /\bclient cancel+ed authentication\b|\b(authentication|auth) (cancel+ed|aborted)\b|\bauth exchange cancel+ed\b/,
  // DavMail's own 421 when it could not reach Exchange ("DavMail configuration exception:" and the exception's message,
  // davmail/exchange/ExchangeSessionFactory.java): the message after it says why.
  /\bDavMail configuration exception\b/,
  // Message size and format (Courier's "534 SIZE=Message too big", Haraka's bare LF).
  /\bbare (line-?feeds?|LFs?)\b|\bmessage (is )?too big\b|\bmessage size exceeds\b|\bSIZE=Message\b/,
  // Postfix's "421 4.4.2 … Error: timeout exceeded": the client sat idle.
  /\btimeout exceeded\b/,
  // Cyrus's and Courier's refusals of a command or a mailbox after the login.
  /\bcommand is disabled\b|\bdenied the operation\b|\bmailbox does not exist\b|(?:^|\n)\S+ NO Mailbox is locked\b/,
  // Courier's 571 is its mail filter refusing the message (courieresmtpd.c), not a sender restriction.
  /(?:^|\n)\s*571 Delivery not authori[sz]ed/,
  // Exchange Online's NDR table: the recipient's address (5.4.1, 5.7.504 behind Directory Based Edge Blocking)
  // and throttle (recipient thread limit), the sender's own organisation blocking a recipient, nested attachments
  // (5.0.350 AS345), and the destination server's TLS, MTA-STS or DANE failing on Microsoft's way out.
  /\b5\.(4\.1|7\.504) Recipient address rejected\b|\brecipient thread limit\b|\busing Tenant Allow Block List\b/,
  /\bpolicy violation detected \(AS345\)|\bDestination mail server\b|\bfailed (MTA-STS|DANE) validation\b|\(DANE\)/,
  // RFC 5321's own text for 550: "Requested action not taken: mailbox unavailable" (Coremail's "550 mailbox
  // unavailable.", Yahoo's "550 Request failed; Mailbox unavailable", also as a wrapper quotes it after its own
  // words), and NetEase's DT:SPM content refusal. A mailbox refused for good is no server in maintenance.
  /(?:^|\n|[:,;]\s)\s*550[ -](\d\.\d\.\d+ )?(<[^>]*>:? )?(requested action not taken: |request failed; )?mailbox unavailable\b/,
  /\bDT:SPM\b/,
)

export const SERVER_REPLY_RULES: ClassifierRule[] = [
  // A sender domain on a domain block list (Postfix's reject_rhsbl_sender): the sender, not the server's state.
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c', [
    { cause: 'smtp_sender_rejected', text: /\bSender address \[[^\]]+\] blocked using\b/i },
  ]),
  // The client's IP on a DNS block list, in each server's words: Haraka's dns-list ("host [ip] is listed on
  // zone", "is listed by ips.backscatterer.org"), Exim's default ACL ("is in a black list at"), Courier's
  // BLACKLISTED ("550 Blacklisted"), Haraka's access plugin ("You are not welcome here").
  ...sourced('haraka/haraka-plugin-dns-list:index.js', [
    {
      cause: 'auth_account_locked',
      text: anyOf(
        /\b(host|client|ip|address)\b.{0,60}\bis listed (on|by|at|in) [\w-]+\.[\w.-]+/,
        /\bis in an? black ?list at\b/,
        /(?:^|\n)\s*5\d\d[ -](\d\.\d\.\d+ )?(Blacklisted|Black ?listed|Blocked)\.?\s*(?:$|\n)/,
        /\byou are not welcome here\b/,
        // Coremail's "550 black ip." and "554 rbl deny.", NetEase's DT:RBL, Yahoo's "Connections will not be
        // accepted from <ip>, because the ip is in Spamhaus's list", T-Online's "IP=<ip> - … (BL)" or "(NOWL)"
        // (None/bad reputation), Yandex's "Blocked by spam statistics".
        /\b(black|blocked|banned) ip\b|\brbl (deny|denied|block(ed)?)\b|\bDT:RBL\b|\bip is (in|on) \S+ list\b/,
        /\bconnections will not be accepted from\b|\bNone\/bad reputation\b|\bblocked by spam statistics\b/,
        /(?:^|\n)\s*5\d\d[ -]IP=[\d.:a-f]+ - .*\((BL|NOWL)\)\s*(?:$|\n)/,
        // An account the provider no longer lets send (Alibaba Mail's "This account isn't allowed to send email").
        /\baccount (isn't|is not) allowed to send\b|\baccount is not authori[sz]ed to (use|send)\b/,
      ),
    },
  ]),
  // Greylisting (postgrey, Haraka's greylist, sqlgrey): a first attempt deferred, to be retried later.
  ...sourced('schweikert/postgrey:postgrey', [
    { cause: 'server_unavailable', smtpCode: [450, 451, 452, 421], text: /\bgrey-?listed\b|\bgreylisting\b/i },
  ]),
  // Exim's ratelimit ACL ("Sender rate overlimit - 120.0 / 1h", "Sender rate exceeds …"), Haraka's limit plugin.
  ...sourced('https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists_in_smtp.html', [
    { cause: 'auth_rate_limited', text: /\b(sender|send|sending|message|connection|rcpt) rate (overlimit|exceed)/i },
    // Per-connection, per-hour and per-message budgets in the providers' words: Yahoo's "Max message per
    // connection reached", Exchange Online's "per hour message receive limit", iCloud's "deferred due to excessive
    // volume", NetEase's "too much fail authentication", Coremail's and Alibaba Mail's recipient ceilings.
    {
      cause: 'auth_rate_limited',
      text: anyOf(
        /\bmax(imum)? (messages?|mails?) per connection\b/,
        /\bper (hour|day|minute) (message |recipient )?(receive |send )?limit\b/,
        /\bdue to excessive volume\b|\btoo much fail(ed)? auth|\bout of allow(ed)? RCPT\b/,
        /\b(total|number) of (RCPTs?|recipients) (is )?(achieved|reached|exceeds?) the maximum\b/,
      ),
      unless: /\battempts\b/i,
    },
    // X.5.3 is "too many recipients" whatever the words (Stalwart's "451 4.5.3 Try again later.").
    { cause: 'auth_rate_limited', enhanced: /^[45]\.5\.3$/ },
    // A quota under the mailbox code (X.2.2, "422 4.2.2 Quota limit exceeded") is the mailbox, not a rate.
    { cause: 'mailbox_over_quota', enhanced: /^[45]\.2\.2$/, text: /\bquota\b/i, unless: /\bsubmission\b/i },
  ]),
  // Relay refusals in other servers' words: Haraka's relay plugin, Sendmail's "Relaying temporarily denied" and
  // its reverse-DNS checks, OpenSMTPD's and Postfix's "AUTH command first".
  ...sourced('hrs-allbsd/sendmail:cf/m4/proto.m4', [
    {
      cause: 'smtp_relay_denied',
      text: anyOf(
        /\bnot allowed to relay\b|\brelaying temporarily denied\b/,
        /\bfix reverse DNS\b|\bclient IP address \S+ does not resolve\b/,
        /\b(send|issue) (an )?AUTH command first\b/,
        // Coremail's "553 host denies relay." and "553 relay check local fail." (local users must log in).
        /\bdenies relay\b|\brelay check (local|domain) fail/,
        // A home line's address: T-Online's "Dialup/transient IP not allowed. Use a mailgateway", Exchange
        // Online's 5.7.25 "must have a reverse DNS record": send through the provider's own server.
        /\b(validating )?reverse DNS( validation)? (failed|error)\b|\berror validating reverse DNS\b/,
        /\b(dial-?up|dynamic|transient) IP\b.{0,30}\bnot allowed\b|\buse a mail ?gateway\b|\bmust have a reverse DNS\b/,
      ),
      // "Sender is not allowed to relay emails with this address": the sender address, not the relay.
      unless: /\bsender (address )?is not allowed to relay\b/i,
    },
  ]),
  // Sender refusals: Exim's sender verification and "sender address must contain a domain", Sendmail's
  // "not allowed to act as", qmail's badmailfrom and "null senders temporarily denied", Haraka's access plugin.
  ...sourced('Exim/exim:src/src/smtp_in.c', [
    {
      cause: 'smtp_sender_rejected',
      text: anyOf(
        /\bsender verify\b|\bsender address must contain a domain\b|\bnot allowed to act as\b/,
        /\bbadmailfrom\b|\bnull senders? (temporarily )?denied\b|\bemail from that domain is not accepted\b/,
        // The sender's domain policy (iCloud's "rejected due to <domain> DMARC policy", GMX's "Reject due to SPF
        // policy"), and Coremail's and Alibaba Mail's sender refusals.
        /\bDMARC policy\b|\bdoes not pass DMARC\b|\bdue to SPF policy\b/,
        /\bmail from (is )?invalid\b|\bdenies the sender\b|\bsender is unvalidated\b|\bmail address invalid\b/,
        /\bremote ip check error\b|\bMAIL FROM"? is non-?local\b|\bARC validation failed\b/,
      ),
    },
  ]),
  // 454 naming TLS is the upgrade that failed now (Exim's "TLS currently unavailable", Sendmail's "TLS not
  // available …", qmail's "TLS not available due to temporary reason", Courier's 440); the permanent refusals
  // (Courier's 540, Sendmail's 503) are read as no STARTTLS by transport-rules.ts.
  ...sourced('hrs-allbsd/sendmail:sendmail/srvrsmtp.c', [
    { cause: 'starttls_failed', smtpCode: [454, 440], text: /\bTLS\b/, unless: /\brepeated\b|\balready\b|too many/i },
  ]),
  // A POP3 or IMAP server with no TLS to offer (Courier's "-ERR TLS support not available."): before the generic
  // rows, which read any "-ERR" or "NO" as a wrong password.
  ...sourced('svarshavchik/courier-libs:imap/pop3dserver.C', [
    {
      cause: 'starttls_not_offered',
      text: /(?:^|\n)\s*(-ERR|\S+ (NO|BAD))\s+(TLS|SSL|STARTTLS|STLS) support (is )?not available\b/i,
    },
  ]),
  // The server's own trouble in words the generic rows do not know: Courier's "Mail system full", Cyrus's
  // "System I/O error", hMailServer's "Unable to access mailbox".
  ...sourced('cyrusimap/cyrus-imapd:imap/imap_err.et', [
    {
      cause: 'server_unavailable',
      text: /\bmail system full\b|\bsystem I\/O error\b|\bunable to access (the )?mailbox\b|\bclock skew detected\b/i,
    },
  ]),
  // APOP is a mechanism (Dovecot's "APOP not enabled."), not POP access switched off.
  ...sourced('dovecot/core:src/pop3-login/client-authenticate.c', [
    { cause: 'auth_mechanism_unsupported', text: /\bAPOP (is )?not enabled\b/i },
    // Stalwart's "Unsupported mechanism 'CRAM-MD5'." (the generic rows read "NO" as a wrong password).
    { cause: 'auth_mechanism_unsupported', text: /\bunsupported (SASL |auth(entication)? )?mechanism\b/i },
    // Stalwart's "Cannot authenticate over plain-text.": a login refused before TLS.
    {
      cause: 'auth_plaintext_disabled',
      text: /\b(authenticate|login|log in)\b.{0,20}\bover (plain-?text|clear-?text|an? (insecure|unencrypted) conn)/i,
    },
    // Coremail's "451 auth mode unsupported.": the mechanism, whatever the transient code says.
    { cause: 'auth_mechanism_unsupported', text: /\bauth(entication)? mode (is )?(unsupported|not supported)\b/i },
  ]),
  // The client broke the protocol: Postfix's SASL response limit, hMailServer's "Excessive amounts of data",
  // Haraka's "Invalid AUTH string" and "bad protocol", Exim's non-mail commands, Courier's "violates RFC 821".
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_sasl_glue.c', [
    {
      cause: 'protocol_error',
      text: anyOf(
        /\bSASL response limit\b|\bexcessive amounts? of data\b|\binvalid AUTH string\b|\bmalformed auth input\b/,
        /(?:^|\n)\s*5\d\d[ -](\d\.\d\.\d+ )?(bad protocol|too many non-?mail commands)/,
        /(?:^|\n)\s*5\d\d[ -](\d\.\d\.\d+ )?syntax error\b.{0,40}\bviolates RFC/,
        /(?:^|\n)\s*5\d\d[ -](\d\.\d\.\d+ )?(line parse error|sequence error)\b/,
        // TLS asked for twice (Exim's "554 Already in TLS", Stalwart's "504 5.7.4 Already in TLS mode."), an AUTH
        // without its mechanism or with broken base64 (Stalwart, Zimbra).
        /\balready in TLS\b|\bTLS (is )?already active\b|\b(authentication )?mechanism missing\b/,
        /\binvalid base64 input\b|\bUSER\/PASS required\b/,
      ),
    },
  ]),
  // Coremail's "551 auth error." (the permanent one; "451 auth error." is the server's trouble) and Alibaba
  // Mail's "524 username or passwd is NULL": the credentials.
  ...sourced('https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html', [
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        /(?:^|\n)\s*5\d\d[ -](\d\.\d\.\d+ )?auth(entication)? error\b/m,
        /\b(user ?name|passw(or)?d) or (user ?name|passw(or)?d) is (null|empty)\b/,
      ),
    },
  ]),
]

// A server's refusal of the STARTTLS it accepted, quoting its TLS library ("-ERR STARTTLS failed: Error in the push
// function." from Courier over GnuTLS): read before the transport rows, which would read the library's words alone
// as the client's own connection.
export const SERVER_STARTTLS_REFUSALS: ClassifierRule[] = [
  ...sourced('svarshavchik/courier-libs:imap/pop3dserver.C', [
    { cause: 'starttls_failed', text: /(?:^|\n)\s*(-ERR|\S+ (NO|BAD)|[45]\d\d)[ -].{0,20}\b(STARTTLS|STLS) failed:/i },
  ]),
  // The STARTTLS command itself answered as unknown (RFC 5321 §4.2.4: 500 "command unrecognized", 502 "command not
  // implemented"): a server without the extension, such as a development server (MailDev, MailHog) that has none.
  // Not the capability line "250-STARTTLS", which offers it.
  ...sourced('https://www.rfc-editor.org/rfc/rfc5321#section-4.2.4', [
    {
      cause: 'starttls_not_offered',
      text: /(?:^|[^-\w])STARTTLS\b[^\n]{0,60}(?:\n[^\S\n]*(?:<<<|<-|S:)?[^\S\n]*)?\b50[02][ -][^\n]{0,40}\b(unrecogni[sz]ed|not recogni[sz]ed|not implemented|unknown command)/im,
    },
  ]),
]

// RFC 5321 §4.2.2: 500 and 501 are syntax errors, 502 a command not implemented, 503 a bad sequence of commands.
// Read in the codes' own layer, after every text and enhanced-code row: "503 5.5.4 send AUTH command first" and
// "501 … sender address must contain a domain" have been read by their words before.
export const SYNTAX_CODE_RULES: ClassifierRule[] = [
  ...sourced('https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2', [
    { cause: 'protocol_error', smtpCode: [500, 501, 502, 503], unless: NOT_OURS },
  ]),
  // RFC 3501 §7.1.5: a tagged BAD is a command the server could not accept as sent (unknown, malformed, or out of
  // its state: Cyrus's "BAD Please login first", "BAD Already did a successful Starttls"). The BADs that name
  // another meaning (a mechanism, plain text before TLS, a refused token) are read by their words before this.
  ...sourced('https://www.rfc-editor.org/rfc/rfc3501#section-7.1.5', [
    { cause: 'protocol_error', protocol: ['imap'], text: /(?:^|\n)\s*[A-Za-z0-9.]+ BAD\b/, unless: NOT_OURS },
  ]),
]
