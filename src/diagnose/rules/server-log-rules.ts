// What mail servers write in their own logs about a client that failed, read from the format strings
// that print them (round 7's inventory, test/corpus/notes/round7-inventory.md). A log line names the
// server's own reason in fixed words ("proxy dest connection failed", "Connection lost to authentication
// server", "result=tempfail"), and those words beat the general vocabulary that would read "Connection
// refused" or "authentication failed" as the client's problem: these rows are read before every other.
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { FIRST_SWEEP_LOG_RULES, SWEEP_LOG_RULES } from './log-sweep-rules.js'
import { VENDOR_SERVER_LOG_RULES } from './vendor-server-rules.js'

const DOVECOT: ClassifierRule[] = [
  // client_get_extra_disconnect_reason() (client-common.c): the login process's reason for ending a
  // session, in the human form ("disconnected before auth was ready, waited 30 secs") or the event form
  // ("(auth_process_not_ready)"). The server could not serve anyone: its auth process was not ready, it
  // was shutting down or full, or (as a proxy) its backend failed.
  ...sourced('dovecot/core:src/login-common/client-common.c', [
    {
      cause: 'server_unavailable',
      text: new RegExp(
        [
          /\((disconnected before (auth was ready|greeting)|auth process communication failure|temporary authentication failure)\b/,
          /\(The process is shutting down so the login is aborted|\(client_limit and process_limit was hit\b/,
          /\(proxy dest (connection failed|internal failure|remote failure|protocol failure|temporary authentication)/,
          /\((auth_process_not_ready|auth_process_comm_fail|process_full|shutting_down|auth_temp_failed)\)/,
          /\(proxy_dest_(connect_failed|internal_failure|remote_failure|protocol_failure|auth_temp_failed)\)/,
        ]
          .map((p) => p.source)
          .join('|'),
      ),
    },
    {
      cause: 'auth_rate_limited',
      text: /\((proxy dest )?connection limit reached\b|\((proxy_dest_)?connection_limit\)/,
    },
    {
      cause: 'auth_bad_credentials',
      text: /\(proxy dest authentication failure\b|\(credentials contain control characters\b|\(invalid_credentials\)/,
    },
    { cause: 'auth_account_locked', text: /\(login disabled, \d+ attempts\b|\(login_disabled\)/ },
  ]),
  // login-proxy.c: a proxying login process could not reach the backend it forwards to; the client's
  // own connection (to the proxy) worked.
  ...sourced('dovecot/core:src/login-common/login-proxy.c', [
    { cause: 'server_unavailable', text: /\bproxy\([^)]*\): connect\([^)]*\) failed\b/ },
  ]),
  // The auth process itself: a worker that died, a login process that got no handshake from it.
  ...sourced('dovecot/core:src/auth/auth-worker-connection.c', [
    { cause: 'server_unavailable', text: /\bWorker process died unexpectedly\b/ },
  ]),
  ...sourced('dovecot/core:src/lib-auth-client/auth-client-connection.c', [
    { cause: 'server_unavailable', text: /\bTimeout waiting for handshake from auth server\b/ },
  ]),
  // The server's own certificate or key could not be loaded (iostream-openssl-context.c), so no TLS
  // session can start (login-common's "Failed to initialize SSL connection").
  ...sourced('dovecot/core:src/lib-ssl-iostream/iostream-openssl-context.c', [
    {
      cause: 'starttls_failed',
      text: /\bCan't load SSL (certificate|private key) \(\w+ setting\)|\bFailed to initialize SSL (server context|connection)\b/,
      // OpenSSL's own reason after it ("dh key too small": ssl_dh parameters under OpenSSL's security level) is an
      // outdated setting, read by tls-rules.ts.
      unless: /\bdh key too small\b/i,
    },
  ]),
  // passdb-pam.c: pam_acct_mgmt() refuses an account whose password is right: expired account
  // (PAM_ACCT_EXPIRED), expired password (PAM_NEW_AUTHTOK_REQD), or access denied by policy.
  ...sourced('dovecot/core:src/auth/passdb-pam.c', [
    { cause: 'auth_account_locked', text: /\bpam_acct_mgmt\(\) failed\b/ },
  ]),
  // The same states when pam_authenticate() reports them, in Linux-PAM's pam_strerror() words.
  ...sourced('linux-pam/linux-pam:libpam/pam_strerror.c', [
    {
      cause: 'auth_account_locked',
      text: /\bpam_authenticate\(\) failed: (User account has expired|Authentication token (is no longer valid|expired))/,
    },
  ]),
]

// The TLS library's own reason in the same log says why the upgrade failed, and the rows for it read it: the alert
// the client sent about the certificate, or OpenSSL's server-side refusal of the client's protocol version
// (tls_early_post_process_client_hello's "unsupported protocol": a client that offers only TLS 1.0/1.1). "no shared
// cipher" is read from the failed upgrade it explains (root-cause-context.ts).
const TLS_REASON_LOGGED =
  /alert (certificate unknown|bad certificate|unknown ca)|:unsupported protocol\b|\bversion too low\b/i

const POSTFIX: ClassifierRule[] = [
  // smtpd.c logs "<reason> after <command> from <client>": "too many errors" after AUTH counts failed
  // AUTH commands (535s) up to smtpd_hard_error_limit; a client that drops after STARTTLS gave up on the
  // TLS upgrade (most often it refused the certificate).
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd.c', [
    { cause: 'auth_bad_credentials', text: /\btoo many errors after AUTH from\b/ },
    // Not when the log also carries the TLS library's reason (TLS_REASON_LOGGED).
    {
      cause: 'starttls_failed',
      text: /\b(lost connection|timeout) after STARTTLS from\b/,
      unless: TLS_REASON_LOGGED,
    },
    // "improper command pipelining after CONNECT" quoting a TLS record header (octal 026 003): a TLS
    // ClientHello sent to a port that waits for a plain greeting.
    { cause: 'tls_wrong_mode', text: /\bafter CONNECT from \S+: \\0?26\\0?03\\/ },
  ]),
  // The SASL back ends: Dovecot's auth socket or saslauthd unreachable is the server's failure, whatever
  // "authentication failed" line follows it.
  ...sourced('vdukhovni/postfix:postfix/src/xsasl/xsasl_dovecot_server.c', [
    { cause: 'server_unavailable', text: /\bConnection lost to authentication server\b/ },
  ]),
  // Cyrus SASL's SASL_BADPROT ("bad protocol / cancel", include/sasl.h): the client cancelled or garbled the
  // exchange of the mechanism it chose: it cannot do that mechanism, whatever the password.
  ...sourced('vdukhovni/postfix:postfix/src/xsasl/xsasl_cyrus_server.c', [
    { cause: 'auth_mechanism_unsupported', text: /\b(SASL [\w-]+ )?authentication failed: bad protocol \/ cancel\b/ },
  ]),
  // smtpd_sasl_glue.c: the SASL back end offers no mechanism at all, and smtpd exits for every client.
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd_sasl_glue.c', [
    { cause: 'server_unavailable', text: /\bfatal: no SASL authentication mechanisms\b/ },
  ]),
  ...sourced('cyrusimap/cyrus-sasl:lib/checkpw.c', [
    { cause: 'server_unavailable', text: /\bcannot connect to saslauthd server\b/ },
  ]),
  // OpenSSL's bss_file.c names the file it could not open: the server's certificate or key is missing, so
  // its TLS (and the STARTTLS it offers) fails for every client.
  ...sourced('openssl/openssl:crypto/bio/bss_file.c', [
    { cause: 'starttls_failed', text: /\bTLS library problem: .*calling fopen\([^)]*\.(pem|crt|key)\b/ },
  ]),
  // smtpd.c's "disconnect from <client> <command>=<ok>/<tried> …": AUTH tried and never accepted is a
  // refused login; STARTTLS tried and not completed is a failed upgrade.
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd.c', [
    { cause: 'starttls_failed', text: /\bdisconnect from \S+ .*\bstarttls=0\/[1-9]/, unless: TLS_REASON_LOGGED },
    { cause: 'auth_bad_credentials', text: /\bdisconnect from \S+ .*\bauth=0\/[1-9]/ },
  ]),
  // xsasl_dovecot_server.c: Postfix cannot reach Dovecot's auth socket.
  ...sourced('vdukhovni/postfix:postfix/src/xsasl/xsasl_dovecot_server.c', [
    { cause: 'server_unavailable', text: /\bSASL: Connect to (Dovecot auth socket )?'?\S+'? failed\b/ },
  ]),
  // Cyrus SASL's sasl_errstring() (lib/common.c) after Postfix's "SASL <mech> authentication failed:" or
  // "SASL authentication failure:" (and in its reply, "535 5.7.8 Error: authentication failed: <reason>"): the
  // code's words say which state refused the login.
  ...sourced('cyrusimap/cyrus-sasl:lib/common.c', [
    {
      cause: 'auth_plaintext_disabled',
      text: /\b(SASL|authentication failed:) .*\bencryption needed\b/,
    },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bSASL .*\b(mechanism too weak for this user|no mechanism available)\b/,
    },
    {
      cause: 'auth_account_locked',
      text: /\b(SASL .*|authentication failed: )\b(account disabled|passphrase expired|passphrase locked)\b/,
    },
    {
      cause: 'server_unavailable',
      text: /\b(SASL .*|authentication failed: )\bremote authentication server unavailable\b/,
    },
  ]),
  // postscreen.c: every smtpd process busy: the server turns everyone away.
  ...sourced('vdukhovni/postfix:postfix/src/postscreen/postscreen.c', [
    { cause: 'server_unavailable', text: /\b(all server ports busy|all screening ports busy)\b/ },
  ]),
  // smtp_trouble.c "lost connection with <host> while receiving the initial server greeting": the
  // server closed the connection before its banner (the timeout form is read by AFTER_TLS_LOG_RULES).
  ...sourced('vdukhovni/postfix:postfix/src/smtp/smtp_trouble.c', [
    { cause: 'tcp_reset', text: /\blost connection with \S+ while receiving the initial server greeting\b/ },
  ]),
  // dns_strerror.c: the last words of "Name service error for name=… type=…: …". TRY_AGAIN and
  // NO_RECOVERY are the resolver failing; NO_DATA is a name without that record.
  ...sourced('vdukhovni/postfix:postfix/src/dns/dns_strerror.c', [
    {
      cause: 'dns_servfail',
      text: /\bName service error for \S+ type=\S+: (Host not found, try again|Non-recoverable error)/,
    },
    { cause: 'dns_no_address', text: /\bName service error for \S+ type=\S+: Host found but no data record\b/ },
  ]),
]

