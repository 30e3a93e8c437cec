// Round 13a (issue 14): classes of meaning read from the mail security gateways' published reply tables
// (Mimecast, Sophos Email, Trend Micro, Cisco AsyncOS, Proofpoint, Barracuda), the filters in front of servers
// (rspamd, Haraka's karma), Dovecot's replies after the login, and the hosting and mailbox providers' error pages
// (GoDaddy, Orange, Cox, Spectrum, QQ, IONOS, Zoho, Fastmail, cPanel hosts). Read before the generic rows: their
// "421"/"451" (a block or a rate said with a temporary code), "sender" (a block of the client's IP that names the
// sender) and "too many" (a reputation block) would mislead here.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const MIMECAST = 'sisimai/go-sisimai:rhost/for-mimecast.go'
const GODADDY = 'sisimai/go-sisimai:rhost/for-godaddy.go'
const COX = 'sisimai/go-sisimai:rhost/for-cox.go'
const SOPHOS =
  'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html'

// The client's IP (or its network) refused for its reputation or a block list, in the gateways' and providers'
// words: GoDaddy's "This IP has been temporarily blocked", Mimecast's "IP temporarily blacklisted" and "Local CT
// IP Reputation", Sophos's "failed an RBL test", Trend Micro's ERS "RBL+ matches", QQ's "Suspected spam ip", Cox's
// "<ip> blocked by Cox", Orange's "Adresse IP source bloquee", Spectrum's "Your IP address has been blacklisted".
const IP_BLOCKED = anyOf(
  /\b(this|your|sender|sending|source|the) IP( address)? (has been |is |was )?(temporarily |permanently )?(black ?listed|blocked|banned)\b/,
  /\bIP(-| )address of the sender is (black ?listed|blocked)\b|\bIP temporarily (black ?listed|blocked)\b/,
  /\bIP (address )?is listed on the [\w ]{0,40}\b(Block|Black) ?List\b|\bIP has a poor reputation\b/,
  /\b(local )?(CT )?IP reputation\b|\bpoor reputation sender\b/,
  /\brefused by rbl|\bRBL(\+)? (reject|test|matches)\b|\bfailed an? RBL\b|\bfor (Zombie|RBL\+) matches\b/,
  /\bsuspected spam ip\b|\bAdresse IP source bloqu|\bclient host blocked for spamming\b/,
  /\b\d{1,3}(\.\d{1,3}){3} blocked( by \w+)?\.? (IPBL\d+|CXBL|CDRBL)\b|\bblocked by Cox\b/,
  /\bipcheck\.proofpoint\.com|\bproofpoint\.com\/dnsbl-lookup/,
  // sisimai's blocked and badreputation tables: free.fr, SFR, mail.ru, junkemailfilter, Sendmail, Microsoft.
  /\b(bad|rejected) sender IP\b|\bsender IP address (rejected|blocked)\b|\bbad IP profile\b|\bopen proxy\b/,
  /\bforbidden by your IP\b|\blooks suspiciously like spammer\b|\bnot (currently )?accepting (e-?mail|mail) from your IP\b/,
  /\blisted in the RBL\b|\btoo many (spams|unwanted messages)\b[^\n]{0,60}\bIP\b|\bzombied\b|\bmulti-blacklist\b/,
  /\b(poor|very low|bad) (e-?mail )?reputation\b|\breputation (score|problems)\b|\bnetwork is temporar(il)?y blacklisted\b/,
  /\bnot allowed to connect\b|\babus detect|\baccess to submit messages to this e-?mail system has been rejected\b/,
)

// The account (or the customer's whole tenant) stopped from sending by the provider: Cox's "Email sending blocked
// due to suspicious account activity", Spectrum's "limited access to send emails", Zoho's "Sender Address
// Blocked", cPanel hosts' "[CSR] … unsolicited email originating from your address", Mimecast's "Account
// outbounds disabled", Sophos's expired licence, Fastmail's "Address locked". (Zoho's "Unusual sending activity
// detected. Please try after sometime" is a pause, read as a rate by the rows after these.)
const SENDING_BLOCKED = anyOf(
  /\bsending (is )?(limited|blocked|disabled|suspended) due to suspicious\b/,
  /\bblocked from sending\b|\blimited access to send\b|\bunsolicited e?mail originating from your (address|account)\b/,
  /\baccount outbounds? disabled\b|\byour licen[cs]e has expired\b|\bAddress locked or deactivated\b/,
  /\bsender address blocked\b|\bhost network,? not allowed\b|\blogin disabled\b|\bnot subscribed to SES\b/,
)

