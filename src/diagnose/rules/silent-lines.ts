// Lines that are about something that is none of our causes (round 11b): a recipient the server does not
// know, the server's checks of its client's own host name, a message's size or shape, the server waiting for
// its client, a SOCKS proxy's policy. Read whole, their general words ("Host not found", "timed out",
// "unavailable") would make explain name a cause that is wrong; it must say nothing instead. Each line of a
// text is judged alone: a pasted log keeps its other lines, and is read by them. No import from rule.ts (it
// reads this list), so each row carries its source itself.

import { CLIENT_SILENT_LINES } from './client-silent-lines.js'
import { EXCEPTION_SILENT_LINES } from './exception-silent-lines.js'
import { EMBEDDED_SILENT_LINES } from './embedded-silent-lines.js'
import { REGIONAL_SILENT_LINES } from './regional-silent-lines.js'
import { VENDOR_SILENT_LINES } from './vendor-silent-lines.js'
import { SECONDARY_LIB_SILENT_LINES } from './secondary-lib-silent-lines.js'

interface SilentLine {
  /** Where the line comes from: a source file (owner/repo:path) or a documentation page. */
  source: string
  text: RegExp
}

export const SILENT_LINES: SilentLine[] = [
  // Postfix's smtpd_check.c restrictions on the client's HELO name and its reverse DNS, and the same checks
  // in Exim (host.c), Kerio and Domino: the server judging its client's own name, not a lookup that failed
  // for the user. (reject_unknown_client_hostname's "cannot find your hostname" is read as a relay refusal.)
  {
    source: 'vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c',
    text: /\bHelo command rejected: /,
  },
  { source: 'vdukhovni/postfix:postfix/src/smtpd/smtpd_peer.c', text: /\bhostname \S+ does not resolve to address\b/ },
  {
    source: 'Exim/exim:src/src/host.c',
    text: /\bno (host name|IP address) found for (IP address|host)\b/,
  },
  {
    source: 'fail2ban/fail2ban:fail2ban/tests/files/logs/domino-smtp',
    text: /\bnot found in reverse DNS lookup\b|\bhas no reverse DNS entry\b/,
  },
  // A recipient the server does not know (Exim "rejected RCPT <x>: Unknown user", Postfix "Recipient address
  // rejected: User unknown", IANA X.1.1 "Bad destination mailbox address"): the message's address, not the
  // account's login.
  {
    source: 'Exim/exim:src/src/smtp_in.c',
    text: /\brejected RCPT <[^>]*>: Unknown user\b|\bRecipient address rejected: User unknown\b/,
  },
  {
    source: 'https://www.iana.org/assignments/smtp-enhanced-status-codes',
    text: /\bMailbox unavailable\. The server response was: 5\.1\.1 (User unknown|<[^>]+>: Recipient address rejected)/,
  },
  // smtpd_check.c's reject_multi_recipient_bounce and a message over the size limit: the message, not the
  // connection or the account.
  {
    source: 'vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c',
    text: /\bData command rejected: Multi-recipient bounce\b|\bMessage size exceeds fixed maximum message size\b/,
  },
  // smtpd.c "too many errors after <command>": only AUTH's errors are failed logins (read by their rows);
  // after RCPT, DATA or RSET they are a sender's rejected recipients or bad commands.
  {
    source: 'vdukhovni/postfix:postfix/src/smtpd/smtpd.c',
    text: /\btoo many errors after (?!AUTH\b)\w+ from\b/,
  },
  // The server waiting for its client (Exim's smtp_in.c command timeout), a Dovecot login process whose
  // client reset the connection before trying to log in, outside any TLS handshake.
  { source: 'Exim/exim:src/src/smtp_in.c', text: /\bSMTP command timeout on (TLS )?connection from\b/ },
  {
    source: 'dovecot/core:src/login-common/client-common.c',
    text: new RegExp(
      /-login: (Disconnected|Login aborted): Connection closed: read\(size=\d+\) failed: /.source +
        /Connection reset by peer \(no auth attempts\b(?!.*TLS handshaking)/.source,
    ),
  },
  // hMailServer closing a client that went quiet ("421 Connection timeout." in its SMTPD log).
  {
    source: 'hmailserver/hmailserver:hmailserver/source/Server/SMTP/SMTPConnection.cpp',
    text: /\bSENT: 421 Connection timeout\.?"?$/,
  },
  // Courier's TLS wrapper seeing its client go away in the middle of a session.
  {
    source: 'svarshavchik/courier-libs:tcpd/libcouriertls.c',
    text: /\bcouriertls: (read|write): Connection reset by peer\b/,
  },
  // SmtpConnection's SmtpAuthenticationFailed: its own authentication module had no answer for the server's
  // challenge (no usable credentials for that mechanism); the server refused nothing.
  {
    source: 'dotnet/runtime:src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpConnection.cs',
    text: /^System\.Net\.Mail\.SmtpException: Authentication failed\.$/,
  },
  // The SOCKS5 proxy's own refusals (MailKit's Socks5Client GetFailureReason): the proxy's policy or
  // abilities, not the mail server's network state.
  {
    source: 'jstedfast/MailKit:MailKit/Net/Proxy/Socks5Client.cs',
    text: new RegExp(
      /\bFailed to connect to \S+: /.source +
        /(Connection not allowed|General server failure|Command not supported|Address type not supported)\./.source,
    ),
  },
  // Round 13a: a session closed for the client's idleness (Dovecot's imap and pop3 "Disconnected for inactivity"),
  // a message or literal over the size the server takes (Dovecot's [TOOBIG] and quota plugin, Sophos's
  // XGEMAIL_0013), a recipient the receiver's own policy restricts (Zoho), recipients with characters the server
  // refuses (Aruba): the session's or the message's, none of the account's settings.
  { source: 'dovecot/core:src/imap/imap-client.c', text: /\bDisconnected for inactivity\b/ },
  {
    source: 'dovecot/core:src/plugins/quota/quota.c',
    text: /\[TOOBIG\]|\bLiteral size too large\b|\bMail size is larger than the maximum size allowed\b/,
  },
  {
    source:
      'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html',
    text: /\brecipients allowed for a large message\b/,
  },
  { source: 'https://smtp.codes/zoho', text: /\bMailbox delivery restricted by policy\b/ },
  // The server's answer to the client's own LOGOUT (Dovecot's cmd-logout.c, Exchange's "IMAP4 server signing
  // off"): a session ending as asked, not the server going away.
  { source: 'dovecot/core:src/imap/cmd-logout.c', text: /^\* BYE (Logging out|.{0,60}\bserver signing off)\.?$/ },
  {
    source: 'https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx',
    text: /\bbad chars in command\b/,
  },
  // SslStream's net_ssl_... on a platform without ephemeral keys: the local TLS stack, not the server.
  {
    source: 'dotnet/runtime:src/libraries/System.Net.Security/src/Resources/Strings.resx',
    text: /\bplatform does not support ephemeral keys\b/,
  },
  ...CLIENT_SILENT_LINES,
  ...REGIONAL_SILENT_LINES,
  ...EXCEPTION_SILENT_LINES,
  ...EMBEDDED_SILENT_LINES,
  ...VENDOR_SILENT_LINES,
  ...SECONDARY_LIB_SILENT_LINES,
]

// Multiline: an anchored row (^…$) matches one line of a longer text in the quick test below.
const SILENT = new RegExp(SILENT_LINES.map((row) => `(?:${row.text.source})`).join('|'), 'm')

/** The text without its lines about none of our causes: what the rules read (empty: nothing to read). */
export function heardText(text: string): string {
  if (!SILENT.test(text)) return text
  return text
    .split('\n')
    .filter((line) => !SILENT.test(line.trim()))
    .join('\n')
    .trim()
}