const EXIM: ClassifierRule[] = [
  // smtp_in.c's synprot_error() details after "SMTP protocol error in …": the words that decide are the
  // detail, not "protocol error". AUTH is advertised only where auth_advertise_hosts allows (commonly
  // after STARTTLS).
  ...sourced('Exim/exim:src/src/smtp_in.c', [
    { cause: 'auth_plaintext_disabled', text: /\bAUTH command used when not advertised\b/ },
    { cause: 'starttls_not_offered', text: /\bSTARTTLS command used when not advertised\b/ },
  ]),
  // daemon.c refuses every connection while the load is above smtp_load_reserve.
  ...sourced('Exim/exim:src/src/daemon.c', [
    { cause: 'server_unavailable', text: /\bConnection from \S+ refused: load average\b/ },
  ]),
  // The smtp transport: "authentication required but authentication attempt(s) failed" is the smarthost
  // refusing the credentials, not a relay refusal; "a TLS session is required, but …" says which step failed.
  ...sourced('Exim/exim:src/src/transports/smtp.c', [
    { cause: 'auth_bad_credentials', text: /\bauthentication required but authentication attempt\(s\) failed\b/ },
    { cause: 'starttls_not_offered', text: /\ba TLS session is required, but the server did not offer TLS support\b/ },
    { cause: 'starttls_failed', text: /\ba TLS session is required, but an attempt to start TLS failed\b/ },
  ]),
  // The server's own certificate or key could not be loaded (tls-gnu.c "cert/key setup: cert=… key=…",
  // tls-openssl.c "SSL_CTX_use_certificate_chain_file file=…"): TLS fails for every client.
  ...sourced('Exim/exim:src/src/tls-gnu.c', [
    {
      cause: 'starttls_failed',
      text: /\(cert\/key setup: cert=|\(SSL_CTX_use_(certificate_chain|PrivateKey)_file file=/,
    },
  ]),
]

// GnuTLS's error strings (lib/errors.c), as Exim on Debian, Courier and GLib clients print them. A record
// whose header is not TLS ("illegal or unsupported version", "unexpected TLS packet") is the peer speaking
// plain text, like OpenSSL's "wrong version number".
const GNUTLS: ClassifierRule[] = sourced('gnutls/gnutls:lib/errors.c', [
  {
    cause: 'tls_wrong_mode',
    text: /\bA packet with illegal or unsupported version was received\b|\bA record packet with illegal version\b|\bAn unexpected TLS packet was received\b/,
  },
  { cause: 'tls_cert_not_yet_valid', text: /\bThe certificate is not yet activated\b/ },
  { cause: 'tls_cert_untrusted', text: /\bKey usage violation in certificate has been detected\b/ },
  {
    cause: 'tls_old_protocol',
    text: /\b(Unsafe renegotiation denied|Safe renegotiation failed)\b|\bDiffie-Hellman prime sent by the server is not acceptable\b/,
  },
  { cause: 'tcp_reset', text: /\bError in the (pull|push) function\b/ },
])

const OTHERS: ClassifierRule[] = [
  // Cyrus's implicit-TLS services log their handshake failure as "imaps/pop3s TLS negotiation failed"
  // (the STARTTLS form is "STARTTLS negotiation failed").
  ...sourced('cyrusimap/cyrus-imapd:imap/imapd.c', [
    { cause: 'tls_handshake_failed', text: /\b(imaps|pop3s) TLS negotiation failed\b/ },
  ]),
  // Exchange's protocol log names the SSPI status of a failed STARTTLS: a missing common algorithm or
  // protocol is an old TLS version on one side.
  ...sourced('https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/protocol-logging', [
    {
      cause: 'tls_old_protocol',
      text: /\bTLS negotiation failed with error (AlgorithmMismatch|UnsupportedFunction)\b/,
    },
  ]),
  // Cyrus imapd/pop3d "badlogin:" (and Sendmail's "AUTH failure (<mech>):", srvrsmtp.c) carries Cyrus SASL's
  // result code (cyrus-sasl include/sasl.h): -4 NOMECH and -15 TOOWEAK are the mechanism, -16 ENCRYPT wants TLS
  // first, -18 EXPIRED, -19 DISABLED and -21 PWLOCK the account, -24 UNAVAIL the auth server; any other
  // badlogin is a refused name or password.
  ...sourced('cyrusimap/cyrus-imapd:imap/imapd.c', [
    { cause: 'auth_mechanism_unsupported', text: /\b(badlogin: |AUTH failure \(\S+\): ).*SASL\(-(4|15)\)/ },
    { cause: 'auth_plaintext_disabled', text: /\b(badlogin: |AUTH failure \(\S+\): ).*SASL\(-16\)/ },
    { cause: 'auth_account_locked', text: /\b(badlogin: |AUTH failure \(\S+\): ).*SASL\(-(18|19|21)\)/ },
    { cause: 'server_unavailable', text: /\b(badlogin: |AUTH failure \(\S+\): ).*SASL\(-24\)/ },
    { cause: 'auth_bad_credentials', text: /\bbadlogin: |\bAUTH failure \(\S+\): .*\bSASL\(-\d+\)/ },
  ]),
  // OpenSMTPD's smtp_session.c: "smtp authentication user=… result=permfail|tempfail" (also as
  // "event=authentication"): permfail is refused credentials, tempfail the backend not answering.
  ...sourced('OpenSMTPD/OpenSMTPD:usr.sbin/smtpd/smtp_session.c', [
    { cause: 'auth_bad_credentials', text: /\bsmtp (event=)?authentication user=.*\bresult=permfail\b/ },
    { cause: 'server_unavailable', text: /\bsmtp (event=)?authentication user=.*\bresult=tempfail\b/ },
  ]),
  // fetchmail's socket.c certificate checks and driver.c's lock report: the maildrop is held by
  // another session (POP3 -ERR [IN-USE]).
  ...sourced('fetchmail/fetchmail:socket.c', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bServer CommonName mismatch: / },
  ]),
  ...sourced('fetchmail/fetchmail:driver.c', [
    { cause: 'auth_rate_limited', text: /\bLock-busy error on \S+@/ },
    { cause: 'server_unavailable', text: /\bServer busy error on \S+@/ },
    { cause: 'auth_bad_credentials', text: /\bAuthorization failure on \S+@/ },
  ]),
]

