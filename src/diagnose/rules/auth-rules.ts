// What servers answer to a login or to the first commands after it, and what it means.
// Order matters: a row that names a specific meaning comes before the generic code it may carry
// ("NO [AUTHENTICATIONFAILED] … or IMAP is disabled" is about IMAP being off, not the password).
import {
  ACCOUNT_LOCKED,
  APP_PASSWORD,
  BAD_CREDENTIALS,
  BASIC_OFF,
  BOTH_OFF,
  IMAP_OFF,
  IMAP_OFF_DE,
  INSECURE,
  MECHANISM,
  PLAINTEXT_OFF,
  POP_OFF,
  POP_OFF_DE,
  QUOTA,
  RELAY,
  TEMPORARY,
  TOO_MANY,
  UNAVAILABLE,
  WEB_LOGIN,
} from './auth-words.js'
import { SENDER } from './sender-words.js'
import { GATEWAY_REPLY_RULES } from './gateway-reply-rules.js'
import { MTA_REPLY_RULES } from './mta-reply-rules.js'
import { PROVIDER_CODE_RULES } from './provider-code-rules.js'
import { REPLY_CODE_RULES } from './reply-code-rules.js'
import { ENVELOPE_RULES } from './envelope-rules.js'
import { NOT_OURS, SERVER_REPLY_RULES } from './server-reply-rules.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { THREAD_AUTH_RULES } from './thread-rules.js'
import { IT_PROVIDER_RULES } from './it-provider-rules.js'
import { ESP_REPLY_RULES } from './esp-reply-rules.js'
import { HOSTING_REPLY_RULES } from './hosting-reply-rules.js'
import { MAILBOX_PROVIDER_RULES } from './mailbox-provider-rules.js'
import { REGIONAL_AUTH_RULES } from './regional-rules.js'
import { THREAD16_AUTH_RULES } from './thread16-rules.js'
import { EXCEPTION_CLASS_RULES } from './exception-rules.js'
import { VENDOR_SERVER_RULES } from './vendor-server-rules.js'
import { DOTNET_MORE_PLAINTEXT_RULES } from './os-texts-more.js'

const MS_SMTP_AUTH =
  'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission'

