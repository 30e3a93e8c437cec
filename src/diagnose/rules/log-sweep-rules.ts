// Round 11b: the servers' log lines read whole from their sources rather than sampled (fail2ban's mail
// filters and their test logs, Dovecot's login disconnect reasons, Postfix's TLS and anvil lines, Exim's
// daemon and TLS lines, Sendmail, Cyrus, qmail, UW IMAP, Kerio). Each row reads a class of lines by what the
// server means: the reason Dovecot puts in parentheses, the limit Postfix names, the alert GnuTLS received.
// FIRST_SWEEP_LOG_RULES are read before the older server-log rows (they refine one of them); the rest after.
import { anyOf, sourced, type ClassifierRule } from './rule.js'

// Zimbra's "authentication failed for [user] (" before its reason.
const ZIMBRA_REASON = /\bauthentication failed for \[[^\]]*\] \(/.source

export const FIRST_SWEEP_LOG_RULES: ClassifierRule[] = [
  // smtpd.c: a Postfix built without TLS never offers STARTTLS. (A TLS set-up that fails at run time, "disabling
  // TLS support", still offers it and answers "454 4.7.0 TLS not available due to local problem": a failed
  // STARTTLS, read by the older rows.)
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd.c', [
    { cause: 'starttls_not_offered', text: /\bTLS has been selected, but TLS support is not compiled in\b/ },
  ]),
  // Cyrus's badlogin with "External SSF not good enough": the mechanism asks for a TLS layer the session
  // lacks; it comes with SASL(-13), which the badlogin row would read as a wrong password.
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/cyrus-imap', [
    { cause: 'auth_plaintext_disabled', text: /\bExternal SSF not good enough\b/ },
  ]),
  // Dovecot's client_get_extra_disconnect_reason() (client-common.c): the reason in parentheses decides,
  // whatever the words before it ("Too many invalid commands", "Connection reset by peer").
  ...sourced('dovecot/core:src/login-common/client-common.c', [
    {
      cause: 'auth_plaintext_disabled',
      text: /\(tried to use (disabled|disallowed) (plaintext|cleartext) auth\)|\(cleartext_auth_disabled\)/,
    },
    {
      cause: 'auth_bad_credentials',
      text: /\((auth|authorization) failed, \d+ attempts\b|\((auth_failed|authorization_failed)\)/,
    },
    { cause: 'protocol_error', text: /\(sent invalid base64 in response\b|\(invalid_base64\)/ },
    { cause: 'server_unavailable', text: /\(internal failure, \d+\/\d+ successful auths\b|\(internal_failure\)/ },
  ]),
  // GnuTLS's alert names (lib/alert.c) after "A TLS fatal alert has been received": the peer refused the
  // certificate (expired, unknown CA, bad, revoked) or the protocol version.
  ...sourced('gnutls/gnutls:lib/alert.c', [
    { cause: 'tls_cert_expired', text: /\bfatal alert has been received\.?:? Certificate is expired\b/ },
    {
      cause: 'tls_cert_untrusted',
      text: new RegExp(
        /\bfatal alert has been received\.?:? /.source +
          /(Certificate is bad|CA is unknown|Unknown certificate|Certificate was revoked)/.source,
      ),
    },
    {
      cause: 'tls_old_protocol',
      text: /\bfatal alert has been received\.?:? (Error in protocol version|Insufficient security)\b/,
    },
  ]),
  // pam_strerror() after Dovecot's "pam_authenticate() failed:": PAM_USER_UNKNOWN is a wrong user name,
  // PAM_PERM_DENIED an account policy refusing it, PAM_MAXTRIES too many tries.
  ...sourced('linux-pam/linux-pam:libpam/pam_strerror.c', [
    {
      cause: 'auth_bad_credentials',
      text: /\bpam_authenticate\(\) failed: User not known to the underlying authentication module\b/,
    },
    { cause: 'auth_account_locked', text: /\bpam_authenticate\(\) failed: Permission denied\b/ },
    { cause: 'auth_rate_limited', text: /\bHave exhausted maximum number of retries for service\b/ },
  ]),
  // Cyrus SASL's SASL_FAIL ("generic failure", lib/common.c) in a badlogin: the library failed, it judged no
  // password (the older badlogin row would read it as a wrong one).
  ...sourced('cyrusimap/cyrus-sasl:lib/common.c', [
    { cause: 'server_unavailable', text: /\bbadlogin: .*\bSASL\(-1\): generic failure\b/ },
  ]),
  // Cyrus master.c disabling a service that keeps failing to start: failures of the server, not of logins.
  ...sourced('cyrusimap/cyrus-imapd:master/master.c', [
    { cause: 'server_unavailable', text: /\bERROR: too many failures for service \S+, disabling\b/ },
  ]),
  // Zimbra's AuthFailedServiceException logs "authentication failed for [user] (<reason>)": the reason in
  // parentheses decides (a locked or closed account, one in maintenance, the external LDAP unreachable), and
  // LdapLockoutPolicy names its lockout; "authentication failed" alone would read as a wrong password.
  ...sourced('Zimbra/zm-mailbox:store/src/java/com/zimbra/cs/account/AccountServiceException.java', [
    {
      cause: 'auth_account_locked',
      text: anyOf(
        new RegExp(ZIMBRA_REASON + /(account lockout|account\(or domain\) status is (locked|closed|lockout))\)/.source),
        /\baccount lockout due to too many failed logins\b/,
      ),
    },
    {
      cause: 'server_unavailable',
      text: new RegExp(
        ZIMBRA_REASON + /(account\(or domain\) status is maintenance|external LDAP auth failed\b)/.source,
      ),
    },
  ]),
]

export const SWEEP_LOG_RULES: ClassifierRule[] = [
  // Dovecot's login process: the client left during the TLS handshake (most often it refused the
  // certificate). Read after the older rows, whose reasons (auth not ready, a named OpenSSL error) say more.
  ...sourced('dovecot/core:src/login-common/client-common.c', [
    {
      cause: 'tls_handshake_failed',
      text: anyOf(
        /\(disconnected during TLS handshake\)|\(tls_handshake_not_finished\)/,
        /TLS handshaking: (Disconnected|SSL_accept\(\) syscall failed: Connection reset by peer)\b/,
      ),
      unless: /\berror:[0-9A-F]{8}:/,
    },
  ]),
  // smtpd.c: a client that sends commands before the reply it must wait for (PIPELINING not negotiated)
  // breaks the protocol; postscreen's PREGREET is the same before the greeting.
  ...sourced('vdukhovni/postfix:postfix/src/smtpd/smtpd.c', [
    { cause: 'protocol_error', text: /\bimproper command pipelining after \w+ from\b/ },
    // The anvil limit on new TLS sessions refuses STARTTLS itself ("454 4.7.0 Error: too many new TLS sessions").
    { cause: 'auth_rate_limited', text: /\bRefusing STARTTLS request from \S+ for service\b/ },
  ]),
  ...sourced('vdukhovni/postfix:postfix/src/postscreen/postscreen_early.c', [
    { cause: 'protocol_error', text: /\bPREGREET \d+ after [\d.]+ from\b/ },
  ]),
  // Kerio Connect and others: data sent before the greeting is a client that does not wait its turn.
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/kerio', [
    { cause: 'protocol_error', text: /\bsent data before (the )?(SMTP )?greeting\b|\bdue to pre-greeting traffic\b/i },
    { cause: 'smtp_relay_denied', text: /\bRelay attempt from IP address \S+, .*\brejected\b/ },
    { cause: 'smtp_sender_rejected', text: /\bsender <[^>]*> rejected: sender domain does not exist\b/ },
    { cause: 'auth_bad_credentials', text: /\bFailed SMTP login from \S+ with SASL method\b/ },
    { cause: 'auth_account_locked', text: /\bIP address \S+ found in DNS blacklist\b/ },
  ]),
  // qmail's rblsmtpd and the badiprbl patch: the client's address is on a DNS blocklist.
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/qmail', [
    {
      cause: 'auth_account_locked',
      text: /\brblsmtpd: (\S+ pid \d+ \S+: [45]\d\d\b|\S+ blocked \S+)|\bbadiprbl: ip\b/,
    },
  ]),
  // Exim's smtp_in.c "dropped by <acl> ACL": an ACL that drops a client by a ban list (a country, a blocklist).
  ...sourced('Exim/exim:src/src/smtp_in.c', [
    { cause: 'auth_account_locked', text: /\bdropped by '\w+' ACL: .*\b(banned|blocked|blacklisted)\b/i },
  ]),
  // Sendmail's srvrsmtp.c counts repeated AUTH commands ("possible SMTP attack: command=AUTH"): logins that
  // keep failing. UW IMAP's "Login excessive login failures" ends the session after too many.
  ...sourced('hrs-allbsd/sendmail:sendmail/srvrsmtp.c', [
    { cause: 'auth_bad_credentials', text: /\bpossible SMTP attack: command=AUTH, count=\d+/ },
  ]),
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/uwimap-auth', [
    { cause: 'auth_rate_limited', text: /\bLogin excessive login failures\b/ },
  ]),
  // solid-pop3d (and other POP daemons) refuse root by policy, whatever the password.
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/solid-pop3d', [
    { cause: 'auth_account_locked', text: /\broot login not allowed\b/ },
  ]),
  // DNS blocklist hits as Sendmail's check_rcpt ("Rejected: IP in SpamCop blacklist"), Exim's dnslists ACL
  // ("found in dnsbl", "is in a black list at") and postscreen ("DNSBL rank N") say them: the address is blocked.
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/sendmail-reject', [
    {
      cause: 'auth_account_locked',
      text: anyOf(
        /\bRejected: IP in \S+ (blacklist|RBL|PBL|blocklist)\b|\bfound in dnsbl\b|\bis in a black ?list at\b/,
        /\bDNSBL rank \d+ for\b|\bBlocking \S+ - too much AUTH errors\b/,
      ),
    },
    // check_rcpt's temporary form (no PTR record for the client yet): still "log in or use your provider's server".
    { cause: 'smtp_relay_denied', text: /\bRelaying temporarily denied\b/ },
  ]),
  // Webmail front ends logging the IMAP login they tried for a user (Roundcube, Horde, SquirrelMail, OpenWebMail).
  ...sourced('fail2ban/fail2ban:fail2ban/tests/files/logs/horde', [
    {
      cause: 'auth_bad_credentials',
      text: /\bFAILED LOGIN for\b|\blogin error - (no such user\b|.*\bPassword incorrect\b)/i,
    },
  ]),
  // Dovecot's master process: a service at its process or client limit drops new clients, a mail process that
  // cannot start (out of memory, killed, throttled) or cannot open the user's mail storage fails every login.
  ...sourced('dovecot/core:src/master/service-monitor.c', [
    {
      cause: 'server_unavailable',
      text: anyOf(
        /\bservice\([\w-]+\): (process|client)_limit \(\d+\) reached, client connections are being dropped\b/,
        /\bservice\([\w-]+\): (command startup failed, throttling\b|child \d+ (returned error \d+|killed with signal))/,
        /\bMail storage autodetection failed\b|\bchdir\(\S+\) failed: Permission denied \(euid=/,
      ),
    },
  ]),
  // auth-request.c: the password database said yes but no user database knows the user, or the stored
  // password uses a scheme this Dovecot cannot check: a server set-up fault, whatever the user typed.
  ...sourced('dovecot/core:src/auth/auth-request.c', [
    {
      cause: 'server_unavailable',
      text: /\buser not found from any userdbs\b|\bInvalid password in passdb: Unknown scheme\b/,
    },
  ]),
  // Courier's libcouriertls: the client dropped during the server's TLS accept; the certificate's name did
  // not match; the server's own certificate file could not be read (its TLS fails for every client).
  ...sourced('svarshavchik/courier-libs:tcpd/libcouriertls.c', [
    { cause: 'tls_handshake_failed', text: /\bcouriertls: accept: Connection reset by peer\b/ },
    { cause: 'tls_cert_hostname_mismatch', text: /\bcouriertls: Mismatched SSL certificate: CN=/ },
    { cause: 'starttls_failed', text: /\bcouriertls: \S+\.(pem|crt|key): error:/ },
  ]),
  // Courier's tcpd (a blocked address dropped) and its IMAP/POP3 proxy logins (the backend's answers), and the
  // authdaemon not answering ("ERR: authentication error").
  ...sourced('svarshavchik/courier-libs:tcpd/tcpd.c', [
    { cause: 'auth_account_locked', text: /\bWARN: dropped blocked connection from\b/ },
  ]),
  ...sourced('svarshavchik/courier-libs:imap/imaplogin.C', [
    { cause: 'server_unavailable', text: /\bWARN: Did not receive greeting from\b|\bERR: authentication error\b/ },
    { cause: 'auth_bad_credentials', text: /\bWARN: Login (password|userid) rejected by\b/ },
  ]),
  // Cyrus pop3d's LOGIN-DELAY (RFC 2449): logins closer together than the server allows.
  ...sourced('cyrusimap/cyrus-imapd:imap/pop3d.c', [
    { cause: 'auth_rate_limited', text: /\bLogins must be at least \d+ minutes? apart\b/ },
  ]),
  // Cyrus tls.c: the server's certificate and key cannot be loaded, so STARTTLS fails for every client.
  ...sourced('cyrusimap/cyrus-imapd:imap/tls.c', [
    { cause: 'starttls_failed', text: /\bTLS server engine: cannot load cert\/key data\b/ },
  ]),
  // hMailServer: TCPServer refuses a client its IP ranges block (an auto-ban after failed logins, or a range
  // the admin closed); SslContextInitializer cannot load the server's certificate or key, so TLS fails.
  ...sourced('hmailserver/hmailserver:hmailserver/source/Server/Common/TCPIP/TCPServer.cpp', [
    {
      cause: 'auth_account_locked',
      text: /\bClient connection from \S+ was not accepted\. Blocked either by IP range\b/,
    },
  ]),
  ...sourced('hmailserver/hmailserver:hmailserver/source/Server/Common/TCPIP/SslContextInitializer.cpp', [
    { cause: 'starttls_failed', text: /\bFailed to load (certificate|certificate chain|private key) file\. Path: / },
  ]),
]
