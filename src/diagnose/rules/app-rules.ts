// Round 26d (issue 14): what self-hosted and web applications that send or fetch mail show when their mail settings
// fail (Zammad's probe, Odoo's "Test Connection", Roundcube's SMTP/IMAP labels and logs, Nextcloud Mail's account
// form, Paperless-ngx's mail fetcher, Vaultwarden, Home Assistant's smtp/imap, Gitea, Grafana, Redmine, Keycloak,
// Discourse's email settings validator), read from each application's source (test/corpus/source-tables.jsonl holds
// the strings). Most of them wrap the library's or the server's own error ("Connection Test Failed! Here is what we
// got instead: …", "An error occurred while sending mail (…)", "SMTP 5xx error: …"): the inner error is what the
// other rows read, and those wrappers have no row. Two groups: the applications' sentences that name a cause by
// themselves, read early; and their bare sentences that name at most the event (a failed connection, a refused
// login), read last, so that any inner error pasted with them decides.
import { SCHEME_AT_ODDS } from './mode-rules.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'

const ROUNDCUBE = 'roundcube/roundcubemail:program/'
const NEXTCLOUD = 'nextcloud/mail:src/components/AccountForm.vue'
const HOME_ASSISTANT = 'home-assistant/core:homeassistant/components/'

export const APP_RULES: ClassifierRule[] = [
  // Roundcube's smtpfromerror (rcube_smtp.php: MAIL FROM refused) in en_US and it_IT; the server's words in brackets
  // are often a recipient-style "mailbox unavailable" that other rows would read as the server's state. A refusal
  // that asks for a login first is the relay's, read by the other rows.
  ...sourced(ROUNDCUBE + 'localization/en_US/messages.inc', [
    {
      cause: 'smtp_sender_rejected',
      text: anyOf(/\bFailed to set sender\b/, /\bimpostazione del mittente\b.{0,160}\bnon riuscita\b/),
      unless: /\b(530|authentication required|must (issue|authenticate)|STARTTLS|not authenticated)\b/i,
      source: ROUNDCUBE + 'lib/Roundcube/rcube_smtp.php',
    },
  ]),
  // OpenCart's SMTP class names the command whose reply was not the expected code. It always logs in (a username and
  // a password are required settings) before MAIL FROM, so a refused MAIL FROM is the sender address, not a missing
  // login; a refused password is the password. (Its "AUTH LOGIN" and "RCPT TO" refusals have more than one reading.)
  ...sourced('opencart/opencart:upload/system/library/mail/smtp.php', [
    { cause: 'auth_bad_credentials', text: /\b(Username|Password) not accepted from server!/ },
    { cause: 'smtp_sender_rejected', text: /\bMAIL FROM not accepted from server!/ },
    { cause: 'starttls_not_offered', text: /\bSTARTTLS not accepted from server!/ },
  ]),
  // rcube_imap_generic.php: LOGINDISABLED in the capabilities (a login refused before TLS), and the STARTTLS it sent
  // whose TLS upgrade failed.
  ...sourced(ROUNDCUBE + 'lib/Roundcube/rcube_imap_generic.php', [
    { cause: 'auth_plaintext_disabled', text: /\bLogin disabled by IMAP server\b/ },
    { cause: 'starttls_failed', text: /\bUnable to negotiate TLS\b/ },
  ]),
  // rcube_imap_generic.php's "Could not connect to ssl://host:993: Unknown reason": PHP's stream_socket_client()
  // failed with no socket error, which for an ssl:// or tls:// stream is the TLS handshake, almost always its
  // verification of the server's certificate (PHP verifies peers since 5.6). The project's FAQ ("Problems connecting
  // IMAP/SMTP server via SSL/TLS") and its maintainers: '"Unknown reason" usually means a problem with SSL
  // certificate.' A log that also holds PHP's warning naming the failure (a certificate for another name) is read
  // by that warning's row. PHP's own warning for the same failure, as any PHP mail code pastes it (fsockopen() or
  // stream_socket_client(): "unable to connect to ssl://host:993 (Unknown error)", errno 0), reads the same. An ssl://
  // scheme on a plaintext port (ssl://…:587) is a handshake with a server that answered in plaintext: the mode.
  ...sourced('https://github.com/roundcube/roundcubemail/wiki/FAQ#problems-connecting-imapsmtp-server-via-ssltls', [
    {
      cause: 'tls_cert_untrusted',
      text: /\bCould not connect to (ssl|tls):\/\/\S+: Unknown reason\b|\bunable to connect to (ssl|tls):\/\/\S+ \(Unknown error\)/,
      unless: anyOf(/\bdid not match expected CN\b/, SCHEME_AT_ODDS),
    },
  ]),
  // Discourse's EmailSettingsValidator.friendly_exception_message: Net::SMTPAuthenticationError,
  // Net::POPAuthenticationError and IMAP's "Invalid credentials", in its own words (the library's are not appended).
  ...sourced('discourse/discourse:lib/email_settings_validator.rb', [
    {
      cause: 'auth_bad_credentials',
      text: /\bThere was an issue with the (SMTP|IMAP|POP3) credentials provided\b/,
    },
  ]),
  // Gitea's SMTP sender: credentials configured, and the EHLO it probed offered no AUTH. It probes before any
  // STARTTLS when the protocol is plain "smtp": the servers that offer AUTH only after STARTTLS.
  ...sourced('go-gitea/gitea:services/mailer/sender/smtp.go', [
    { cause: 'auth_plaintext_disabled', text: /\bSMTP server does not support AUTH, but credentials provided\b/ },
  ]),
  // Home Assistant: the smtp notifier's log for SMTPAuthenticationError; the imap config flow's reauth step (the
  // server refused the stored password) and its ssl_error (ssl.SSLError during the connection).
  ...sourced(HOME_ASSISTANT + 'smtp/notify.py', [
    {
      cause: 'auth_bad_credentials',
      text: /\bLogin not possible\. Please check your setting and\/or your credentials\b/,
    },
    {
      source: HOME_ASSISTANT + 'imap/strings.json',
      cause: 'auth_bad_credentials',
      text: /\bThe password for \S{1,254} is invalid\b/,
    },
    {
      source: HOME_ASSISTANT + 'imap/strings.json',
      cause: 'tls_handshake_failed',
      text: /\bAn SSL error occurred\. Change SSL cipher list\b/,
    },
  ]),
  // Nextcloud Mail's account form for AUTHENTICATION_WRONG_PASSWORD (Horde's "Authentication failed.").
  ...sourced(NEXTCLOUD, [{ cause: 'auth_bad_credentials', text: /\b(IMAP|SMTP) username or password is wrong\b/ }]),
  // Round 26f. WP Mail SMTP's Email Test page titles the error log it matched: "certificate verify failed" is
  // "Misconfigured server certificate." (host certificate misconfigured or an outdated CA bundle). An expired or
  // other-name certificate pasted with it is read by the TLS rows.
  ...sourced('awesomemotive/WP-Mail-SMTP:src/Admin/Pages/TestTab.php', [
    {
      cause: 'tls_cert_untrusted',
      text: /\bMisconfigured server certificate\b/,
      unless: /\b(expired|not yet valid|hostname|subject name|doesn't match|does not match)\b/i,
    },
  ]),
  // Laminas (Zend) Mail's SMTP protocol, osTicket's mail layer: the server said 220 to STARTTLS and
  // stream_socket_enable_crypto() failed. A certificate or TLS-version error printed with it is the finer answer.
  ...sourced('laminas/laminas-mail:src/Protocol/Smtp.php', [
    {
      cause: 'starttls_failed',
      text: /\bUnable to connect via TLS\b/,
      unless: /\b(certificate|wrong version number|unsupported protocol|self[- ]signed)\b/i,
    },
  ]),
  // Post SMTP's Connectivity Test: a port whose SMTP test got no answer ("No outbound route … on Port %d"); its
  // summary's firewall line; and its GoDaddy notice (GoDaddy's hosting lets mail out only through its own relay).
  ...sourced('wpexpertsio/Post-SMTP:Postman/Postman-Connectivity-Test/PostmanConnectivityTestController.php', [
    { cause: 'port_25_blocked', text: /\bNo outbound route between this site and the Internet on Port 25\b/ },
    { cause: 'tcp_timeout', text: /\bNo outbound route between this site and the Internet on Port \d+/ },
    {
      cause: 'firewall_all_ports_blocked',
      text: anyOf(
        /\bYour web host has placed a firewall between this site and the Internet\b/,
        /\brequires access to a remote SMTP server blocked by\b/,
      ),
    },
  ]),
  // motionEye's notification test keeps only its own summary of smtplib's error: "check SMTP server name" for a
  // "Name or service not known", "check SMTP port" for a "Connection refused".
  ...sourced('motioneye-project/motioneye:motioneye/handlers/config.py', [
    { cause: 'dns_nxdomain', text: /\bnotification email (test )?failed: check SMTP server name\b/i },
    { cause: 'tcp_refused', text: /\bnotification email (test )?failed: check SMTP port\b/i },
  ]),
  // smtppool (listmonk's SMTP pool): set to STARTTLS, it found no STARTTLS in the server's EHLO reply.
  ...sourced('knadh/smtppool:pool.go', [
    { cause: 'starttls_not_offered', text: /\bSMTP STARTTLS extension not found\b/ },
  ]),
  // FluentSMTP's OAuth connections whose stored token is gone or could not be renewed: reconnect to get a new one.
  ...sourced('WPManageNinja/fluent-smtp:app/Services/Mailer/Providers/', [
    {
      source: 'WPManageNinja/fluent-smtp:app/Services/Mailer/Providers/Outlook/Handler.php',
      cause: 'auth_token_invalid',
      text: /\bNo usable Microsoft access token is available\b/,
    },
    {
      source: 'WPManageNinja/fluent-smtp:app/Services/Mailer/Providers/Gmail/Handler.php',
      cause: 'auth_token_invalid',
      text: /\bFailed to renew token with Gmail Api\b/,
    },
  ]),
]

// An application's failed connection whose usual reason its maintainers name: read before the generic "could not
// connect" guess (connection-rules.ts), which would read its words as a silent port. Still a guess.
export const APP_REASON_FALLBACK_RULES: ClassifierRule[] = [
  // Nextcloud Mail's account form when Horde's client could not connect ("Error connecting to mail server", the
  // form's "IMAP server is not reachable"): the app verifies the server's certificate since 1.1.4, and its maintainer
  // answers such reports from self-hosted servers with that ("your TLS connection fails […] easily fixable for
  // self-hosted (or wrongly configured) mail servers"). Its SMTP side fails the same way where the web host blocks
  // outgoing SMTP (Scaleway's default, a shared host's firewall: nextcloud/mail#382, #873).
  ...sourced('https://github.com/nextcloud/mail/issues/2971', [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /\bCreating account failed: (Connection to IMAP at \S+ failed\.|Could not connect to IMAP:) (Unexpected )?Error connecting to mail server\b/,
        /\bManual config failed\. IMAP server is not reachable\b/,
      ),
    },
  ]),
  ...sourced('https://github.com/nextcloud/mail/issues/382', [
    {
      cause: 'firewall_all_ports_blocked',
      text: /\bCreating account failed: Error connecting to SMTP server\b|\bManual config failed\. SMTP server is not reachable\b/,
    },
  ]),
]