// The sender fails the receiver's sender checks: SPF, DKIM or DMARC (Mimecast's "SPF Sender Invalid", Sophos's
// XGEMAIL_0001-0003, AsyncOS's "SPF unauthorized mail is prohibited", Orange's "SPF: <ip> is not allowed", QQ's
// "DMARC check failed", GoDaddy's "Invalid SPF record", Proofpoint's "sender's SPF policy").
const SENDER_AUTH = anyOf(
  /\b(SPF|DKIM|DMARC)\b[^\n]{0,60}?\b(fail(s|ed|ure)?|invalid|unauthori[sz]ed|(is )?not allowed|check|verification)\b/,
  /\b(fail(s|ed)?|invalid|didn't contain a valid) (an? )?(SPF|DKIM|DMARC)\b|\bsender's SPF policy\b/,
  /\bsender domain failed an? DBL\b|\bpublished RFC 7505 Null MX\b|\bNull MX: \S+ does not send mail\b/,
  // Haraka's spf plugin ("SPF SoftFail", "SPF Permanent Error", its openspf.org link), sisimai's authfailure table.
  /\bSPF (SoftFail|Fail|record not found|Permanent Error|Temporary Error)\b|\bopenspf\.org\/Why\b/,
  /\bSender Policy Framework\b|\bbad SPF records?\b/,
)

// The receiver's policy refuses this sender: a block list of senders (Mimecast's "Envelope blocked - User
// Entry", "Blocked Senders", Sophos's admin and user block lists), anti-spoofing (Mimecast, Haraka's "Spoofed
// MAIL FROM"), a From it will not take (GoDaddy's IB501-IB506), a sender not the one logged in (Orange, Spectrum).
const SENDER_POLICY = anyOf(
  /\benvelope blocked\b|\bblocked senders\b|\bblock policy for (envelope|header) from\b/,
  /\bis in the (admin|user) block ?list\b|\banti-?spoofing policy\b|\bspoofed mail from\b/,
  /\bFrom:? ?(address(es)?|domain)\b[^\n]{0,30}\b(are not allowed|is invalid)\b|\bnot allowed as a From\b/,
  /\bmail from not owned by user\b|\bsend as a different e?mail address\b/,
  /\b(couldn't|could not|unable to) (check|verify) (the )?sender address\b/,
  // sisimai's rejected table and Haraka's mail_from.is_resolvable: a sender on a block list, or whose domain
  // has nowhere to receive replies.
  /\b(sender|your e-?mail address|sender address)\b[^\n]{0,30}\b(blacklisted|black ?list)\b/,
  /\bsender (email address rejected|not pre-approved)\b|\bunroutable sender\b|\bbogus mail from\b/,
  /\bvalid sender domain\b|\bno (valid )?MX for your FROM\b|\bnot a registered gateway user\b/,
  /\bTemp\. resolver error\b|\binvalid IP for sending mail of domain\b/,
)

// A refusal to relay for this client, in the words sisimai's norelaying table and Haraka's fcrdns plugin give:
// no relaying here, use your ISP's server, or the client's address has no (matching) reverse DNS — the
// convention of the table, where a server's check of its client's rDNS is a relay refusal.
const NO_RELAY = anyOf(
  /\b(no relaying|not an open relay|not configured to relay|unable to relay for|insecure mail relay)\b/,
  /\bwe don't handle mail for\b|\bspecified domain is not allowed\b/,
  /\buse (the|your) (ISPs?|ISP's|provider's) SMTP (relay|server)\b|\bSMTP server of your ISP\b/,
  /\bFCrDNS\b|\brDNS lookup (timeout|error)\b|\brejected; (no|generic|invalid TLD in) rDNS\b/,
  /\breverse (DNS|lookup)\b[^\n]{0,40}\b(required|rejected|entry|name)\b|\bno reverse DNS\b|\bPTR[- ]record/,
  /\bIP name lookup failed\b|\bcannot resolve your address\b/,
  /\b(do not|don't) accept (e-?mail|mail) from hosts with dynamic IP/,
)

// A limit on sending (messages an hour, a session, concurrent threads) or on connections: rspamd's ratelimit
// module, cPanel's Exim limits, GoDaddy's IB510, Cox's CXMXRT, Mimecast's thread limit, Exchange's POP3 limit.
const SENDING_LIMIT = anyOf(
  /\bRatelimit "[^"]+" exceeded\b|\bexceeded the max (emails|defers and failures) per hour\b/,
  /\bmax(imum)? number of messages per session\b|\boutbound thread limit\b|\bmessage threshold exceeded\b/,
  /\bUserConnectionLimitReached\b|\bDICTIONARY ATTACK\b|\baccount service is temporarily unavailable\b/,
  /\btry again slower\b/,
)

export const GATEWAY_REPLY_RULES: ClassifierRule[] = [
  // Mimecast's and Sophos's TLS policies: the client's TLS is older or weaker than the route requires.
  ...sourced(MIMECAST, [
    {
      cause: 'tls_old_protocol',
      text: /\brequires TLS version [\d.]+ or (greater|higher)\b|\brequires high-strength ciphers\b/i,
    },
  ]),
  ...sourced(SOPHOS, [{ cause: 'tls_old_protocol', text: /\bTLS version used doesn't match\b/i }]),
  // Microsoft's "temporarily rate limited due to IP reputation" (S775) is a rate, read by the rows after these.
  ...sourced(MIMECAST, [{ cause: 'auth_account_locked', text: IP_BLOCKED, unless: /\brate limited\b/i }]),
  ...sourced(
    'https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes',
    [{ cause: 'auth_account_locked', text: /\bBlock (temporarily|permanently) \(Sender Filtering/i }],
  ),
  ...sourced('haraka/haraka-plugin-karma:index.js', [{ cause: 'auth_account_locked', text: /\bkarma score\b/i }]),
  ...sourced(COX, [
    // "Cox too many bad commands from <ip>": the client's IP blocked for three hours, not a protocol error.
    { cause: 'auth_account_locked', text: SENDING_BLOCKED },
    { cause: 'auth_account_locked', text: /\btoo many bad commands from\b/i },
  ]),
  // Orange's 550 "Service refuse" is its block (sisimai's code 103); its 421 form is a passing failure.
  ...sourced('sisimai/go-sisimai:rhost/for-franceptt.go', [
    { cause: 'auth_account_locked', smtpCode: [550, 554], text: /\bService refus/i },
    { cause: 'auth_account_locked', smtpCode: [554], text: /\bClient host rejected\s*(LPN\w+)?\s*$/i },
    { cause: 'auth_bad_credentials', text: /\bcode d.authentification invalide\b/i },
  ]),
  ...sourced('sisimai/go-sisimai:rhost/for-tencent.go', [
    { cause: 'auth_account_locked', text: /^\s*5\d\d[ -]Connection denied\b/im },
  ]),
  ...sourced(MIMECAST, [{ cause: 'smtp_sender_rejected', text: SENDER_AUTH, unless: /\bSPF lookup failure\b/i }]),
  ...sourced(MIMECAST, [{ cause: 'smtp_sender_rejected', text: SENDER_POLICY }]),
  ...sourced('rspamd/rspamd:src/plugins/lua/ratelimit.lua', [{ cause: 'auth_rate_limited', text: SENDING_LIMIT }]),
  // Dovecot: another session holds the mailbox's lock (MAIL_ERROR_INUSE, sent as [INUSE] or POP3's [SYS/TEMP]);
  // the quota plugin's message-count limit and its default "mailbox for user is full".
  ...sourced('dovecot/core:src/lib-storage/mail-error.h', [
    { cause: 'auth_rate_limited', text: /\b(timeout|timed out) while waiting for (a )?lock\b/i },
  ]),
  ...sourced('dovecot/core:src/plugins/quota/quota.c', [
    { cause: 'mailbox_over_quota', text: /\btoo many messages in the mailbox\b|\bmailbox for user is full\b/i },
  ]),
  // A provider's "use your own provider's SMTP" (i.ua), a host that is not a gateway for this client, and
  // the client's address without reverse DNS (GoDaddy IB108, Cox CXDNS, Spectrum 1100): relay refusals.
  ...sourced('sisimai/go-sisimai:rhost/for-iua.go', [
    {
      cause: 'smtp_relay_denied',
      text: anyOf(
        /\bSMTP as (a )?mail ?gate is forbidden\b|\buse (the )?SMTP (server )?of your provider\b/,
        /\bnot local host,? not a gateway\b|\bAccess denied \(anonymous user\)/,
        /\breverse DNS for this IP failed\b|\brejected - no rDNS\b|\bDNS check failure\b/,
        /\bissue with the Domain Name System\b/,
      ),
    },
  ]),
  // GoDaddy IB401: the client logs in to the inbound MX instead of the outgoing server.
  ...sourced(GODADDY, [{ cause: 'wrong_server_name', text: /\bauthentication not allowed on IBSMTP\b/i }]),
  ...sourced(MIMECAST, [{ cause: 'auth_bad_credentials', text: /\bsubmitter failed to authenticate\b/i }]),
  // Proton Mail Bridge refuses a login whose user name is none of its accounts': IMAP "NO user <x> not found",
  // SMTP "Error: no such user" (go-smtp's "Error: " before the Bridge's own words; a recipient unknown to a
  // server names the address instead).
  ...sourced('https://github.com/ProtonMail/proton-bridge/issues/503', [
    { cause: 'auth_bad_credentials', protocol: ['smtp'], text: /(?:^|:\s+)Error: no such user\b/i },
  ]),
  ...sourced('https://github.com/LukeSmithxyz/mutt-wizard/issues/500', [
    { cause: 'auth_bad_credentials', protocol: ['imap'], text: /\bNO user \S+ not found\b/i },
  ]),
  ...sourced('sisimai/go-sisimai:reason/why-norelaying.go', [{ cause: 'smtp_relay_denied', text: NO_RELAY }]),
  // Sendmail's tls_client ruleset: "encryption too weak 0 less than N" is a client that did not use STARTTLS
  // where the access map requires it; a non-zero strength is a cipher weaker than required. Its STARTTLS
  // failures ("454 4.7.0 TLS handshake failed.", "STARTTLS temporarily not possible.") are the upgrade's.
  ...sourced('hrs-allbsd/sendmail:cf/m4/proto.m4', [
    { cause: 'auth_plaintext_disabled', text: /\bencryption too weak 0 less than \d+/i },
    { cause: 'tls_old_protocol', text: /\bencryption too weak [1-9]\d* less than \d+/i },
    {
      cause: 'starttls_failed',
      smtpCode: [454],
      text: /\bTLS handshake failed\b|\bSTARTTLS temporarily not possible\b/i,
    },
  ]),
  // Haraka's early_talker: the client spoke before the greeting.
  ...sourced('haraka/haraka-plugin-early_talker:index.js', [
    { cause: 'protocol_error', text: /\byou talk too soon\b/i },
  ]),
  // Haraka's smtp_forward: the message is split between two upstream transactions; the client retries soon.
  ...sourced('haraka/Haraka:plugins/queue/smtp_forward.js', [
    { cause: 'server_unavailable', smtpCode: [421, 450, 451], text: /\b(retry|try again) (soon|shortly)\b/i },
  ]),
  // Cox: the client spoke before the greeting.
  ...sourced(COX, [{ cause: 'protocol_error', text: /\bno data before greeting\b/i }]),
  ...sourced('https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen', [
    { cause: 'mailbox_over_quota', text: /\bqq trouble in home directory\b/i },
  ]),
]
