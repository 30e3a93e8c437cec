// The words of refused logins and of what follows them, per meaning, in the languages servers and
// mail programs use: the vocabulary auth-rules.ts arranges into rows, each row citing its source.
import { anyOf } from './rule.js'

// SASL mechanism names, as camel (Evolution) puts them inside its translated sentences.
const MECHANISM_NAMES = /(PLAIN|LOGIN|NTLM|GSSAPI|XOAUTH2|OAUTHBEARER|EXTERNAL|APOP|\S*MD5|SCRAM\S*)/
export const TOO_MANY = anyOf(
  /too many (simultaneous |concurrent |open |parallel |new |TLS |SMTP |IMAP |POP3? )*(connections|sessions)/,
  /too many (simultaneous |concurrent |open |parallel )?(login|logins|bad auth|auth)/,
  /too many (simultaneous |concurrent |open |parallel )?(authentication|failed|attempts|requests)/,
  /(daily|hourly) (sending |send )?limit/,
  /(sending|message|recipient|rcpt)s?\b.{0,20}\b(limit|quota) (exceeded|reached)/,
  /limit (exceeded|reached)|rate[- ]limit|throttl|max rcpt|try again in \d+ (minutes|seconds)/,
  // Fastmail's (Cyrus) login limit: "451 Already reached per-10 minute limit for logins by "…" of 500".
  /\breached [\w -]{0,30}\blimit for (logins|connections)\b/,
  // Gmail's 450 4.2.1 "receiving mail too quickly" / "at a rate that prevents".
  /\b(receiving|sending) (mail|e-?mails?|messages) (too (quickly|fast)|at a rate)\b/,
  // qmail-style "sorry, too many emails (#5.7.1)", a rate limiter's "You are sending too many emails too fast"
  // (Mailu/mailu#2416, magepal/magento2-gmail-smtp-app#94).
  /\btoo many e-?mails\b|\bsending too many\b/,
  /(wait|retry in|try again in|riprova tra|warten Sie) \d+ (minutes?|seconds?|mins?|secs?|minuti|secondi|Minuten|Sekunden)/,
  /policy violation|another (POP3? )?session|locked by another|mailbox locked/,
  /troppi (tentativi|accessi|collegamenti)|troppe connessioni|too many (\w+ )?recipients|max emails per hour/,
  /mailbox (is )?(already )?(locked|in use)/,
  /sending limit|Unusual sending activity|unusual rate|SubmissionQuota|thread limit exceeded/,
  /deferred due to unexpected volume|trop de connexions|quota d'envoi|zu viele Verbindungen/,
  /Versandlimit|demasiadas conexiones|l[íi]mite de env[íi]o|limite di invio|发送频率|Frequency limited/,
  /sending quota/,
  /Tageslimit|limit\S* .{0,20}(erreicht|atteinte?|raggiunto|alcanzado)/,
  /Sendelimit|Sendebeschränkung|zu viele (\w+ )?(E-Mails|Mails|gleichzeitige Verbindungen)/,
  /maximale Anzahl (\w+ )?(gleichzeitiger |paralleler )?Verbindungen/,
  /maximale Anzahl (an |der |von )?Verbindungen|nombre maxim(um|al) de connexions|número máximo de conexiones|最大连接数/,
  /limit exceed(s|ed)?\b|exceed(s|ed)? (the |your |its )?(\w+ )?limit/,
  /并发连接|连接数过[多大]|超过了?.{0,12}(限制|限额)|频率(受限|过快)|登录过于频繁/,
  // Postfix's "too much mail from", OpenSMTPD's "Too many messages sent", hMailServer's "Too many invalid
  // logon attempts", Stalwart's "Session exceeded transfer quota" (a sending budget, not a mailbox).
  /too much mail|too many (\w+ ){0,2}(messages|attempts|logons|logins|errors|failures)\b/,
  /exceeded (\w+ )?(transfer|sending|send|bandwidth|outbound) quota|(transfer|bandwidth) quota (exceeded|reached)/,
  /zu viele (\w+ )?(Anmeldeversuche|Anmeldungen|Versuche|Fehlversuche|Nachrichten)|trop de (tentatives|messages)/,
  /demasiados (intentos|mensajes|inicios de sesi[óo]n)|troppi (messaggi|tentativi)/,
  // A relay's sending budget (round 10): SendGrid's "Maximum credits exceeded", a policy service's "max 100
  // messages per hour" or postfwd's "exceeded 3 messages in 30 minutes", SES's "Daily message quota exceeded".
  /\bmaximum (credits|messages|recipients|sending rate|send rate)\b.{0,20}\bexceeded|\bcredits? (exceeded|exhausted)/,
  /\bmax(imum)? \d+ (messages|mails|e-?mails|recipients) (per|an|in|every) (hour|day|minute|\d+)/,
  /\bexceeded \d+ (messages|mails|e-?mails|recipients)\b|\bmessage quota exceeded\b/,
  /\bover (its|your|the) (daily|hourly|monthly|sending|send) (limit|quota)\b/,
  // Too many recipients for one message, and "wait N seconds before sending" (Roundcube's send limits), in
  // fr, it, es, de.
  /trop de destinataires|troppi destinatari|numero eccessivo di destinatari|demasiados destinatarios|zu viele Empfänger/,
  /(patienter|attendi|attendere|espere|esperar) \d+ ?(s|secondes?|minutes?|secondi|minuti|segundos|minutos)\b/,
)
export const ACCOUNT_LOCKED = anyOf(
  /login (is )?disabled for (this|the) (user|account)|user (account )?(is )?disabled/,
  // Dovecot's log reason when the passdb says nologin (dovecot/core:src/login-common/client-common.c).
  /\(login disabled\b|\(login_disabled\)/,
  /account (has been |is |was )?(temporarily )?(locked|suspended|disabled|blocked)/,
  /account (has been |is |was )?(temporarily )?(restricted|frozen|deactivated|inactive)/,
  /access to your account has been (temporarily )?(restricted|suspended|blocked)/,
  /suspects it may have been hacked|user account disabled|OutboundSpam|account (is )?not verified/,
  /account bloccat|account sospes|utenza (bloccata|sospesa|disabilitata)|IP bloccato|gesperrt/,
  /compte suspendu|cuenta bloqueada|帐号被冻结|账号异常|account is abnormal|user suspended/,
  // "account locked / suspended / deactivated" in fr, es, it, as providers' help pages word it.
  /compte (est |a été )?(bloqué|verrouillé|désactivé|suspendu)/,
  /cuenta (est[áa] |ha sido )?(suspendida|desactivada|bloqueada)/,
  /account (è |è stato )?(disabilitato|sospeso|bloccato)/,
  /temporarily suspended/,
  // Relays' account states (round 10): Mailgun's "not allowed to send: Account Terminated / disabled", Brevo's
  // "SMTP account is not yet activated", Postmark's "account is pending approval".
  /account (has been |is |was )?(terminated|not (yet )?activated|pending approval)|not allowed to send: account/,
  // ZeptoMail's "account is yet to be reviewed and approved"; the IP allow-lists of relays' SMTP keys (Brevo "IP
  // not authorized", ZeptoMail "not in the allowed IPs list", JetEmail "535 IP not authorized").
  /\b(yet to be|not yet|awaiting|pending) (reviewed|approved|approval)|\bun(approved|reviewed) account\b/,
  /\bIP (address )?(is )?not (authori[sz]ed|allowed|permitted|whitelisted)|not in the allowed IPs?( addresses)? list/,
  /(Konto|Account|Benutzerkonto|Postfach|Zugang)\S* (wurde |ist )?(\w+ )?deaktiviert/,
  /user (is |has been )?(locked|suspended|blocked)|被锁定|已被冻结|[账帐][号户].{0,4}(冻结|锁定|封禁|停用)/,
  // Microsoft's outbound blocks name the account or tenant that may no longer send.
  /access denied, (tenant has exceeded threshold|spam abuse detected|bad outbound sender|banned sender)|\b5\.1\.8 bad outbound sender\b/,
  /5\.7\.520 Access denied/,
  /sending (is |has been )?(paused|blocked|disabled|suspended) for (this|your) account|outgoing (mail |email )?blocked/,
  // A host's block on one mailbox's sending: '550 Outgoing mail from "user" has been suspended.' (cPanel's Exim,
  // roundcube/roundcubemail#8737: receiving works, every send is refused).
  /\boutgoing (mail|e-?mail) (from \S+ )?(has been |is )(suspended|blocked|disabled)\b/,
)
export const IMAP_OFF = anyOf(
  /IMAP\S*\s?(服务未开启|ist deaktiviert|-Zugriff ist deaktiviert|est d[ée]sactiv[ée])/,
  /acc[èe]s IMAP est d[ée]sactiv[ée]|Accesso IMAP non abilitato|not enabled for IMAP/,
  /IMAP (access |service )?(is |has been )?(disabled|not enabled|turned off|switched off|not activated|not open)/,
  /enable IMAP|IMAP (non (è )?abilitato|disabilitato)/,
  /acc[èe]s (au )?IMAP\S* (est )?d[ée]sactiv[ée]|acceso (a )?IMAP (est[áa] )?desactivado/,
  // Gmail's answer for accounts that may not use IMAP (Family Link children; FairEmail FAQ 6).
  /IMAP access is not allowed/,
)
export const POP_OFF = anyOf(
  /POP3?\S*\s?(服务未开启|-Zugriff ist .{0,30}nicht aktiviert)|not enabled for POP/,
  /\bPOP3? (access |service )?(is |has been )?(disabled|not enabled|turned off|switched off|not activated)/,
  /enable (your account for )?POP|POP3? (non (è )?abilitato|disabilitato)/,
  /acc[èe]s (au )?POP3?\S* (est )?d[ée]sactiv[ée]|acceso (a )?POP3? (est[áa] )?desactivado/,
)
export const BOTH_OFF = anyOf(
  /(POP3?\s?\/\s?IMAP|IMAP\s?\/\s?POP3?).{0,60}(deaktiviert|nicht aktiviert|disabled|not enabled|désactivé|disattivat)/,
  /(POP3?\s?\/\s?IMAP|IMAP\s?\/\s?POP3?).{0,60}(disabilitat|desactivad|未开启|关闭)/,
)
// German "not unlocked / not activated / switched off" for one protocol (GMX, Web.de, T-Online help pages).
export const IMAP_OFF_DE = /IMAP\S*.{0,40}(nicht freigeschaltet|nicht aktiviert|deaktiviert)/i
export const POP_OFF_DE = /POP3?\b\S*.{0,40}(nicht freigeschaltet|nicht aktiviert|deaktiviert)/i
export const INSECURE = /(via|over|on) (an? )?(insecure|unencrypted|non-secure|plain)/i
export const WEB_LOGIN = anyOf(
  // Outlook.com's IMAP refusal: "Account is blocked. Login to your account via a web browser to verify your identity."
  /web ?login required|log ?in (to your account )?(via|with|using) (your |a )?(web )?browser/,
  /sign[- ]?in (via|with|using|from) (your |a )?(web )?browser|ContinueSignIn/,
  /accounts\.google\.com\/signin|password (has )?expired|isn't valid any ?more|is no longer valid/,
  /password is too (simple|weak|short)|(must|need to) change (your |the )?password|password must be changed/,
  /change your password|password scadut|verify (your )?account (on|via) the web/,
  /(error logging in|log ?in (failed|error))[.,;:]? please (visit|go to|sign in at) https?:\/\//,
  /please (verify|confirm) your (account|identity)/,
  /(Passwort|Kennwort) (ist )?abgelaufen|bestätigen Sie Ihr(e|en)? (Konto|Identität|Account)/,
  /im (Web|Browser|Webmailer) an(melden)?\b.{0,40}bestätigen/,
)
export const APP_PASSWORD = anyOf(
  /application[- ]specific password|app(lication)?[- ]password|invalidsecondfactor|second factor/,
  /two[- ]step verification|2[- ]step verification|authorization code|password per le app|授权码|ÊÚÈ¨Âë/,
  // Stalwart's "Missing TOTP token" (the password must carry the one-time code), and the same in de/fr/es.
  /\bTOTP\b|one[- ]time (password|code)|anwendungsspezifische?s? Passwort|App-Passwort|Zwei-Faktor/,
  /mot de passe d.application|contrase[ñn]a de aplicaci[óo]n/,
  // Mail.ru's refusal, which points to help.mail.ru/mail/security/protection/external: "NEOBHODIM parol
  // prilozheniya" (Russian in Latin letters) and its English half, spelt "Aplication" in its replies.
  /\bAplication password\b|\bparol[' ]?prilozheniya\b|пароль (для )?приложени/,
)
export const BASIC_OFF = anyOf(
  /basic auth(entication)? (is )?(disabled|turned off|not (allowed|supported))/,
  /SmtpClientAuthentication is disabled|SMTP ?AUTH(entication)? (is )?disabled|legacy authentication/,
  /modern authentication (is )?required|OAuth ?2? (is )?required|only (XOAUTH2|OAUTH)/,
)
export const PLAINTEXT_OFF = anyOf(
  /LOGINDISABLED|(logging in|login) is disabled/,
  /plaintext (auth(entication)?|login|password)s? (is )?(disallowed|disabled|not (allowed|permitted))/,
  /must issue a STARTTLS|STARTTLS (command )?(is )?required|(encryption|TLS|SSL) (is )?required/,
  /requires? (TLS|SSL|encryption|a secure connection|secure connection)|under a (security )?layer/,
  /only (available|allowed|permitted) (over|with|under|after) (TLS|SSL|STARTTLS|encryption|a)/,
  /AUTH command used when not advertised|authentication not enabled|cleartext (login|auth)/,
  /connessione (non )?(sicura|cifrata) (richiesta|obbligatoria)|secure connection is requiered/,
  /plain ?text passwords|password in testo semplice|SMTP AUTH extension not supported/,
  /server doesn't support AUTH|disallowed plaintext auth/,
  /only available under a layer/,
  /Passworts? im Klartext|mots de passe non chiffrés|contraseñas (sin cifrar|no cifradas)|不允许明文密码/,
  /encryption required for (the )?requested authentication mechanism/,
  // hMailServer's "A SSL/TLS-connection is required", "Must issue STARTTLS first", "STLS is required";
  // Courier's "access disabled via insecure connection"; Zimbra's "cleartext logins disabled".
  /(SSL|TLS)[-/ ]?(TLS[- ])?(connection|session|encryption)? (is )?required|must (issue|use|send|start) (a |the )?(STARTTLS|STLS|TLS)/,
  /\bSTLS (is )?required|disabled (via|over|on) (an? )?(insecure|unencrypted|non-secure|plain)|cleartext logins? disabled/,
  /not (permitted|allowed|possible|available) (without|before) (TLS|SSL|STARTTLS|STLS|encryption)/,
  /only valid after entering TLS|nur (über|mit|bei) (einer |eine )?(verschlüsselte|sichere)n? Verbindung/,
  /verschlüsselte Verbindung (ist )?(erforderlich|notwendig)|connexion (sécurisée|chiffrée) (requise|obligatoire)/,
  /conexi[óo]n (segura|cifrada) (requerida|obligatoria)/,
  /ohne Verschlüsselung nicht (erlaubt|möglich|zulässig)|Bitte verwenden Sie (SSL|TLS)/,
  /unverschlüsselte (Verbindungen|Anmeldungen?) (werden |sind |ist )?nicht (unterstützt|akzeptiert|erlaubt)/,
  /Klartext\S*.{0,30}nicht (erlaubt|zulässig|gestattet)|unverschlüsselte (Anmeldung|Verbindung).{0,30}nicht (erlaubt|zulässig)/,
  // camel's "Plaintext authentication disallowed on insecure connections" in de, fr, es, it.
  /(unverschlüsselte|Klartext-?)\S* ?(Authentifizierung|Anmeldung)\b.{0,60}nicht (erlaubt|zulässig)/,
  /autenticazione in chiaro\b.{0,40}(disabilitat|non consentit)/,
  /autenticaci[óo]n en texto (plano|claro)\b.{0,40}(desactivada|no permitida)/,
  /(authentification|identification) en (texte (brut|clair)|clair)\b.{0,40}(interdite|désactivée|refusée)/,
  // camel's "Encryption required for requested authentication mechanism" (SMTP 538) in de, fr, es, it.
  /Verschlüsselung für den angeforderten Authentifizierungsmechanismus/,
  /meccanismo di autenticazione richiesto richiede/,
  /Chiffrement requis pour le mécanisme|Cifrado requerid[ao] (por|para) el mecanismo/,
)
// Thunderbird for Android's "The server is missing this capability:" in en, fr, it, de, es (the capability follows).
export const CAPABILITY_MISSING = anyOf(
  /server is missing this capability|ne dispose pas de cette fonction|manca questa funzionalit/,
  /unterstützt diese Fähigkeit nicht|le falta esta capacidad/,
)
export const MECHANISM = anyOf(
  /unrecognized authentication type|unsupported (authentication|auth|sasl) (mechanism|method|type)/,
  /mechanism\b.{0,25}\bnot (available|supported|enabled)/,
  /no (supported|suitable|common|compatible) (authentication|auth|sasl) (mechanism|method)/,
  /authentication (mechanism|method) (is )?(not supported|unsupported|unknown|not available)/,
  /unknown (authentication|auth) (type|mechanism|method)|invalid authentication mechanism/,
  // Cyrus's "BAD Invalid authenticate mechanism".
  /\binvalid authenticate mechanism\b/,
  // Symfony Mailer: 'Failed to find an authenticator supported by the SMTP server, which currently supports: …'.
  /find an authenticator supported by the (SMTP )?server/,
  /no authentication mechanisms supported|no suitable authentication method/,
  /does not support the selected authentication method/,
  // An app that names the one type it tried: Mail2Go's "server does not support SMTP AUTH type: PLAIN".
  /(does not|doesn't) support (the )?(SMTP )?AUTH(entication)? (type|mechanism|method)\b/,
  /non (gestisce|supporta) il metodo di autenticazione|does not seem to support encrypted passwords/,
  /non essere in grado di gestire le password crittate/,
  /mechanism (is )?too weak|authentication methods? .{0,40}(are|is) unavailable|does not advertise the SASL/,
  // Thunderbird's "does not seem to support encrypted passwords" in de, fr, es and zh-CN.
  /verschlüsselten? Übertragung des Passworts nicht|Übertragung verschlüsselter Passwörter nicht/,
  /ne semble pas gérer les mots de passe chiffrés|no parece admitir contraseñas cifradas|似乎不支持加密过的密码/,
  /unterstützt die gewählte Authentifizierungsmethode nicht|ne gère pas la méthode d.authentification/,
  /no admite el (método|mecanismo) de identificación|不支持您(所)?选择的(验证|认证)方式/,
  // Cyrus SASL's "no mechanism available" / "no worthy mechs found"; OpenSMTPD's 'AUTH method "X" not supported'.
  /no (worthy )?mech(anism)?s? (available|found)|AUTH method .{0,30}not supported/,
  /Authentifizierungs(methode|verfahren|mechanismus) (wird )?nicht unterstützt/,
  // camel's "IMAP/SMTP server %s does not support %s authentication" and "No support for %s
  // authentication" in de, fr, es, it: the mechanism is named after the words.
  /unterstützt (den |die )?(Legitimierungstyp|Authentifizierungs(typ|methode|verfahren|mechanismus))\w* \S+ nicht/,
  /Keine Unterstützung für (Legitimierungstyp|Authentifizierung)/,
  // camel's "Authentication mechanism is too weak" (SMTP 534) in de, fr, es, it.
  /(Legitimierungs|Authentifizierungs)mechanismus ist zu schwach|meccanismo di autenticazione è troppo debole/,
  /mécanisme d.authentification est trop faible|método de autenticación es demasiado débil/,
  // NeoMutt's "No authenticators available" in en, de, fr, es, it (not its IMAP "… or wrong credentials", below).
  /no authenticators available(?! or wrong credentials)|Keine Authentifizierung verfügbar/,
  /autenticatori disponibili|authentificateurs disponibles/,
  // Mutt and NeoMutt built without SASL: no mechanism but their own (muttmua/mutt:smtp.c, neomutt/neomutt:smtp.c).
  /\bSMTP authentication (method \S+ )?requires SASL\b/,
  /Falta un método de verificación de autenticidad/,
  // A missing SASL capability ("AUTH PLAIN" for SMTP, "AUTH=CRAM-MD5", "SASL-IR" for IMAP).
  new RegExp(`(?:${CAPABILITY_MISSING.source})\\W*(AUTH[ =]\\S+|SASL-IR)`),
  new RegExp(
    "(non supporta|ne prend pas en charge|ne supporte pas|no soporta|no admite) (l'|la )?" +
      `(autenticazione|authentification|autenticaci[óo]n) ${MECHANISM_NAMES.source}\\b`,
  ),
)
export const QUOTA = anyOf(
  /mailbox (is )?full|over ?quota|quota (exceeded|reached|full)/,
  // Cyrus's "Mailbox is over STORAGE quota", Courier's "You exceeded your mail quota".
  /\bover (\w+ )?quota\b|exceeded (the |its |your )?(mail|mailbox|disk|storage) quota/,
  /exceeded (the |its |your )?(storage|quota|mailbox size)|insufficient storage/,
  // GroupWise's "NO APPEND The 1500 MB storage limit has been exceeded." (quoted in OfflineIMAP/offlineimap#29).
  /\bstorage limit (has been |was |is )?(exceeded|reached)\b/,
  /casella (di posta )?(è )?piena|spazio (su disco )?esaurito|bo[îi]te aux lettres est pleine/,
  /Postfach (ist )?voll|buz[óo]n (est[áa] )?lleno|空间已满|\bover quota\b|bo[îi]te (aux lettres |de réception )?(est )?pleine/,
  /Speicherlimit|Speicher(platz)?.{0,30}(überschritten|erschöpft)|Postfach.{0,40}(überschritten|voll)/,
  /(Quota|Kontingent|Speicherkontingent) (ist )?(überschritten|erreicht|erschöpft)/,
  /\d+ ?% of (the |your )?(mailbox |storage )?quota|quota (warning|is almost)/,
  /Speicherplatz (ist )?(voll|erschöpft|überschritten)|Postfach.{0,40}(maximale Größe|Speichergrenze)/,
  /espace (de stockage )?(plein|insuffisant|épuisé)|quota (dépassé|atteint)|cuota (excedida|superada)/,
  /quota (superata|esaurita)|邮箱(已满|空间不足)/,
  // Roundcube's erroroverquota in fr: "no free disk space" for the operation on the server.
  /aucun espace disque libre/,
  // camel's "exceeded storage allocation" (SMTP 552) in de, fr, es, it.
  /(allocazione|allocation|Speicherzuteilung)\b.{0,30}(superata|dépass|überschritten)|dépassement de l.allocation/,
  /exced\S* la capacidad de almacenamiento/,
)
export const RELAY = anyOf(
  /relay(ing)? (is )?(access )?(denied|not permitted|disabled|not allowed|prohibited|refused)/,
  // qmail's AUTH patch: "553 we don't relay (#5.7.1)" (sagredo-dev/qmail:qmail-smtpd.c).
  /\b(we )?(don't|do not|won't|will not) relay\b/,
  // Gmail's SMTP relay service: "550 5.7.1 Invalid credentials for relay" (support.google.com/a/answer/3726730).
  /\bcredentials for relay(ing)?\b/,
  // .NET's SmtpMustIssueStartTlsFirst (530) and Exchange's 5.7.1 "Client was not authenticated" in it, fr, es,
  // de, as .NET Framework's language packs and Exchange print them (learn.microsoft.com, SSRS e-mail delivery).
  /client non (è stato )?autenticato|le client n.(était|est) pas authentifié|el cliente no (está|se) autentic/,
  /no se autentic[óo] el cliente|der Client (wurde|war) nicht authentifiziert/,
  // Postfix's check_recipient_access reject: the recipient is refused to a client it does not know.
  /recipient address rejected: access denied/,
  /not permitted to relay|unable to relay|turn on SMTP authentication/,
  /authentication (is )?required for relay|rcpthosts|not logged in/,
  /must (be )?(authenticated|logged in) to send|authentication required/,
  /relay non (consentito|permesso)|not authenticated to send|relais refus[ée]/,
  /retransmisi[óo]n denegada|RCPT failed: 55\d/,
  /(authentication|auth) (is )?required/,
  /(delivery|relay(ing)?) (is )?not allowed|does not allow relaying|permissions? to submit/,
  // Stalwart's "You must authenticate first", OpenSMTPD's "Must issue an AUTH command first".
  /must (first )?(authenticate|log ?in|issue an AUTH command)|\bnot authenticated\b|please authenticate( first)?\b/,
  // QQ Mail's and Tencent Exmail's "503 Error: need EHLO and AUTH first !" to a MAIL FROM sent without logging in
  // (greyli/helloflask#184, miguelgrinberg/flask-celery-example#10: the fix was to set the account's credentials).
  /\bneed (EHLO and )?AUTH first\b/,
  /(Authentifizierung|Legitimierung) (ist )?erforderlich|authentification (est )?(requise|obligatoire)/,
  /Relay(ing)? (ist )?(nicht erlaubt|verweigert|abgelehnt|nicht gestattet)|relais (non autorisé|interdit)/,
  /nur nach (Anmeldung|Authentifizierung)|(Postausgangsserver|SMTP-Server) erfordert Authentifizierung/,
  /autenticaci[óo]n (es )?(requerida|obligatoria|necesaria)|autenticazione (è )?(richiesta|obbligatoria)/,
  // MailEnable's 503 (sisimai's RelayingDenied list): "requires authentication when attempting to send to a
  // non-local e-mail address".
  /requires authentication when attempting to send to a non-local/,
  // SendGrid's "550 Unauthenticated senders not allowed", IceWarp's "You have rights to send mail to local
  // domains only" (round 10).
  /\bunauthenticated (senders?|users?|clients?|relay(ing)?) (is |are )?not (allowed|accepted|permitted)/,
  /send mail to local domains only/,
)
export const UNAVAILABLE = anyOf(
  /(?<!mailbox )unavailable|maintenance|manutenzione|temporary (authentication |system )?(failure|error|problem)/,
  /temporarily (unavailable|disabled)|try (again )?later|shutting down|service not (active|available)/,
  /system error|server error(?!:\s*(?:[2-5]\d\d\b|0x))|backend (is )?(down|error|unavailable)|internal (server )?error/,
  // Cyrus's and Postfix's "Server configuration error", RFC 3463's X.3.5 "System incorrectly configured".
  /\bserver configuration error\b|\bsystem incorrectly configured\b/,
  /server (is )?busy|maildrop is busy|non disponibile|riprova(re)? più tardi|Wartungsarbeiten/,
  /mantenimiento|en maintenance|temporairement indisponible|vorübergehend nicht verfügbar|temporalmente no disponible/,
  /(derzeit|momentan|zurzeit|aktuell) nicht verfügbar/,
  // camel's "Service not available, closing transmission channel" (SMTP 421) in de, fr, es.
  /Dienst nicht verfügbar|Service non disponible|Servicio no disponible/,
  // "service unavailable, try later" in fr, es, de.
  /(service|serveur) (temporairement )?indisponible|réessayez plus tard|int[ée]ntelo (de nuevo )?más tarde/,
  /später (erneut|noch einmal)/,
)
export const TEMPORARY = anyOf(
  /\btemporar(y|ily)\b.{0,30}\b(authentication|auth|system|server|internal)\b.{0,20}\b(failure|error|problem)/,
  /temporary (failure|error|problem)|unable to authenticate at present|erreur temporaire|vorübergehende?r? Fehler/,
  /errore temporaneo|Temporäre?r? Fehler|error temporal|临时错误/,
  // camel's "Temporary authentication failure" (SMTP 454) in de, fr, es, it.
  /(Legitimierung|Authentifizierung|Anmeldung) vorübergehend (gescheitert|fehlgeschlagen)/,
  /autenticazione temporaneamente non riuscita|(anomalie|échec|erreur) d.authentification temporaire/,
  /fall[óo] temporal en la autenticaci[óo]n/,
)
export const BAD_CREDENTIALS = anyOf(
  /authenticate (failed|failure)/,
  /authentication (failed|failure|unsuccessful|rejected|credentials invalid)/,
  // hMailServer's "550 Login credentials no longer valid. Please re-authenticate."
  /\b(login )?credentials (are )?no longer valid\b/,
  /invalid (login|credentials|password|user ?name|user|username or password)/,
  /login (failed|failure|incorrect)|logon failure|bad (password|credentials|user ?name)/,
  /incorrect (username|password|user|login)|wrong (password|user ?name|credentials|login)/,
  /user ?name and password not accepted|unknown user|password errat|credenziali (non valide|errate)/,
  /autenticazione (fallita|non riuscita)|nome utente o (la )?password|rejected your login/,
  /rifiutato l'accesso|Logon attempt failed|Login to server \S+ (with username \S+ )?failed|rejected the password for user/,
  /rifiutato la password|password (are|is) correct|password siano corrett|verificare il nome utente e la password/,
  /Accesso al server \S+ (con nome utente \S+ )?non riuscito|user name or password for \S+ is incorrect/,
  /password per \S+ non sono corrett|Login denied|Could not authenticate|Impossibile autenticarsi/,
  // Not Postfix's "Connect to private/auth failed" (the SASL socket path; the server's own trouble).
  /log in to this \w+ account failed|(?<!\/)auth failed|authenticator failed|Incorrect authentication data/,
  /\b(LOGIN|AUTHENTICATE \S+|AUTH \S+) failed for\b/,
  /username or password|password mismatch|mot de passe incorrect|Passwort (ist )?falsch/,
  /sending of (the )?(user ?name|password)( for user \S+)? did not succeed|invio del nome utente non riuscito/,
  /unable to authenticate to (the )?(outgoing|incoming) server|non riuscito l'invio della password/,
  // Thunderbird's pop3UsernameFailure / pop3PasswordFailed in de, fr, es and zh-CN.
  /Fehler beim Senden des (Benutzernamens|Passworts)|Échec de l.envoi du (nom d.utilisateur|mot de passe)/,
  /error al enviar el nombre de usuario|envío de la contraseña .{0,60}no se completó|发送密码失败|用户名发送到邮件服务器时出错/,
  // iOS account setup and Outlook's newer apps.
  /unable to verify (the )?account name or password|couldn't (log|sign) in to your \w+ account/,
  /contrase[ñn]a (incorrecta|no v[áa]lida)|usuario o contrase[ñn]a|密码错误/,
  /kann nicht authentifiziert werden|Anmeldung\b.{0,160}?\bfehlgeschlagen|Authentifizierung fehlgeschlagen/,
  // Roundcube's de_DE smtpautherror: "Die Authentisierung ist fehlgeschlagen".
  /Authentisierung (ist )?fehlgeschlagen/,
  // Outlook's German dialog says "Kennwort"; Thunderbird's es-ES says "Falló el inicio de sesión".
  /Anmeldung (nicht akzeptiert|abgelehnt|zurückgewiesen)|Benutzernamen? (oder|und) (das |Ihr )?(Kennwort|Passwort)/,
  /Login fehlgeschlagen|falsche[sr]? (Passwort|Kennwort|Benutzername)|Anmeldedaten (sind )?(ungültig|falsch)/,
  /(Kennwort|Passwort) (ist )?(falsch|ungültig)|fall[óo] el inicio de sesi[óo]n|inicio de sesi[óo]n .{0,40}fall/,
  // NeoMutt's imap_authenticate() says "No authenticators available or wrong credentials" once every authenticator
  // failed, and its LOGIN fails on the server's NO: mostly a refused password (neomutt/neomutt:imap/auth.c).
  /\bno authenticators available or wrong credentials\b/,
  // Mailgun's own 535 wording, quoted in its documentation tracker (mailgun/documentation#132).
  /\bnot loving your login or password\b/,
  /impossible de s.authentifier|authentification (a )?échoué|no se puede identificar al servidor/,
  /ungültige (Anmeldedaten|Zugangsdaten|Benutzerdaten)|Zugangsdaten (sind )?(falsch|ungültig)/,
  // Apple Mail and Outlook in German: "Das Passwort für den Account … ist falsch", "hat die Anmeldung abgelehnt".
  /(Passwort|Kennwort) für .{0,80}(ist falsch|ist ungültig|wurde (vom Server )?abgelehnt)|hat die Anmeldung abgelehnt/,
  /lehnt (den )?Benutzernamen? und (das )?(Passwort|Kennwort) ab|(Benutzername|Passwort|Kennwort) (ist )?nicht korrekt/,
  /identifiants? (incorrects?|invalides?)|[ée]chec de l.authentification|credenciales (incorrectas|no v[áa]lidas|inv[áa]lidas)/,
  /无法向.{0,60}进行认证|认证失败|登录失败|验证失败/,
  // Thunderbird for Android's "Authentication failed for %s", Thunderbird's account setup
  // ("Accesso non riuscito … sono corretti?"), camel's and NeoMutt's "authentication failed", in de/fr/es/it.
  /Authentifizierung\b.{0,80}?\bfehlgeschlagen|Accesso non riuscito\b.{0,80}password|identifiant ou (le )?mot de passe/,
  /[ée]chec d.authentification|l.authentification \S* ?a [ée]chou[ée]/,
  /\w*tenticaci[óo]n \S+ fall[óo]|fallo de autenticaci[óo]n/,
  /No se (puede|pudo) iniciar sesi[óo]n|login fallito|el login fall[óo]/,
  // "gescheitert" is the other German "failed": NeoMutt's "Anmeldung gescheitert", camel's "Legitimierung gescheitert".
  /(Anmeldung|Legitimierung|Authentifizierung)\S* (ist )?gescheitert/,
  // Thunderbird's auth_failed_generic in fr; camel's "Error sending password" in de, fr, es, it.
  /(nom d.utilisateur|identifiant).{0,40}mot de passe sont-ils corrects/,
  // camel's "%s authentication failed" names the mechanism inside the phrase (it, es).
  new RegExp(`autenticazione ${MECHANISM_NAMES.source} non riuscita`),
  /(ha fallado|fall[óo]) la autenticaci[óo]n\b/,
  /Fehler beim Übermitteln des Passworts|Errore nell'inviare la password|Erreur lors de l.envoi du mot de passe/,
  /Error al enviar la contraseña/,
  // "user or password not correct" in it, and "failure during authentication" in fr (Roundcube's wording).
  /utente o password (non (sono )?corrett|errat)|[ée]chec lors de l.authentification/,
  // Thunderbird's mailServerLoginFailed2 ("Login to server %1$S with username %2$S failed") in fr and es.
  /serveur \S+ avec le nom d.utilisateur|servidor \S+ con el nombre de usuario \S+ ha fallado/,
)
