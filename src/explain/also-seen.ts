// The causes a message has also turned out to be. Several causes are read from what happened (the greeting never
// came, the connection was cut, the login was refused), and the same event has other usual reasons: the threads in
// which people pasted such a message often ended elsewhere. Measured on the train half of the thread cases (rounds
// 12, 15, 16, 21, 25, 27 and 29-162: test/corpus/threads.md, thr2x.md … thr16x.md; 1,385 pastes), by what
// `explain` answered and how each thread ended; a cause is listed when at least two threads ended in it, most
// frequent first. Where the paste's context named the usual reason (root-cause-context.ts), the event it showed is
// listed first.
import type { CauseId } from '../model/cause-ids.js'

export const ALSO_SEEN: Partial<Record<CauseId, readonly CauseId[]>> = {
  // 16 threads: 8 the switch itself, 3 a TLS version one side no longer speaks (an old JavaMail), 2 a certificate for
  // other names (a local server reached as 127.0.0.1), 2 an expired certificate (a server's log of the handshake).
  starttls_failed: ['tls_old_protocol', 'tls_cert_hostname_mismatch', 'tls_cert_expired'],
  // 16 threads: 5 a cut, 3 the mode (a TLS client on a plaintext port cut by the server, or the other way round), 3 a
  // server's limit of connections per address (Courier's MAXPERIP under Thunderbird's cached connections).
  tcp_reset: ['tls_wrong_mode', 'auth_rate_limited'],
  // 55 threads: 18 a timeout, 16 a network that blocks every mail port, 4 a wrong or outdated host name, 4 a TLS
  // version one side no longer speaks (the connection attempt gave up on it), 3 a TLS mode at odds with the port (a
  // plaintext client on the implicit-TLS port 465 or 995, offered only there or where no port is named; an app that
  // could only do STARTTLS against a server that only did implicit TLS), 2 port 25 blocked (offered only when the
  // message names no other port: explain.ts), 2 a certificate the client would not trust (an app's generic "could not
  // connect" after it started checking certificates).
  tcp_timeout: [
    'firewall_all_ports_blocked',
    'wrong_server_name',
    'tls_old_protocol',
    'tls_wrong_mode',
    'port_25_blocked',
    'tls_cert_untrusted',
  ],
  // 56 threads: 48 a refusal, 4 a network or host that filters mail ports (a web host refusing the way out), 2 a
  // wrong host name (a server that runs nowhere near the name), 2 port 25 refused on the way out (a VPN's exit; offered
  // only when the message names no other port: explain.ts).
  tcp_refused: ['firewall_all_ports_blocked', 'wrong_server_name', 'port_25_blocked'],
  // 19 threads: 15 a sign-in to confirm on the provider's web page, 4 an app password.
  auth_web_login_required: ['auth_app_password_required'],
  // 11 threads, 2 of them Gmail answering a login it would not take with "Unrecognized command" / "Unknown command":
  // a sign-in that Google wanted confirmed on its web page first; 2 a server without STARTTLS answering the command
  // it does not know (MailHog's "500 Unrecognised command"); 2 a mechanism the server does not take (a Kerberos login
  // with no principal set, an AUTH answered "5.1.1 Command not recognized").
  protocol_error: ['auth_web_login_required', 'starttls_not_offered', 'auth_mechanism_unsupported'],
  // 28 threads: 24 a limit, 2 Yahoo's "(#AUTH005) Too many bad auth attempts" that ended in an app password (the
  // shared corpus reads that reply as the limit it names; nodemailer's and PHPMailer's maintainers name the account
  // password as the usual reason).
  auth_rate_limited: ['auth_app_password_required'],
  // 7 threads: 5 a protocol or cipher too old for one side.
  tls_handshake_failed: ['tls_old_protocol'],
  // 80 threads: 47 the password, 12 a mechanism the server does not offer (or offers and cannot do), 7 basic
  // authentication switched off, 6 an app password, 2 an OAuth token made for another account (Exchange Online
  // through sasl-xoauth2 and imapsync).
  auth_bad_credentials: [
    'auth_mechanism_unsupported',
    'auth_basic_auth_disabled',
    'auth_app_password_required',
    'auth_token_invalid',
  ],
  // 45 threads: 38 a login the server takes only over TLS, 6 a server that offers no login at all (a relay or a
  // test server that needs none: the fix was not to log in).
  auth_plaintext_disabled: ['auth_mechanism_unsupported'],
  // 67 threads: 42 an app password, 13 a sign-in that the provider wanted confirmed on its web page first (Gmail's
  // "less secure apps" years), 7 the password itself, 2 basic authentication switched off.
  auth_app_password_required: ['auth_web_login_required', 'auth_bad_credentials', 'auth_basic_auth_disabled'],
  // 111 threads: 103 a certificate no trusted authority signed, 5 an antivirus that reads the mail on its way, 2 a
  // certificate for another name (a bare "certificate verify failed").
  tls_cert_untrusted: ['tls_intercepted_by_antivirus', 'tls_cert_hostname_mismatch'],
  // 21 threads: 19 an expired certificate, 2 an outdated CA bundle on the client's side (a chain that newer roots
  // vouch for read as expired by an old bundle: Redmine's image, Sylpheed's bundled file).
  tls_cert_expired: ['tls_cert_untrusted'],
  // 65 threads: 63 a certificate for other names, 2 a self-signed one (made for the server's own name, not the one
  // used to connect).
  tls_cert_hostname_mismatch: ['tls_cert_untrusted'],
  // 155 threads: 146 a TLS mode at odds with the port, 4 a TLS version one side no longer speaks (Postfix's "unknown
  // protocol", SSLv3-era "unknown protocol" and "wrong version number" from old servers and printers), 2 a port of
  // another protocol altogether (an HTTPS client pointed at SMTP's port 25).
  tls_wrong_mode: ['tls_old_protocol', 'protocol_port_mismatch'],
  // 15 threads: 10 no route to the server, 2 a hosting provider that blocks outgoing mail (PHP's "Network is
  // unreachable" on a web host, a Docker host's Gmail timeouts).
  net_unreachable: ['firewall_all_ports_blocked'],
  // 24 threads: 19 a network that lets no mail port out, 2 a TLS mode at odds with the port (PHPMailer's bare
  // "SMTP connect() failed", which its troubleshooting page reads as a block first), 2 a timeout on one port only.
  firewall_all_ports_blocked: ['tls_wrong_mode', 'tcp_timeout'],
  // 14 threads: 10 the server out of service, 3 a limit it reached for this client (Exchange Online's "NO Server
  // Unavailable. 15" under throttling, a 421 "too many connections", node-imap's "System Error" under load).
  server_unavailable: ['auth_rate_limited'],
  // 63 threads: 61 a sender the server would not take, 2 a server that would not carry mail for a client that had
  // not logged in.
  smtp_sender_rejected: ['smtp_relay_denied'],
  // 54 threads: 48 mail the server would not carry for this client, 2 a sender it would not take (a blank sender at
  // SMTP2GO; Office 365's "not authenticated … during MAIL FROM" that its maintainer answered with the From address).
  smtp_relay_denied: ['smtp_sender_rejected'],
  // 27 threads: 24 port 25 blocked, 2 a network that lets out nothing but web ports (no mail port works).
  port_25_blocked: ['firewall_all_ports_blocked'],
  // 33 threads: 21 passwords switched off for mail programs, 3 an OAuth token refused where the paste did not show
  // the OAuth command (Exchange Online's "AUTHENTICATE failed" to a token for the wrong app or permissions), 2 a
  // sign-in the provider held until it was confirmed on its web page (Microsoft 365's interrupted sign-in, seen by
  // DavMail), 2 the password itself (Microsoft's 5.7.139 where the maintainer answered "probably a wrong password"),
  // 2 an app password (Office 365 IMAP logins that the maintainers of Mailspring and imapsync answered with two-step
  // verification and an app password).
  auth_basic_auth_disabled: [
    'auth_token_invalid',
    'auth_web_login_required',
    'auth_bad_credentials',
    'auth_app_password_required',
  ],
  // 26 threads: 20 a name that does not exist, 5 a resolver that failed (musl's "Name does not resolve" in a
  // container whose DNS was broken, as one thread read it).
  dns_nxdomain: ['dns_servfail'],
}
