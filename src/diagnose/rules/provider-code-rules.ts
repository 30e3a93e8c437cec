// Providers' own published codes and sentences (Exchange Online's NDR codes, Gmail's SMTP error list,
// Outlook.com's postmaster codes, Yahoo's help pages, RFC 7372's authentication codes): what each
// one means for the person sending. They come before the generic meanings, whose keywords mislead
// here: "Service unavailable; Client host … blocked" is a block, not maintenance; "submission quota"
// is the sender's rate, not a full mailbox; Exchange's "Sender was not authenticated for group" is
// the recipient refusing outside senders, not a missing login.
import { RELAY } from './auth-words.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { NOT_OURS } from './server-reply-rules.js'

const EXO =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/'
const EXO_NDR = `${EXO}non-delivery-reports-in-exchange-online`
const GMAIL = 'https://support.google.com/a/answer/3726730'
const OUTLOOK_COM = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting'
const POSTFIX = 'vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c'

export const PROVIDER_CODE_RULES: ClassifierRule[] = [
  ...sourced(EXO_NDR, [
    // 5.2.2 "Submission quota exceeded": the sender's recipient/message rate, not the recipient's mailbox.
    { cause: 'auth_rate_limited', text: /\bsubmission quota\b/i },
    // 4.7.850-899: the sending IP is held back while suspicious activity is evaluated; 4.7.500-699 the same for
    // the sending account ("Access denied, please try again later"), unless it names a rate limit (4.7.650).
    { cause: 'auth_account_locked', enhanced: /^4\.7\.8[5-9]\d$/ },
    { cause: 'auth_account_locked', enhanced: /^4\.7\.[56]\d\d$/, unless: /\brate[- ]limit|\bServer busy\b/i },
    // "Access denied" bans: 5.7.501-503 and 5.7.511 banned sender, 5.7.507 IP blocked by the recipient,
    // 5.7.513 the recipient's own block list, 5.7.606-649 banned sending IP.
    { cause: 'auth_account_locked', enhanced: /^5\.7\.(50[1-37]|51[13]|60[6-9]|6[1-4]\d)$/ },
    { cause: 'auth_rate_limited', enhanced: /^5\.7\.508$/ }, // an IPv6 range over its limits
    // 5.7.509 the From domain fails DMARC, 5.7.512 no valid From address.
    { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.5(09|12)$/ },
    // The recipient (group, mailbox, public folder, mail user) takes mail only from allowed or internal
    // senders. 5.7.12 and 5.7.13 also have RFC 4954/3463 meanings: only with the word "sender".
    { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.(124|13[3-6])$/ },
    { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.1[23]$/, text: /\bsender\b/i },
    // Exchange 2010's "Delivery not authorized, message refused: relaying denied" stays a relay refusal.
    { cause: 'smtp_sender_rejected', text: /delivery not authori[sz]ed/i, unless: anyOf(RELAY, NOT_OURS) },
    // A public folder that takes only authenticated (internal) senders.
    { cause: 'smtp_sender_rejected', text: /RESOLVER\.RST\.AuthRequired/i },
    // 5.1.0 "Sender denied": the destination will not take mail from this sender.
    { cause: 'smtp_sender_rejected', enhanced: /^5\.1\.0$/, text: /\bsender\b/i },
  ]),
  // "451 4.7.500 Server busy. Please try again later from [ip]. (S77714/S77719)": Exchange Online Protection slowing
  // a sender down (its rate or its IP's reputation), not an account held back: a wait, at a lower rate.
  ...sourced(
    'https://www.suped.com/learn/email-deliverability/what-causes-office365-temp-fails-and-how-can-they-be-resolved',
    [{ cause: 'auth_rate_limited', enhanced: /^4\.7\.5\d\d$/, text: /\bServer busy\b/i }],
  ),
  // 5.7.700-749 the tenant is banned from sending, 5.7.750 sending from unregistered domains is blocked.
  ...sourced(`${EXO}fix-error-code-5-7-700-through-5-7-750`, [
    { cause: 'auth_account_locked', enhanced: /^5\.7\.(7[0-4]\d|750)$/, unless: NOT_OURS },
  ]),
  // Postfix's reject_rbl_client ("Service unavailable; Client host [...] blocked using <list>"), also
  // Exchange's wording: the sending IP is on a block list.
  ...sourced(POSTFIX, [
    { cause: 'auth_account_locked', text: /client host \[?[\w.:]+\]? blocked (using|by)\b/i },
    // The same DNSBL refusal in postscreen's words ("client [...] blocked using") and Sendmail's check_relay
    // ("Rejected: <ip> listed at <list>", hrs-allbsd/sendmail:cf/m4/proto.m4).
    {
      cause: 'auth_account_locked',
      text: /\bclient \[[\w.:]+\] blocked using\b|\bRejected: [\d.:a-f]+ listed at [\w.-]+/i,
    },
    // reject_unknown_client_hostname: a home line without reverse DNS should send through the provider.
    { cause: 'smtp_relay_denied', text: /cannot find your (reverse )?hostname/i },
  ]),
  ...sourced(GMAIL, [
    // 550 5.7.28: blocked (421 4.7.28 is the temporary rate limit, read by the enhanced-code rows).
    { cause: 'auth_account_locked', enhanced: /^5\.7\.28$/ },
    // Sending straight to the MX from an address that should go through its provider's server.
    { cause: 'smtp_relay_denied', text: /not authori[sz]ed to send (e-?mail )?directly|use the SMTP relay at your/i },
    { cause: 'smtp_relay_denied', text: /\b(e-?mail )?sending denied\b|too many unauthenticated commands/i },
    {
      cause: 'smtp_sender_rejected',
      text: /missing a valid address in the From:? header|having no From:? header|RFC 5322 section 3\.6\.2/i,
    },
  ]),
  // RFC 7372: the sender's domain fails DKIM (5.7.20-22), SPF (5.7.23-24) or several checks (5.7.26, DMARC);
  // 5.7.27 its domain accepts no mail. 5.7.25 (reverse DNS of the IP) is not about the sender.
  ...sourced('https://www.rfc-editor.org/rfc/rfc7372#section-3', [
    { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.(2[0-4]|2[67])$/ },
  ]),
  ...sourced(OUTLOOK_COM, [
    { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.515$/ }, // domain not authenticated enough
    { cause: 'smtp_sender_rejected', text: /sender ?id validation failure/i },
    // DY-001: a dynamic (home) IP sending unauthenticated mail: use the provider's outgoing server.
    { cause: 'smtp_relay_denied', text: /\bDY-001\b|do not accept (e-?mail|mail) from dynamic IP/i },
    { cause: 'auth_account_locked', text: /\b(SC-00[1-4]|DY-002|OU-00[12]|S3150)\b/ },
    // RP-001..003: the sending IP went over a message, connection or reputation rate limit.
    { cause: 'auth_rate_limited', text: /\bRP-00[1-3]\b/ },
  ]),
  // A sending IP on a block list (GMX "IP address is block listed", Outlook.com "on our block list")
  // or deferred for good (Yahoo TS03).
  ...sourced('https://postmaster.gmx.com/en/error-messages', [
    { cause: 'auth_account_locked', text: anyOf(/\bblock ?listed\b/, /\bon our block ?list\b/) },
  ]),
  ...sourced('https://help.yahoo.com/kb/SLN3436.html', [
    { cause: 'auth_account_locked', text: /permanently deferred/i },
  ]),
  // Yahoo's 4xx TS01/TS02/TSS04 "Messages from <ip> temporarily deferred": volume or complaints, retried later.
  ...sourced('https://help.yahoo.com/kb/review-xx-smtp-sln26151.html', [
    { cause: 'auth_rate_limited', text: /\btemporarily deferred\b/i },
  ]),
  // NetEase (163/126/yeah.net) codes: HL:ICC concurrent connections, HL:IFC and MI:SFQ sending frequency, MI:DMC
  // and RP:DRC messages or recipients per connection (DT:RBL and DT:SPM are read by server-reply-rules.ts).
  ...sourced('https://biecuoliao.com/pa/MBRrwEM.html', [
    { cause: 'auth_rate_limited', text: /\b(HL:(ICC|IFC)|MI:(DMC|SFQ)|RP:DRC)\b/ },
  ]),
  // Orange's OFR004_104 ("Too many connections, slow down") and OFR004_105 ("Service refused, please try later").
  ...sourced('https://bentonow.com/smtp-errors/orange', [{ cause: 'auth_rate_limited', text: /\bOFR\d*_10[45]\b/ }]),
  // Alibaba Mail's "526 Authentication failure[1]": too many failed logins (the [0] one is the password).
  ...sourced('http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html', [
    { cause: 'auth_rate_limited', text: /\bAuthentication failure\[1\]/ },
  ]),
  ...sourced('https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/', [
    { cause: 'auth_account_locked', smtpCode: [421, 450, 550, 554], text: /reject(ed)? due to policy violations?/i },
  ]),
]