// Meanings that the code or a keyword would mislead (issue 14): these rows come first.
const MISLEADING: ClassifierRule[] = [
  ...sourced('thunderbird/thunderbird-l10n:it/mail/chrome/messenger/imapMsgs.properties', [
    // imapOAuth2Error: Thunderbird's words when the OAuth2 token is refused, not the password.
    {
      cause: 'auth_token_invalid',
      text: anyOf(
        /Authentication failure while connecting to server|Autenticazione non riuscita durante la connessione al server/,
        /Authentifizierungsfehler beim Verbinden mit dem Server|Échec de l.authentification lors de la connexion au serveur/,
        /Fallo de identificación al conectarse al servidor|连接 \S+ 服务器时身份验证失败/,
      ),
    },
  ]),
  // FairEmail's words (en, it, de, fr) when Outlook's OAuth token has expired or was invalidated: Exchange
  // answers "BAD Command Error. 10" (FAQ 22) and the app asks to authorize the account again.
  ...sourced('M66B/FairEmail:app/src/main/res/values-it-rIT/strings.xml', [
    {
      cause: 'auth_token_invalid',
      text: anyOf(
        /needs to be authenticated again|necessita di essere nuovamente autenticato/,
        /muss erneut authentifiziert werden|doit être de nouveau authentifié|\bCommand Error\. 10\b/,
      ),
    },
  ]),
  ...sourced('M66B/FairEmail:FAQ.md', [
    // Outlook's lock after repeated wrong passwords: waiting does not help until the password is right.
    { cause: 'auth_bad_credentials', text: /login rate limit hit/i },
  ]),
  // aiosmtplib: no AUTH in EHLO on a plain connection (it says to try TLS) is the server hiding AUTH
  // until TLS; the same sentence alone, on TLS, is a server with no way to log in that the client knows.
  ...sourced('cole/aiosmtplib:src/aiosmtplib/smtp.py', [
    {
      cause: 'auth_plaintext_disabled',
      text: /AUTH extension is not supported by this server\. Try connecting via TLS/i,
    },
    { cause: 'auth_mechanism_unsupported', text: /The SMTP AUTH extension is not supported by this server\.?\s*$/i },
  ]),
  // Postfix cannot reach its SASL back end (Dovecot's auth socket): every login gets a temporary
  // failure until the server is fixed, whatever the password.
  ...sourced('vdukhovni/postfix:postfix/src/xsasl/xsasl_dovecot_server.c', [
    { cause: 'server_unavailable', text: /SASL: Connect to .{0,80}\bfailed/i },
  ]),
  // Dovecot's login process waiting for its auth service: logins fail until that service answers.
  ...sourced('dovecot/core:src/login-common/client-common-auth.c', [
    { cause: 'server_unavailable', text: /auth (process|service) (is )?not responding/i },
  ]),
  ...sourced('dovecot/core:src/login-common/client-common-auth.c', [
    // Dovecot sends "[UNAVAILABLE] Maximum number of connections from user+IP exceeded": a limit.
    { cause: 'auth_rate_limited', text: /maximum number of connections|numero massimo di connessioni/i },
  ]),
  ...sourced('https://support.google.com/a/answer/1071518', [
    // Gmail's [OVERQUOTA] is the bandwidth/command limit, not a full mailbox.
    { cause: 'auth_rate_limited', text: /exceeded command or bandwidth limits/i },
  ]),
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_sasl_glue.c', [
    // A 535 whose reason is the mechanism names the mechanism, not the password.
    { cause: 'auth_mechanism_unsupported', text: /invalid authentication mechanism/i },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/receive-connectors', [
    // Exchange offers AUTH only after STARTTLS: 504 5.7.4 before it means "encrypt first" (a session whose EHLO still
    // offered STARTTLS: transcript-rules.ts).
    {
      cause: 'auth_plaintext_disabled',
      enhanced: /^5\.7\.4$/,
      text: /before STARTTLS|without (TLS|STARTTLS)/i,
    },
  ]),
  ...sourced('https://service.mail.qq.com/detail/0/310', [
    // QQ / NetEase: the MAIL FROM must be the logged-in account (sender identity, not relay).
    {
      cause: 'smtp_sender_rejected',
      text: anyOf(
        /must be same as authorization user|must equal authorized user/,
        /doesn't conform with authentication/,
      ),
    },
  ]),
  // QQ Mail's 550 for a From header it cannot read an address in (as two authors quote it: a base64-encoded From
  // built by Python's email.header, and a From other than the login mailbox; both fixed by writing the logged-in
  // address plainly). The reply names RFC 5322's From field, the sender identity the rows above are about.
  ...sourced('https://juejin.cn/post/7222822313006284837', [
    { cause: 'smtp_sender_rejected', text: /\bThe "?From"? header is missing or invalid\b/i },
  ]),
  ...sourced('https://developers.google.com/gmail/imap/xoauth2-protocol', [
    {
      cause: 'auth_token_invalid',
      text: anyOf(
        /"status":"40[01]"|eyJzdGF0dXMiOiI0M|AADSTS\d+|invalid_grant/,
        /access token (has )?(expired|been revoked)/,
        // Stalwart's "535 5.7.8 OAuth token expired."
        /(oauth ?2?|bearer|access) token (has )?(expired|been revoked|is (invalid|expired))|invalid (oauth ?2?|bearer) token/,
        /(AUTHENTICATE|XOAUTH2?|OAUTHBEARER|unsuccessful|failed)\b.{0,20}\b(invalid|expired|revoked) token|token (has )?expired/,
        /(invalid|expired)( or (invalid|expired))? (oauth ?2?|access|bearer) token/,
        /(Zugriffs|OAuth)-?token (ist )?(abgelaufen|ungültig)/,
      ),
    },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc7628#section-3.2.2', [
    // The OAUTHBEARER error object (Dovecot's too), as JSON or as the base64 challenge.
    {
      cause: 'auth_token_invalid',
      text: anyOf(
        /"status":\s*"(invalid_token|insufficient_scope)"/,
        /eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2Vu|eyJzdGF0dXMiOiJpbnN1ZmZpY2llbnRfc2NvcGUi/,
      ),
    },
  ]),
  ...sourced(
    'https://faq.liveagent.com/414721-How-to-Fix-User-is-Authenticated-but-Not-Connected-IMAP-OAuth2-Error-with-Microsoft-ExchangeOffice-365-in-LiveAgent',
    [
      // Office 365 said OK to the login, then BAD to the first mailbox command: these credentials
      // do not open this mailbox (a wrong password, or a mailbox the user may not open).
      { cause: 'auth_bad_credentials', text: /authenticated but not connected/i },
    ],
  ),
  ...sourced('https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/send-receive-emails-socketerror', [
    { cause: 'smtp_relay_denied', enhanced: /^5\.7\.57$/ },
  ]),
  ...sourced('https://support.google.com/a/answer/3726730', [
    // Gmail's "421 4.7.0 Try again later, closing connection" defers a sender that goes too fast.
    {
      cause: 'auth_rate_limited',
      smtpCode: [421],
      enhanced: /^4\.7\.0$/,
      text: /try again later/i,
      unless: /system problem/i,
    },
  ]),
]

