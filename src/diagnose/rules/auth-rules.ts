// What servers answer to a login or to the first commands after it, and what it means.
// Order matters: a row that names a specific meaning comes before the generic code it may carry
// ("NO [AUTHENTICATIONFAILED] … or IMAP is disabled" is about IMAP being off, not the password).
import type { ClassifierRule } from './rule.js'

const TOO_MANY = /too many (simultaneous |concurrent |open |parallel )?(connections|sessions|login|logins|bad auth|auth|authentication|failed|attempts|requests)|(daily|hourly) (sending |send )?limit|(sending|message|recipient|rcpt)s?\b.{0,20}\b(limit|quota) (exceeded|reached)|limit (exceeded|reached)|rate[- ]limit|throttl|max rcpt|try again in \d+ (minutes|seconds)|policy violation|another (POP3? )?session|locked by another|troppi (tentativi|accessi|collegamenti)/i
const ACCOUNT_LOCKED = /login (is )?disabled for (this|the) (user|account)|user (account )?(is )?disabled|account (has been |is |was )?(temporarily )?(locked|suspended|disabled|blocked|restricted|frozen|deactivated|inactive)|access to your account has been (temporarily )?(restricted|suspended|blocked)|suspects it may have been hacked|user account disabled|OutboundSpam|account (is )?not verified|account bloccat|account sospes|utenza (bloccata|sospesa|disabilitata)/i
const IMAP_OFF = /not enabled for IMAP|IMAP (access |service )?(is |has been )?(disabled|not enabled|turned off|switched off|not activated|not open)|enable IMAP|IMAP (non (è )?abilitato|disabilitato)/i
const POP_OFF = /not enabled for POP|POP3? (access |service )?(is |has been )?(disabled|not enabled|turned off|switched off|not activated)|enable (your account for )?POP|POP3? (non (è )?abilitato|disabilitato)/i
const WEB_LOGIN = /web ?login required|log ?in via (your )?(web )?browser|sign[- ]?in (via|with|using|from) (your |a )?(web )?browser|ContinueSignIn|accounts\.google\.com\/signin|password (has )?expired|isn't valid any ?more|is no longer valid|password is too (simple|weak|short)|(must|need to) change (your |the )?password|change your password|password scadut|verify (your )?account (on|via) the web/i
const APP_PASSWORD = /application[- ]specific password|app(lication)?[- ]password|invalidsecondfactor|second factor|two[- ]step verification|2[- ]step verification|authorization code|password per le app/i
const BASIC_OFF = /basic auth(entication)? (is )?(disabled|turned off|not (allowed|supported))|SmtpClientAuthentication is disabled|SMTP ?AUTH(entication)? (is )?disabled|legacy authentication|modern authentication (is )?required|OAuth ?2? (is )?required|only (XOAUTH2|OAUTH)/i
const PLAINTEXT_OFF = /LOGINDISABLED|(logging in|login) is disabled|plaintext (auth(entication)?|login|password)s? (is )?(disallowed|disabled|not (allowed|permitted))|must issue a STARTTLS|STARTTLS (command )?(is )?required|(encryption|TLS|SSL) (is )?required|requires? (TLS|SSL|encryption|a secure connection|secure connection)|under a (security )?layer|only (available|allowed|permitted) (over|with|under|after) (TLS|SSL|STARTTLS|encryption|a)|AUTH command used when not advertised|authentication not enabled|cleartext (login|auth)|connessione (non )?(sicura|cifrata) (richiesta|obbligatoria)/i
const MECHANISM = /unrecognized authentication type|unsupported (authentication|auth|sasl) (mechanism|method|type)|mechanism\b.{0,25}\bnot (available|supported|enabled)|no (supported|suitable|common|compatible) (authentication|auth|sasl) (mechanism|method)|authentication (mechanism|method) (is )?(not supported|unsupported|unknown|not available)|unknown (authentication|auth) (type|mechanism)/i
const QUOTA = /mailbox (is )?full|over ?quota|quota (exceeded|reached|full)|exceeded (the |its |your )?(storage|quota|mailbox size)|insufficient storage|casella (di posta )?piena|spazio (su disco )?esaurito/i
const SENDER = /not owned by user|send ?as ?denied|(not allowed|no permission|permissions?) to send as|send as this sender|verified sender|from address (does not|doesn't) match|relaying disallowed as|bad (sender|address mailbox)|sender (address )?(not allowed|refused|rejected|invalid|not authori[sz]ed)|mittente non (valido|autorizzato|consentito)/i
const RELAY = /relay(ing)? (access )?(denied|not permitted|disabled|not allowed|prohibited|refused)|not permitted to relay|unable to relay|turn on SMTP authentication|authentication (is )?required for relay|rcpthosts|not logged in|must (be )?(authenticated|logged in) to send|authentication required|relay non (consentito|permesso)/i
const UNAVAILABLE = /unavailable|maintenance|manutenzione|temporary (authentication )?(failure|error|problem)|temporarily (unavailable|disabled)|try (again )?later|shutting down|service not (active|available)|system error|server error|backend (is )?(down|error|unavailable)|internal (server )?error|server (is )?busy|non disponibile|riprova(re)? più tardi/i
const BAD_CREDENTIALS = /authenticate (failed|failure)|authentication (failed|failure|unsuccessful|rejected|credentials invalid)|invalid (login|credentials|password|user ?name|user|username or password)|login (failed|failure|incorrect)|logon failure|bad (password|credentials|user ?name)|incorrect (username|password|user|login)|wrong (password|user ?name|credentials|login)|user ?name and password not accepted|unknown user|password errat|credenziali (non valide|errate)|autenticazione (fallita|non riuscita)|nome utente o password/i

export const AUTH_RULES: ClassifierRule[] = [
  // Codes that override whatever the words say.
  { cause: 'server_unavailable', imapCode: ['UNAVAILABLE', 'SERVERBUG'] },
  { cause: 'server_unavailable', pop3Code: ['SYS/TEMP'] },

  // Provider wording with a provider-specific meaning.
  { cause: 'imap_disabled', provider: ['gmx'], protocol: ['imap'], stage: ['auth'], text: BAD_CREDENTIALS },
  { cause: 'pop_disabled', provider: ['gmx'], protocol: ['pop3'], stage: ['auth'], text: BAD_CREDENTIALS },

  // Specific meanings, whatever the code.
  { cause: 'imap_disabled', text: IMAP_OFF },
  { cause: 'pop_disabled', text: POP_OFF },
  { cause: 'auth_web_login_required', imapCode: ['WEBALERT', 'EXPIRED'] },
  { cause: 'auth_web_login_required', enhanced: /^5\.7\.14$/ },
  { cause: 'auth_web_login_required', text: WEB_LOGIN },
  { cause: 'auth_app_password_required', text: APP_PASSWORD },
  { cause: 'auth_app_password_required', enhanced: /^5\.7\.9$/ },
  // Google and Yahoo answer a normal account password this way: they only take app passwords.
  { cause: 'auth_app_password_required', provider: ['gmail', 'yahoo'], text: /invalid credentials|user ?name and password not accepted|BadCredentials/i },
  { cause: 'auth_basic_auth_disabled', enhanced: /^5\.7\.139$/ },
  { cause: 'auth_basic_auth_disabled', text: BASIC_OFF },
  // Exchange Online turned password logins off for IMAP and POP: its generic failure means that.
  { cause: 'auth_basic_auth_disabled', provider: ['microsoft'], protocol: ['imap', 'pop3'], stage: ['auth'], text: BAD_CREDENTIALS },
  { cause: 'auth_plaintext_disabled', imapCode: ['PRIVACYREQUIRED'] },
  { cause: 'auth_plaintext_disabled', enhanced: /^5\.7\.11$/ },
  { cause: 'auth_plaintext_disabled', text: PLAINTEXT_OFF, unless: /for (this|the) (user|account)/i },
  { cause: 'auth_plaintext_disabled', protocol: ['pop3'], port: [110], stage: ['auth'], text: /not valid in this state|command not (valid|allowed)/i },
  { cause: 'auth_mechanism_unsupported', text: MECHANISM },
  { cause: 'auth_mechanism_unsupported', smtpCode: [504], enhanced: /^5\.7\.4$/ },
  { cause: 'auth_account_locked', text: ACCOUNT_LOCKED },
  { cause: 'auth_account_locked', enhanced: /^5\.7\.13$/ },
  { cause: 'auth_account_locked', smtpCode: [525] },
  { cause: 'auth_account_locked', imapCode: ['CONTACTADMIN', 'AUTHORIZATIONFAILED'] },
  { cause: 'auth_rate_limited', text: TOO_MANY },
  { cause: 'auth_rate_limited', imapCode: ['LIMIT', 'INUSE'] },
  { cause: 'auth_rate_limited', pop3Code: ['IN-USE', 'LOGIN-DELAY'] },
  { cause: 'mailbox_over_quota', imapCode: ['OVERQUOTA'] },
  { cause: 'mailbox_over_quota', enhanced: /^[45]\.2\.2$/ },
  { cause: 'mailbox_over_quota', text: QUOTA },
  { cause: 'smtp_relay_denied', text: /sender address rejected: not logged in/i },
  { cause: 'smtp_sender_rejected', text: SENDER },
  { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.60$|^5\.1\.[78]$|^5\.2\.252$/ },
  { cause: 'smtp_relay_denied', text: RELAY },
  { cause: 'smtp_relay_denied', enhanced: /^5\.7\.1$/, stage: ['post_auth'], smtpCode: [550, 551, 553, 554] },

  // Server state before credentials.
  { cause: 'auth_rate_limited', smtpCode: [421], text: /too many|limit/i },
  { cause: 'server_unavailable', smtpCode: [421] },
  { cause: 'server_unavailable', enhanced: /^4\.3\.\d+$/ },
  { cause: 'server_unavailable', text: UNAVAILABLE, unless: BAD_CREDENTIALS },
  { cause: 'server_unavailable', text: /^\* BYE\b/i },

  // Plain credential failures, by code then by words.
  { cause: 'auth_bad_credentials', imapCode: ['AUTHENTICATIONFAILED'] },
  { cause: 'auth_bad_credentials', pop3Code: ['AUTH'] },
  { cause: 'auth_bad_credentials', smtpCode: [535] },
  { cause: 'auth_bad_credentials', enhanced: /^5\.7\.[38]$/ },
  { cause: 'auth_bad_credentials', text: BAD_CREDENTIALS },
  { cause: 'server_unavailable', text: UNAVAILABLE },
  { cause: 'server_unavailable', pop3Code: ['SYS/PERM'] },
  { cause: 'auth_bad_credentials', protocol: ['imap'], stage: ['auth'], text: /^\S+ NO\b/ },
  { cause: 'auth_bad_credentials', protocol: ['pop3'], stage: ['auth'], text: /^-ERR\b/ },
]
