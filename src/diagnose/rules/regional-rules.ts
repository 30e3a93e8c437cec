// Round 18 (issue 14): regional providers' and localised mail programs' own texts, read from their published
// tables (test/corpus/source-tables.jsonl): NetEase's and Coremail's codes, Alibaba Mail's, QQ Mail's and Tencent
// Exmail's authorization-code replies, Orange's and German hosts' limits, Thunderbird's zh-CN strings. Each row
// reads the reply code with the meaning words in that provider's language, not one whole sentence.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const NETEASE = 'https://biecuoliao.com/pa/MBRrwEM.html'
const COREMAIL = 'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0'
const ALIMAIL = 'http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html'
const QQ_APP_CODE = 'closeio/sync-engine:inbox/auth/utils.py'
const TB_ZH = 'thunderbird/thunderbird-l10n:zh-CN/mail/chrome/messenger/'

// Read before the generic meanings of the reply code (a 421 is "unavailable", a 535 or -ERR a wrong password).
export const REGIONAL_AUTH_RULES: ClassifierRule[] = [
  // QQ Mail and Tencent Exmail refuse the account's own password from a mail program: it needs the 16-letter
  // authorization code (授权码) made in the web settings, or Exmail's WeChat dynamic password. The same reply
  // says "Please using authorized code", "Please enter your authorization code" (cut after "authorization" in
  // some apps' titles) or "Authorized code is incorrect" when what was typed is not such a code.
  ...sourced(QQ_APP_CODE, [
    {
      cause: 'auth_app_password_required',
      text: /\bPlease (using|use|enter your) authori[sz](ed|ation) code\b|\bAuthorized code is incorrect\b/i,
    },
    { cause: 'auth_app_password_required', text: /\bPlease (using|use) weixin token\b/i },
    { cause: 'auth_app_password_required', text: /\bLogin Fail\.\s?Please enter your authori[sz]ation\b/i },
    // The reply's link to QQ's authorization-code help page survives every mis-decoding of its Chinese words.
    {
      cause: 'auth_app_password_required',
      text: /\bservice\.mail\.qq\.com\/cgi-bin\/help\?subtype=1&&id=28&&no=1001256\b/,
    },
  ]),
  // Tencent Exmail's 535 "authentication failed, system busy": the fix is "secure login" and a client-specific
  // password (客户端专用密码), or the IMAP/SMTP service switched on.
  ...sourced('https://github.com/goharbor/harbor/issues/1271', [
    { cause: 'auth_app_password_required', text: /\bauthentication failed, system busy\b/i },
  ]),
  // QQ Mail's one 535 for every refused login lists its reasons; the threads that quote it end with the IMAP/SMTP
  // service switched on and an authorization code in place of the password. (A reply that says only "account is
  // abnormal" is still read as a locked account.)
  ...sourced('https://github.com/chengazhen/cursor-auto-free/issues/294', [
    { cause: 'auth_app_password_required', text: /\bAccount is abnormal, service is not open\b/i },
  ]),
  // NetEase (163, 126, yeah.net) answers a login from a mail program whose "client authorization" (IMAP/SMTP
  // service with its authorization code) is off with "550 User has no permission".
  ...sourced('https://github.com/open-falcon/mail-provider/issues/6', [
    { cause: 'auth_app_password_required', protocol: ['smtp'], text: /\bUser has no permission\b/ },
  ]),
  // 126.com (Coremail) says the same in Chinese, "550 用户无权登陆", sent in GBK: read as UTF-8 only "û", "Ȩ" and "½"
  // survive between replacement characters, the form nodemailer printed in the thread.
  ...sourced('https://github.com/cnodejs/nodeclub/issues/507', [
    { cause: 'auth_app_password_required', text: /用户无权登[陆录]|\uFFFDû\uFFFD{3}Ȩ\uFFFD{2}[½¼]/ },
  ]),
  // NetEase's anti-spam codes: HL:REP and HL:MEP bar the IP for a while (unknown recipients, forged domains);
  // WM:BLI the IP, WM:BLU the user, is not on the allowed senders' list; MI:CCL and RP:CCL more commands per
  // connection than allowed; too many failed logins bar the login for a while.
  ...sourced(NETEASE, [
    { cause: 'auth_account_locked', smtpCode: [421, 450], text: /\b(HL:(REP|MEP)|WM:BLI)\b/ },
    { cause: 'smtp_sender_rejected', smtpCode: [450, 550], text: /\bWM:BLU\b/ },
    { cause: 'auth_rate_limited', smtpCode: [450, 451], text: /\b(MI|RP):CCL\b/ },
    { cause: 'auth_rate_limited', smtpCode: [451], text: /\btoo much fail authentication\b/i },
  ]),
  // Coremail (the server of NetEase and many Chinese hosts): the sender must be the logged-in local user, a
  // forged or empty sender is refused, and a barred IP is told so. The sender's words need no code: nodemailer's
  // "Mail command failed: 553 …" wrapper hides it from the code reader.
  ...sourced(COREMAIL, [
    { cause: 'smtp_sender_rejected', text: /\b(Local user only|Fake sender|NULL sender is not allowed)\b/i },
    // "IP is rejected, smtp auth error limit exceed" is the failed-login counter, read by the rate rows.
    {
      cause: 'auth_account_locked',
      smtpCode: [550, 554],
      text: /\bIP is rejected\b/i,
      unless: /\bauth error limit\b/i,
    },
  ]),
  // Alibaba Mail: the sender's own mailbox is unavailable; sending behaviour held for spam, for good (554) or
  // for a while (454, "try again after an interval").
  ...sourced(ALIMAIL, [
    { cause: 'smtp_sender_rejected', smtpCode: [450], text: /"?MAIL FROM"? mailbox unavailable\b/i },
    { cause: 'auth_rate_limited', smtpCode: [454], text: /\bTransient reject by behaviour spam\b/i },
    { cause: 'auth_account_locked', smtpCode: [554], text: /\bReject by behaviour spam\b/i },
  ]),
  // Orange (smtp.orange.fr, Wanadoo) throttles with a 421 "Service refusé. Veuillez essayer plus tard" marked
  // OFR_999, as it does with OFR004_105. The same French words with OFR_505 are a plain refusal: the code decides.
  ...sourced(
    'https://www.suped.com/knowledge/email-deliverability/technical/what-causes-email-delays-and-ofr_999-errors-when-sending-to-orangefr',
    [{ cause: 'auth_rate_limited', text: /\bOFR_999\b/ }],
  ),
  // GMX (mrgmx) refuses every recipient with "550 Failure sending mail. Try again later" when an account sends too
  // much too fast; the same mail goes out half an hour later (nodemailer's maintainer: the server rate-limits).
  ...sourced('https://github.com/nodemailer/nodemailer/issues/1555', [
    { cause: 'auth_rate_limited', text: /\bFailure sending mail\. Try again later\b/i },
  ]),
  // Hosts' sending limits in their own words: StartMail's "Your mail limit has been reached", postfwd's default
  // rate limits as German hosts ship them ("only 5 recipients per 5 minutes allowed", "Number messages per hour
  // exceeded").
  ...sourced('https://support.startmail.com/hc/de/articles/360006737337-Gesendet-empfangen-Limit', [
    { cause: 'auth_rate_limited', text: /\b(your )?mail limit has been reached\b/i },
  ]),
  ...sourced(
    'https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits',
    [
      {
        cause: 'auth_rate_limited',
        text: /\bonly \d+ recipients per \d+ minutes allowed\b|\bNumber (messages|recipients) per hour exceeded\b/i,
      },
    ],
  ),
  // Roundcube's own messages (accountlocked, erroroverquota, senttooquickly, toomanyrecipients, loginfailed) in the
  // languages whose words no other row reads: the webmail's texts, pasted alone.
  ...sourced('roundcube/roundcubemail:program/localization/zh_CN/messages.inc', [
    { cause: 'auth_rate_limited', text: /登录失败太多次|收件人太多|等待\s?\d+\s?秒才能发送/ },
    { cause: 'mailbox_over_quota', text: /没有足够的磁盘空间/ },
  ]),
  ...sourced('roundcube/roundcubemail:program/localization/en_US/messages.inc', [
    {
      cause: 'mailbox_over_quota',
      text: anyOf(
        /\bNo free disk space\b|No hay espacio libre en el disco|espace disque est saturé|Aucun espace disque libre/,
        /Nicht genug freier Speicherplatz|Spazio su disco non sufficiente/,
      ),
    },
    {
      cause: 'auth_rate_limited',
      text: anyOf(
        /\bPlease wait \d+ sec\(s\)\.? before sending\b|\bespere \d+ segundo\(s\) antes de enviar\b/,
        /\bpatientez \d+ s avant d.envoyer\b|\bwarten Sie \d+ Sekunde\(n\) vor dem Senden\b/,
        /\battendi \d+ secondi prima di inviare\b|\bZu ?viele Empfänger\b/,
      ),
    },
    // loginfailed: a whole line of the login screen (in fr and it the same words elsewhere name a connection).
    { cause: 'auth_bad_credentials', text: /^\s*(La connexion a échoué|Accesso non riuscito)\.?\s*$/m },
    { cause: 'auth_bad_credentials', text: /\bContraseña o nombre de usuario incorrecto\b/i },
  ]),
  // Thunderbird's zh-CN mailServerLoginFailed2 ("以用户名 %2$S 登录服务器 %1$S 失败") and its Kerberos/GSSAPI
  // refusals (imapAuthGssapiFailed, pop3GssapiFailure, smtpAuthGssapi): the credential was refused.
  ...sourced(`${TB_ZH}messenger.properties`, [
    { cause: 'auth_bad_credentials', text: /以用户名 \S+ 登录服务器 \S+ 失败/ },
  ]),
  ...sourced(`${TB_ZH}imapMsgs.properties`, [
    { cause: 'auth_bad_credentials', text: /Kerberos\/GSSAPI (票据|令牌)(被|没有被)|没有接受 Kerberos\/GSSAPI/ },
  ]),
]

// Read with the mail programs' tables, before the TLS rows' wider words.
export const REGIONAL_TRANSPORT_RULES: ClassifierRule[] = [
  // nsErrorCouldNotConnectViaTls in zh-CN: shown only when STARTTLS is required and the POP3 server's CAPA has no
  // STLS (client-sweep-rules.ts reads it in en/it/fr/de/es).
  ...sourced(`${TB_ZH}localMsgs.properties`, [
    { cause: 'starttls_not_offered', text: /无法建立到 POP3 服务器的 TLS 连接/ },
  ]),
]