const CODES: ClassifierRule[] = sourced('https://www.rfc-editor.org/rfc/rfc5530', [
  // Codes that override whatever the words say, but for a connection limit sent under them (Gmail's
  // "[UNAVAILABLE] Too many simultaneous connections"): that is a rate, not maintenance.
  { cause: 'auth_rate_limited', imapCode: ['UNAVAILABLE'], text: TOO_MANY, unless: /\bsize\b|too (big|large)/i },
  { cause: 'auth_rate_limited', pop3Code: ['SYS/TEMP'], text: TOO_MANY, unless: /\bsize\b|too (big|large)/i },
  { cause: 'server_unavailable', imapCode: ['UNAVAILABLE', 'SERVERBUG'] },
  { cause: 'server_unavailable', pop3Code: ['SYS/TEMP'] },
  // The mailbox is held by another session (RFC 2449 IN-USE, RFC 5530 INUSE) or checked too often:
  // wait or close the other client, whatever "locked" the words say.
  { cause: 'auth_rate_limited', pop3Code: ['IN-USE', 'LOGIN-DELAY'] },
  // The same codes quoted inside a client's sentence (MailKit's StatusText, a dialog).
  { cause: 'auth_rate_limited', text: /\[(IN-USE|LOGIN-DELAY)\]/ },
  { cause: 'auth_rate_limited', imapCode: ['INUSE'] },
])

const GMX_LOGIN = (protocol: string) => ({ protocol: [protocol], stage: ['auth'], stageKnown: true })

const PROVIDERS: ClassifierRule[] = [
  ...sourced('https://support.gmx.com/pop-imap/toggle.html', [
    // GMX answers a login with IMAP/POP switched off as a plain authentication failure. That is a
    // guess about the provider, so it needs the login stage to be known (a check, or a caller that
    // says so): a pasted text whose client already says "login failed" keeps that meaning.
    { cause: 'imap_disabled', provider: ['gmx'], ...GMX_LOGIN('imap'), text: BAD_CREDENTIALS },
    { cause: 'pop_disabled', provider: ['gmx'], ...GMX_LOGIN('pop3'), text: BAD_CREDENTIALS },
  ]),
]