// Bare sentences: each names the failed step and carries nothing else. Read after every other row, as the bare
// "could not connect" is (connection-rules.ts): a connection that failed reads as no answer on the port.
export const APP_FALLBACK_RULES: ClassifierRule[] = [
  // Nextcloud Mail: CouldNotConnectException's reasons (lib/Exception/CouldNotConnectException.php) as the account
  // form words them: AUTHENTICATION_DENIED (Horde's "Mail server denied authentication."), AUTHENTICATION,
  // CONNECTION_ERROR (SERVER_CONNECT, SERVER_READERROR) and OTHER.
  ...sourced(NEXTCLOUD, [
    {
      cause: 'auth_bad_credentials',
      text: anyOf(
        /^\s*(IMAP|SMTP) (server denied authentication|authentication error)\.?\s*$/m,
        /\bMail server denied authentication\b/,
      ),
    },
    { cause: 'tcp_timeout', text: /^\s*(IMAP|SMTP) (server is not reachable|connection failed)\.?\s*$/m },
  ]),
  // Zammad's EmailHelper::Probe translations, shown without the library's message they were picked for:
  // "getaddrinfo: Name or service not known", "execution expired" (Ruby's Timeout), "authentication not enabled".
  ...sourced('zammad/zammad:lib/email_helper/probe.rb', [
    { cause: 'dns_nxdomain', text: /^\s*Hostname not found!/m },
    { cause: 'tcp_timeout', text: /^\s*Host not reachable!/m },
    { cause: 'auth_mechanism_unsupported', text: /\bAuthentication not possible \(not offered by the service\)/ },
  ]),
  // Paperless-ngx's MailError after the IMAP login raised; the library's reply, when pasted with it, decides.
  ...sourced('paperless-ngx/paperless-ngx:src/paperless_mail/mail.py', [
    { cause: 'auth_bad_credentials', text: /\bError while authenticating account\b/ },
  ]),
  // FreeScout's mailbox connection tests (app/Http/Controllers/MailboxesController.php) in en, it, de, fr, es
  // (resources/lang/*.json): its port probe that got no connection, which asks for the outgoing port to be opened;
  // and the fetch test's "Error occurred connecting to the server" when the IMAP library gave no message.
  ...sourced('freescout-helpdesk/freescout:app/Http/Controllers/MailboxesController.php', [
    {
      cause: 'tcp_timeout',
      text: anyOf(
        /\bis not available on \d+ port\. Make sure that\b/,
        /\bnon è disponibile sulla porta \d+\. Assicurati\b/,
        /\bist nicht verfügbar auf Port \d+\. Stellen Sie sicher\b/,
        /\bn'est pas disponible sur le port \d+\. Assurez-vous\b/,
        /\bno está disponible en el puerto \d+\. Verificar\b/,
        /^\s*(Error occurred connecting to the server|Si è verificato un errore durante la connessi?ne al server|Fehler beim Verbinden mit dem Server|Une erreur s'est produite lors de la connexion au serveur|Ocurrió un error conectando con el servidor)\.?\s*$/m,
      ),
    },
  ]),
  // Moodle's Test outgoing mail configuration page when PHPMailer wrote no SMTP dialogue at all
  // (testoutgoingmailconf_errorcommunications): the connection to the mail server never opened.
  ...sourced('moodle/moodle:lang/en/admin.php', [
    { cause: 'tcp_timeout', text: /\bYour site couldn't communicate with your mail server\b/ },
  ]),
  // Chatwoot's IMAP inbox check (app/helpers/api/v1/inboxes_helper.rb, strings in config/locales/en.yml): Ruby's
  // SocketError (the name did not resolve) and Net::IMAP::NoResponseError (the login's NO), each in its own words.
  ...sourced('chatwoot/chatwoot:app/helpers/api/v1/inboxes_helper.rb', [
    { cause: 'dns_nxdomain', text: /^\s*Please check the network connection, IMAP address and try again\.?\s*$/m },
    { cause: 'auth_bad_credentials', text: /^\s*Please check the IMAP credentials and try again\.?\s*$/m },
  ]),
]