// Round 9: Sendmail's, Dovecot's SQL back end's and fail2ban's own lines.
const MORE: ClassifierRule[] = [
  // conf.c refuses every connection while the load, free memory or child count is over its limit; srvrsmtp.c
  // logs "lost input channel from <client> to <daemon> after starttls" when the client gave up on the upgrade.
  ...sourced('hrs-allbsd/sendmail:sendmail/conf.c', [
    {
      cause: 'server_unavailable',
      text: /\brejecting connections on daemon \S+: (load average|free memory|\d+ children)/,
    },
  ]),
  ...sourced('hrs-allbsd/sendmail:sendmail/srvrsmtp.c', [
    { cause: 'starttls_failed', text: /\blost input channel from \S+ to \S+ after starttls\b/i },
  ]),
  // passdb-sql.c: the password query could not run (the database is down or unreachable), so every login
  // fails whatever the password.
  ...sourced('dovecot/core:src/auth/passdb-sql.c', [
    {
      cause: 'server_unavailable',
      text: /\b(Password|User) query failed: .*\b(Not connected to database|Connect failed|timed out)/,
    },
  ]),
  // driver-mysql.c / driver-pgsql.c "Connect failed to database (<db>): <reason> - waiting for N seconds", and
  // auth-master's "Authenticated user not found from userdb" (the passdb said yes, the userdb has no such user).
  ...sourced('dovecot/core:src/lib-sql/driver-mysql.c', [
    {
      cause: 'server_unavailable',
      text: /\bConnect failed to database\b|\bAuthenticated user not found from userdb\b/,
    },
  ]),
  // Exim's smtp_in.c refuses an EHLO/HELO whose name is not a valid host name (an underscore, a bare word):
  // the client's greeting breaks the protocol, and nothing after it is read.
  ...sourced('Exim/exim:src/src/smtp_in.c', [
    { cause: 'protocol_error', text: /\brejected (EHLO|HELO|EHLO or HELO) \S+: syntactically invalid argument/ },
  ]),
  // Sendmail names the OpenSSL reason after "reason=" (srvrsmtp.c); its "STARTTLS=server" is only the log's tag.
  ...sourced('hrs-allbsd/sendmail:sendmail/srvrsmtp.c', [
    {
      cause: 'tls_handshake_failed',
      text: /\bSTARTTLS=(server|client), error: \w+ failed=-?\d+, reason=(no shared cipher|.{0,12}handshake fail)/,
    },
  ]),
  // Dovecot's auth back ends (passdb-ldap, ldap-connection.c) and its login processes (login-common) when the
  // user database or the auth process does not answer: every login fails, whatever the password.
  ...sourced('dovecot/core:src/auth/db-ldap.c', [
    {
      cause: 'server_unavailable',
      text: anyOf(
        /\bLDAP: Can't connect to server\b|\bldap\(.*\): Connection appears to be hanging\b/,
        /\bmaster\(\w+\): Auth request timed out\b|\bDisconnected: Connection queue full\b/,
      ),
    },
  ]),
  // A TLS record header (content type 22, version 3.x, RFC 8446 §5.1) quoted in octal where a command was
  // expected, in any server's words (Exim's "last was", Postfix's pipelining and PREGREET lines): TLS spoken
  // to a port that waits for a plain greeting.
  ...sourced('https://www.rfc-editor.org/rfc/rfc8446#section-5.1', [
    { cause: 'tls_wrong_mode', text: /\\0?26\\0?03\\0?0[0-4]/ },
  ]),
  // fail2ban's actions.py "[<jail>] Ban <ip>": the server now drops that address after repeated failures.
  ...sourced('fail2ban/fail2ban:fail2ban/server/actions.py', [
    { cause: 'auth_account_locked', text: /\bNOTICE\s+\[[\w.-]+\] (Restore )?Ban \S+/ },
  ]),
]

// Round 11b's sweep (log-sweep-rules.ts): its first rows refine the older ones, the rest follow them.
export const SERVER_LOG_RULES: ClassifierRule[] = [
  ...FIRST_SWEEP_LOG_RULES,
  ...DOVECOT,
  ...POSTFIX,
  ...EXIM,
  ...GNUTLS,
  ...OTHERS,
  ...MORE,
  ...SWEEP_LOG_RULES,
  // Closed-source servers' log lines (vendor-server-rules.ts).
  ...VENDOR_SERVER_LOG_RULES,
]

// Read before the reply a log line quotes: Postfix's smtp_proto.c says "refused to talk to me" only of the
// banner (the greeting); a 421 there is RFC 5321's "service not available", whatever the reply's words,
// unless they name a connection limit.
export const WRAPPER_LOG_RULES: ClassifierRule[] = sourced('vdukhovni/postfix:postfix/src/smtp/smtp_proto.c', [
  { cause: 'server_unavailable', text: /\brefused to talk to me: 421[ -]/, unless: /too many|limit|rate|throttl/i },
])