const MEANINGS: ClassifierRule[] = [
  ...sourced('https://support.google.com/mail/answer/7126229', [
    // "disabled via insecure connection" (Courier) is about TLS, not the IMAP/POP switch.
    { cause: 'imap_disabled', text: IMAP_OFF, unless: INSECURE },
    { cause: 'pop_disabled', text: POP_OFF, unless: INSECURE },
    { cause: 'imap_disabled', text: IMAP_OFF_DE, unless: anyOf(INSECURE, BOTH_OFF) },
    { cause: 'pop_disabled', text: POP_OFF_DE, unless: anyOf(INSECURE, BOTH_OFF) },
    // Providers that switch both together ("POP3/IMAP access is disabled"): the protocol used decides.
    { cause: 'imap_disabled', protocolKnown: true, protocol: ['imap'], text: BOTH_OFF, unless: INSECURE },
    { cause: 'pop_disabled', protocolKnown: true, protocol: ['pop3'], text: BOTH_OFF, unless: INSECURE },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc5530', [
    { cause: 'auth_web_login_required', imapCode: ['WEBALERT', 'EXPIRED'] },
  ]),
  ...sourced('https://support.google.com/mail/answer/78754', [
    { cause: 'auth_web_login_required', enhanced: /^5\.7\.14$/ },
    { cause: 'auth_web_login_required', text: WEB_LOGIN },
  ]),
  // Google's security notice "Less secure app blocked" (an app that signed in with the account's password): "Less
  // secure apps & your Google Account" says such sign-ins are no longer allowed, and that a mail program signs in with
  // "Sign in with Google" or, with 2-Step Verification, an app password.
  ...sourced('https://support.google.com/accounts/answer/6010255', [
    { cause: 'auth_app_password_required', text: /\bLess secure app blocked\b/i },
  ]),
  ...sourced('https://support.google.com/mail/answer/185833', [
    { cause: 'auth_app_password_required', text: APP_PASSWORD },
    // RFC 4954 gives X.7.9 to "mechanism too weak"; Google reuses it for app passwords.
    // Only Google's 534 form: Yahoo's 554 5.7.9 is a policy refusal of the message.
    { cause: 'auth_app_password_required', smtpCode: [534], enhanced: /^5\.7\.9$/, unless: MECHANISM },
    // Google and Yahoo answer a normal account password this way: they only take app passwords.
    {
      cause: 'auth_app_password_required',
      provider: ['gmail', 'yahoo'],
      text: /invalid credentials|user ?name and password not accepted|BadCredentials/i,
      // Google Workspace's relay service: "Invalid credentials for relay" is the relay's IP/domain check.
      unless: /credentials for relay/i,
    },
  ]),
  ...sourced(MS_SMTP_AUTH, [
    { cause: 'auth_basic_auth_disabled', enhanced: /^5\.7\.139$/ },
    { cause: 'auth_basic_auth_disabled', text: BASIC_OFF },
    // Exchange Online's own reason in its refusal of a password login, "AuthFailed:LogonDenied-BasicAuthBlocked"
    // (the maintainer of the thread that quotes it: Microsoft blocks user name and password logins).
    {
      source: 'https://github.com/moralmunky/Home-Assistant-Mail-And-Packages/issues/1014',
      cause: 'auth_basic_auth_disabled',
      text: /\bLogonDenied-BasicAuthBlocked\b|\bLogonFailed-BasicAuthBlocked\b/,
    },
    // Exchange Online turned password logins off for IMAP and POP: its generic failure means that.
    {
      cause: 'auth_basic_auth_disabled',
      provider: ['microsoft'],
      protocol: ['imap', 'pop3'],
      stage: ['auth'],
      text: BAD_CREDENTIALS,
    },
    {
      cause: 'auth_basic_auth_disabled',
      provider: ['microsoft'],
      protocol: ['imap', 'pop3'],
      text: /LOGIN failed|AUTHENTICATE failed/i,
    },
    // Exchange's own IMAP wording, command name in capitals ("AUTHENTICATE failed."): other servers say
    // "Authentication failed". Since basic authentication was retired it answers every password this way.
    {
      cause: 'auth_basic_auth_disabled',
      text: /(^|[\s:'"(])AUTHENTICATE failed\.?(['")]|$)/m,
      unless: /XOAUTH2|OAUTHBEARER|access token|bearer/i,
    },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc3501#section-6.2.3', [
    { cause: 'auth_plaintext_disabled', imapCode: ['PRIVACYREQUIRED'] },
    { cause: 'auth_plaintext_disabled', enhanced: /^5\.7\.11$/ },
    { cause: 'auth_plaintext_disabled', text: PLAINTEXT_OFF, unless: /for (this|the) (user|account)/i },
  ]),
  // SmtpClient's secure-connection sentence in ja, ko, zh-TW, ru (os-texts-more.ts).
  ...DOTNET_MORE_PLAINTEXT_RULES,
  ...sourced('https://www.rfc-editor.org/rfc/rfc3501#section-6.2.3', [
    {
      cause: 'auth_plaintext_disabled',
      protocol: ['pop3'],
      port: [110],
      stage: ['auth'],
      text: anyOf(/not valid in this state|command not (valid|allowed)/),
    },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc4954#section-6', [
    { cause: 'auth_mechanism_unsupported', text: MECHANISM },
    { cause: 'auth_mechanism_unsupported', smtpCode: [504], enhanced: /^5\.7\.4$/ },
    // 504 to AUTH (Dovecot 504 5.5.4, RFC 4954 "Unrecognized authentication type"): the mechanism.
    { cause: 'auth_mechanism_unsupported', smtpCode: [504], text: /\bauth|mechanism/i, unless: /already|TLS mode/i },
  ]),
  ...sourced('https://www.rfc-editor.org/rfc/rfc3463', [
    // "Temporarily locked due to too many login attempts" is a wait, not a locked account.
    { cause: 'auth_account_locked', text: ACCOUNT_LOCKED, unless: /too many (\w+ ){0,2}(attempts|logins|failures)/i },
    { cause: 'auth_account_locked', enhanced: /^5\.7\.13$/ },
    { cause: 'auth_account_locked', smtpCode: [525] },
    { cause: 'auth_account_locked', imapCode: ['CONTACTADMIN', 'AUTHORIZATIONFAILED'] },
    // A message over the size limit, or a mailbox over its storage limit, is not a rate.
    {
      cause: 'auth_rate_limited',
      text: TOO_MANY,
      unless: anyOf(/\bsize\b|too (big|large)|\bstorage limit\b/, NOT_OURS),
    },
    // [LIMIT] on a full mailbox is the quota, not a rate.
    { cause: 'auth_rate_limited', imapCode: ['LIMIT', 'INUSE'], unless: QUOTA },
    { cause: 'auth_rate_limited', pop3Code: ['IN-USE', 'LOGIN-DELAY'] },
    { cause: 'mailbox_over_quota', imapCode: ['OVERQUOTA'] },
    { cause: 'mailbox_over_quota', enhanced: /^[45]\.2\.2$/ },
    { cause: 'mailbox_over_quota', text: QUOTA },
  ]),
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_check.c', [
    { cause: 'smtp_relay_denied', text: /sender address rejected: not logged in/i },
    { cause: 'smtp_sender_rejected', text: SENDER },
    { cause: 'smtp_sender_rejected', enhanced: /^5\.7\.60$|^5\.1\.[78]$|^5\.2\.252$/ },
    { cause: 'smtp_relay_denied', protocol: ['smtp'], text: RELAY, unless: NOT_OURS },
    // X.7.1 alone is any policy refusal (spam, DMARC, reputation): it means relay only after the login.
    {
      cause: 'smtp_relay_denied',
      enhanced: /^5\.7\.1$/,
      stage: ['post_auth'],
      stageKnown: true,
      smtpCode: [550, 551, 553, 554],
    },
  ]),
]

