// What mail servers' own reply strings mean when their words are not the usual ones (round 9, read from the
// servers' sources): a refusal of the client's address at connect is a block, not maintenance; Exim's
// "Security failure" is the STARTTLS it just accepted; Haraka's reply to a TLS ClientHello is TLS on a plain
// port; OpenSMTPD refuses a recipient it will not relay as an "Invalid recipient". Read before the generic
// meaning rows, whose "421" and "try again" would mislead here.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

export const MTA_REPLY_RULES: ClassifierRule[] = [
  // The client's address refused as such: Postfix's check_client_access REJECT ("Client host rejected: Access
  // denied"), Sendmail's access database ("550 5.7.1 Access denied" as the whole reason), qmail's
  // blacklist patch and Haraka's connect-time deny ("Your mail is not welcome here").
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c', [
    { cause: 'auth_account_locked', text: /\bClient host rejected: Access denied\b/i },
  ]),
  ...sourced('hrs-allbsd/sendmail:cf/m4/proto.m4', [
    { cause: 'auth_account_locked', text: /^\s*[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?Access denied\.?\s*$/im },
  ]),
  ...sourced('sagredo-dev/qmail:qmail-smtpd.c', [
    { cause: 'auth_account_locked', text: /\byour (ip|host|address) is (currently )?(black|block)[- ]?listed\b/i },
  ]),
  ...sourced('haraka/Haraka:connection.js', [
    { cause: 'auth_account_locked', text: /\byour mail is not welcome here\b/i },
    // The first bytes of a TLS ClientHello read as an SMTP command on a plain port.
    {
      cause: 'tls_wrong_mode',
      text: /\b(SSL|TLS)( handshake)? (attempted|detected|received) (over|on) a non-(SSL|TLS)\b/i,
    },
  ]),
  // Exim answers a STARTTLS it accepted and could not complete with "554 Security failure".
  ...sourced('Exim/exim:src/src/smtp_in.c', [
    { cause: 'starttls_failed', smtpCode: [554], text: /\bSecurity failure\b/ },
  ]),
  // lka_session.c: no rule of the server's ruleset lets this client send to that recipient.
  ...sourced('OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/lka_session.c', [
    { cause: 'smtp_relay_denied', text: /\b550 Invalid recipient: </ },
  ]),
  // Gmail's SMTP error table: a quota under a policy or congestion code (X.7.1, X.4.5) is the sender's quota,
  // not a mailbox's (X.2.2); a permanent refusal of an address that "has been blocked" is a block, where the
  // transient one ("temporarily blocked", 421) is a rate.
  ...sourced('https://support.google.com/a/answer/3726730', [
    { cause: 'auth_rate_limited', enhanced: /^[45]\.(7\.1|4\.5)$/, text: /\bquota\b/i },
    { cause: 'auth_account_locked', smtpCode: [550, 554], text: /\b(has|have) been blocked\b/i, unless: /temporar/i },
  ]),
  // The sender the client logged in as is not the one it sends from (Haraka's auth_base.js, qmail's AUTH patch),
  // or the sender's domain is not one this client may use (Haraka's host_list_base.js).
  ...sourced('haraka/Haraka:plugins/auth/auth_base.js', [
    {
      cause: 'smtp_sender_rejected',
      text: anyOf(
        /(doesn't|does not) match (the )?AUTH (domain|user)|\bfrom and auth not the same\b/,
        /\b(mail from|sender) domain .{0,80}\bis not allowed\b/,
      ),
    },
  ]),
]
