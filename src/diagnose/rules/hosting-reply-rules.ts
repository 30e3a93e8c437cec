// Hosting companies' and their mail servers' refusals, in the words their sources give: a full mailbox at GoDaddy, a
// cPanel domain whose outgoing mail is suspended, DreamHost's sender-domain policy, Zimbra's IMAP access switch,
// host redirect and busy pool, and Exim's DATA refused after every recipient was.
import { sourced, type ClassifierRule } from './rule.js'

const ZIMBRA = 'Zimbra/zm-mailbox:store/src/java/com/zimbra/cs/'

export const HOSTING_REPLY_RULES: ClassifierRule[] = [
  // GoDaddy's bounce reasons (its help page, as sisimai's table copies it): the account reached its storage limit.
  ...sourced('sisimai/p5-sisimai:lib/Sisimai/Rhost/GoDaddy.pm', [
    { cause: 'mailbox_over_quota', text: /^\s*Account storage limit\b/im },
  ]),
  // cPanel discards mail from a domain whose outgoing mail the host suspended (a compromised script, a spam run).
  ...sourced('https://pastebin.com/8xJuy7Lf', [
    { cause: 'auth_account_locked', text: /\bhas an outgoing mail suspension\b/i },
  ]),
  // DreamHost's web servers send only from addresses on the site's own domain hosted there.
  ...sourced('https://help.dreamhost.com/hc/en-us/articles/215036118-Sender-domain-policy-FAQs', [
    { cause: 'smtp_sender_rejected', text: /\bSender domain not allowed\b/i },
  ]),
  // Zimbra: the account's IMAP switch (zimbraImapEnabled) is off; the account lives on another host (its preferred
  // IMAP servers); the connection pool is full.
  ...sourced(`${ZIMBRA}imap/ImapHandler.java`, [
    { cause: 'imap_disabled', text: /\bNO account does not have IMAP access enabled\b/i },
    { cause: 'wrong_server_name', text: /\bNO LOGIN failed \(wrong host\)/i },
  ]),
  ...sourced(`${ZIMBRA}pop3/Pop3Config.java`, [
    { cause: 'server_unavailable', text: /\bZimbra (POP3|IMAP4rev1) server closing connection; service busy\b/i },
  ]),
  // DATA after every RCPT was refused: the recipients were refused first, almost always for mail the server will
  // not relay for a client that did not log in (a host's FAQ: authenticate, or check mail first).
  ...sourced(
    'http://www.babygekko.com/html/web-hosting-faq/errors-and-downtime/error---503-valid-rcpt-command-must-precede-data.html',
    [{ cause: 'smtp_relay_denied', text: /\b503[ -](5\.5\.1 )?valid RCPT command must precede DATA\b/i }],
  ),
]