// Server state before credentials, then plain credential failures, by code then by words.
const STATE_AND_CREDENTIALS: ClassifierRule[] = sourced('https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3', [
  { cause: 'auth_rate_limited', smtpCode: [421], text: /too many|limit/i, unless: NOT_OURS },
  { cause: 'server_unavailable', smtpCode: [421], unless: NOT_OURS },
  { cause: 'server_unavailable', enhanced: /^4\.3\.\d+$/, unless: NOT_OURS },
  // "Temporary authentication failure" (RFC 4954 454 4.7.0, Dovecot, Exim's "at present") is the
  // server's trouble, not the password.
  { cause: 'server_unavailable', text: TEMPORARY },
  { cause: 'server_unavailable', text: UNAVAILABLE, unless: anyOf(BAD_CREDENTIALS, NOT_OURS) },
  { cause: 'server_unavailable', text: /^\* BYE\b/i },
  { cause: 'auth_bad_credentials', imapCode: ['AUTHENTICATIONFAILED'] },
  // The same response code quoted without its brackets (a client's log or an API's error field).
  {
    source: 'https://www.rfc-editor.org/rfc/rfc5530#section-3',
    cause: 'auth_bad_credentials',
    text: /\bAUTHENTICATIONFAILED\b/,
  },
  { cause: 'auth_bad_credentials', pop3Code: ['AUTH'] },
  { cause: 'auth_bad_credentials', smtpCode: [535] },
  { cause: 'auth_bad_credentials', enhanced: /^5\.7\.[38]$/ },
  { cause: 'auth_bad_credentials', text: BAD_CREDENTIALS, unless: NOT_OURS },
  { cause: 'server_unavailable', text: UNAVAILABLE, unless: NOT_OURS },
  { cause: 'server_unavailable', pop3Code: ['SYS/PERM'], unless: NOT_OURS },
  { cause: 'auth_bad_credentials', protocol: ['imap'], stage: ['auth'], text: /^\S+ NO\b/, unless: NOT_OURS },
  { cause: 'auth_bad_credentials', protocol: ['pop3'], stage: ['auth'], text: /^-ERR\b/, unless: NOT_OURS },
])

export const AUTH_RULES: ClassifierRule[] = [
  ...THREAD_AUTH_RULES,
  ...REGIONAL_AUTH_RULES,
  ...IT_PROVIDER_RULES,
  ...MAILBOX_PROVIDER_RULES,
  ...HOSTING_REPLY_RULES,
  ...ESP_REPLY_RULES,
  ...THREAD16_AUTH_RULES,
  ...MISLEADING,
  // Closed-source servers' replies (vendor-server-rules.ts): before the gateways' and the generic server replies their
  // words would fall to.
  ...VENDOR_SERVER_RULES,
  ...GATEWAY_REPLY_RULES,
  ...CODES,
  ...PROVIDERS,
  ...PROVIDER_CODE_RULES,
  ...SERVER_REPLY_RULES,
  ...MTA_REPLY_RULES,
  ...MEANINGS,
  ...STATE_AND_CREDENTIALS,
  // The command a refusal answered, when the wrapper names it: before the codes alone (envelope-rules.ts).
  ...ENVELOPE_RULES,
  ...REPLY_CODE_RULES,
  // A bare exception class or error code (exception-rules.ts): only when no message in the text was read.
  ...EXCEPTION_CLASS_RULES,
]
