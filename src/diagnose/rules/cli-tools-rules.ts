// Round 26a (issue 14): the error texts of command-line senders and sync programs (msmtp, sSMTP, s-nail, swaks,
// fetchmail, getmail6, offlineimap3, isync/mbsync, Postfix's SMTP client relaying through a provider) and of legacy
// Windows senders (CDO.Message, Delphi's Indy, the VB6 Winsock control), read from each program's source: what the
// code had just seen when it printed the string decides the cause (test/corpus/source-tables.jsonl holds the
// strings). Strings that say only "it failed" (CDO's "failed to connect", fetchmail's "Unknown login or
// authentication error", msmtp's read timeout) have no row. Two groups: rows whose wrapper changes what the reply
// it quotes means (an OAuth login whose 535 says "Username and Password not accepted"), read before the reply; and
// the programs' own sentences, read before the wider words of the general rows.
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { TRANSCRIPT_RULES } from './transcript-rules.js'

const MSMTP = 'marlam/msmtp:src/'
const FETCHMAIL = 'Distrotech/fetchmail:'
const ISYNC = 'gburd/isync:src/'
const INDY = 'IndySockets/Indy:Lib/Protocols/'
const CDO = 'https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526287(v=exchg.10)'

// A login by OAuth that the server refused: the token, whatever the quoted reply says of a password (Gmail answers
// a bad XOAUTH2 token with "535-5.7.8 Username and Password not accepted").
export const CLI_WRAPPER_RULES: ClassifierRule[] = [
  // smtp_auth_xoauth2() and smtp_auth_oauthbearer() when the server's answer is not 235.
  ...sourced(MSMTP + 'smtp.c', [
    { cause: 'auth_token_invalid', text: /\bauthentication failed \(method (XOAUTH2|OAUTHBEARER)\)/ },
  ]),
  // drv_imap.c's "IMAP command '%s' returned an error" for the AUTHENTICATE it sent.
  ...sourced(ISYNC + 'drv_imap.c', [
    {
      cause: 'auth_token_invalid',
      text: /\bIMAP command 'AUTHENTICATE (XOAUTH2|OAUTHBEARER)\b[^'\n]{0,40}' returned an error: NO\b/,
    },
  ]),
  // A session transcript (swaks, telnet, openssl s_client, a client's debug log) read as a whole.
  ...TRANSCRIPT_RULES,
]

export const CLI_TOOL_RULES: ClassifierRule[] = [
  // msmtp's smtp.c and msmtp.c: no mechanism both sides can use (with TLS active), none that keeps the password
  // off an unencrypted channel (TLS off), no AUTH at all; the envelope sender refused; an empty reply line.
  ...sourced(MSMTP + 'smtp.c', [
    { cause: 'auth_mechanism_unsupported', text: /\bcannot find a usable authentication method\b/ },
    { cause: 'no_encryption_available', text: /\bcannot use a secure authentication method\b/ },
    {
      source: MSMTP + 'msmtp.c',
      cause: 'auth_mechanism_unsupported',
      text: /\bthe server does not support authentication\b/,
    },
    { cause: 'smtp_sender_rejected', text: /\benvelope from address \S+ not accepted by the server\b/ },
    { cause: 'protocol_error', text: /\bthe server sent an empty reply\b/ },
  ]),
  // msmtp's TLS layer: GnuTLS's verification status for a name mismatch (it also says "NOT trusted", which the
  // general rows read as an untrusted issuer), no certificate at all, a TLS session cut after the handshake.
  ...sourced(MSMTP + 'mtls-gnutls.c', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bThe name in the certificate does not match the expected\b/ },
    {
      source: MSMTP + 'mtls-openssl.c',
      cause: 'tls_handshake_failed',
      text: /\bTLS certificate (check|verification) failed: no certificate was sent\b/,
    },
    {
      source: MSMTP + 'mtls-openssl.c',
      cause: 'tcp_reset',
      text: /\bcannot (read from|write to) TLS connection: (the connection was closed unexpectedly|a protocol violating EOF)/,
    },
  ]),
  // fetchmail: socket.c's chain check, imap.c's and pop3.c's STARTTLS/STLS (sent even when not advertised, if TLS
  // is mandatory), the authenticators it cannot use, driver.c's SSLOpen() failure (after any certificate line).
  ...sourced(FETCHMAIL + 'socket.c', [
    { cause: 'tls_cert_untrusted', text: /\bBroken certification chain at: / },
    {
      source: FETCHMAIL + 'imap.c',
      cause: 'starttls_failed',
      text: /: (opportunistic )?upgrade to TLS failed\b/,
    },
    {
      source: FETCHMAIL + 'pop3.c',
      cause: 'starttls_not_offered',
      text: /\bTLS is mandatory for this session, but server refused CAPA command\b/,
    },
    {
      source: FETCHMAIL + 'imap.c',
      cause: 'auth_mechanism_unsupported',
      text: /\bRequired [\w-]+ capability not supported by server\b|\bRequired APOP timestamp not found in greeting\b/,
    },
    {
      source: FETCHMAIL + 'driver.c',
      cause: 'tls_handshake_failed',
      text: /\bfetchmail: SSL connection failed\b/,
      unless: /certificate|CommonName|fingerprint|OpenSSL reported/i,
    },
  ]),
  // isync/mbsync: socket.c's lookup and plain socket reads; drv_imap.c's LOGINDISABLED, a required STARTTLS the
  // server does not offer, CRAM-MD5 required but missing, a greeting that is neither OK nor PREAUTH.
  ...sourced(ISYNC + 'socket.c', [
    { cause: 'dns_nxdomain', text: /\bIMAP error: Cannot resolve server '/ },
    { cause: 'tls_handshake_failed', text: /^Error, no server certificate$/m },
    {
      cause: 'tcp_reset',
      text: /\bSocket error: (read from|write to) \S+( \([^)\n]{1,60}\))?: (unexpected EOF|Connection reset by peer)/,
    },
    {
      source: ISYNC + 'drv_imap.c',
      cause: 'auth_plaintext_disabled',
      text: /\bSkipping account \S+, server forbids LOGIN\b/,
    },
    { source: ISYNC + 'drv_imap.c', cause: 'starttls_not_offered', text: /\bIMAP error: SSL support not available\b/ },
    {
      source: ISYNC + 'drv_imap.c',
      cause: 'auth_mechanism_unsupported',
      text: /\bCRAM-MD5 authentication is not supported by server\b/,
    },
    { source: ISYNC + 'drv_imap.c', cause: 'protocol_error', text: /\bIMAP error: unknown greeting response\b/ },
  ]),
  // swaks's "***" lines (ptrans(12, …)): STARTTLS not in the EHLO answer or refused, no AUTH or not the requested
  // mechanism, every mechanism refused, the peer gone. A quoted "<** 535 …" reply is read before. No AUTH in the EHLO
  // answer at all (do_smtp_auth's result 1) is read as Python's "SMTP AUTH extension not supported by server" is: a
  // server that offers its login only once TLS is up (Postfix's smtpd_tls_auth_only, Haraka); swaks says it with or
  // without its "***" when a log or a thread quotes it.
  ...sourced('jetmore/swaks:swaks', [
    { cause: 'starttls_not_offered', text: /\*\*\* Host did not advertise STARTTLS\b/ },
    { cause: 'starttls_failed', text: /\*\*\* STARTTLS attempted but failed\b/ },
    { cause: 'auth_plaintext_disabled', text: /^(?:\*\*\* )?Host did not advertise authentication\b/m },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\*\*\* Auth not attempted, (requested type not|no advertised types) available/,
    },
    { cause: 'auth_bad_credentials', text: /\*\*\* No authentication type succeeded\b/ },
    { cause: 'tcp_reset', text: /\*\*\* Remote host closed connection unexpectedly\b/ },
  ]),
  // Postfix's SMTP client on a relayhost's port 465 without smtp_tls_wrappermode: it waits for a greeting the
  // implicit-TLS server never sends in clear (smtp_trouble.c's "… while receiving the initial server greeting").
  ...sourced('vdukhovni/postfix:postfix/src/smtp/smtp_trouble.c', [
    {
      cause: 'tls_wrong_mode',
      text: /\brelay=[^,\s]+:465,.*\b(conversation with \S+ timed out|lost connection with \S+) while receiving the initial server greeting\b/,
    },
  ]),
  // The same mistake as Postfix itself says it, before it connects (smtp_connect.c, with helpful_warnings on).
  ...sourced('vdukhovni/postfix:postfix/src/smtp/smtp_connect.c', [
    {
      cause: 'tls_wrong_mode',
      text: /\bSMTPS wrappermode \(TCP port 465\) requires setting "(smtp|lmtp)_tls_wrappermode = yes"/,
    },
  ]),
  // offlineimap3's imapserver.py: a gaierror, ECONNREFUSED, and its own certificate checks.
  ...sourced('OfflineIMAP/offlineimap3:offlineimap/imapserver.py', [
    { cause: 'dns_nxdomain', text: /\bCould not resolve name '[^'\n]+' for repository\b/ },
    { cause: 'tcp_refused', text: /\bConnection to host '[^'\n]+' for repository '[^'\n]+' was refused\b/ },
    {
      cause: 'tls_cert_hostname_mismatch',
      text: /\bCA Cert verifying failed: +no (matching domain name|commonName) found in certificate\b/,
    },
    { cause: 'tls_handshake_failed', text: /\bCA Cert verifying failed: +no certificate received\b/ },
    // OpenSSL's "unknown protocol" on a port other than 993: TLS spoken to a plaintext service.
    {
      cause: 'tls_wrong_mode',
      text: /\bCould not connect via SSL to host '[^'\n]*' and non-standard ssl port \d+ configured\b/,
    },
  ]),
  // Perl's Authen::SASL::Perl when none of the server's mechanisms has a module installed (Net::SMTP's auth(): OTOBO,
  // git send-email without Authen::SASL's XOAUTH2).
  ...sourced('gbarr/perl-authen-sasl:lib/Authen/SASL/Perl.pm', [
    { cause: 'auth_mechanism_unsupported', text: /\bNo SASL mechanism found\b/ },
  ]),
  // getmail6's EAI_FAIL (getmailDnsServerFailure): the DNS server failed, the name may well exist.
  ...sourced('getmail6/getmail6:getmailcore/_retrieverbases.py', [
    { cause: 'dns_servfail', text: /\bDNS server failure looking up address for\b/ },
  ]),
  // sSMTP's smtp_open() (syslog "sSMTP[pid]: …"): the STARTTLS upgrade, the implicit-TLS connect, the lookup.
  ...sourced('ajwans/sSMTP:ssmtp.c', [
    { cause: 'starttls_failed', text: /\b(sSMTP\[\d+\]|ssmtp): STARTTLS not working\b/i },
    { cause: 'tls_handshake_failed', text: /\b(sSMTP\[\d+\]|ssmtp): SSL not working\b/i },
    { cause: 'dns_nxdomain', text: /\b(sSMTP\[\d+\]|ssmtp|sendmail): Unable to locate \S+/i },
  ]),
  // s-nail's net-smtp.c: an authentication that needs TLS on a session without it, AUTH without EHLO, the server
  // closing the session before a full reply line.
  ...sourced('sdaoden/s-mailx:src/mx/net-smtp.c', [
    { cause: 'no_encryption_available', text: /\bSMTP authentication \S+ needs TLS\b/ },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bSMTP server incapable of EHLO, the chosen authentication is not possible\b/,
    },
    { cause: 'tcp_reset', text: /^Unexpected EOF on SMTP connection$/m },
  ]),
  // CDO for Windows 2000's CdoErrorCodes: CDO_E_LOGON_FAILURE (0x80040217, also as the transport error code of
  // 0x80040211) and CDO_E_CONNECTION_DROPPED (0x80040212).
  ...sourced(CDO, [
    {
      cause: 'auth_bad_credentials',
      text: /\btransport error code was 0x80040217\b|\bThe transport was unable to log on to the server\b/i,
    },
    { cause: 'tcp_reset', text: /\bThe transport lost its connection to the server\b/ },
  ]),
  // Indy: EIdConnClosedGracefully (the peer closed the socket), EIdOSSLConnectError with no OpenSSL reason after
  // it, and the explicit-TLS framework (IdExplicitTLSClientServerBase.pas) around STARTTLS; SASL with nothing in
  // common (IdSASLCollection.pas).
  ...sourced('IndySockets/Indy:Lib/System/IdResourceStrings.pas', [
    { cause: 'tcp_reset', text: /\bConnection Closed Gracefully\b|\bEIdConnClosedGracefully\b/ },
  ]),
  ...sourced(INDY + 'IdResourceStringsProtocols.pas', [
    {
      cause: 'tls_handshake_failed',
      text: anyOf(
        /\bError connecting with SSL\.?(?='?\.?\s*$)/,
        /\bEOF was observed that violates the protocol\b/,
        /\bEIdOSSLConnectError\b(?!.*\berror:[0-9A-F]{8}:)/,
      ),
    },
    { cause: 'starttls_failed', text: /^SSL negotiation failed\.$|\bEIdTLSClientTLSHandShakeFailed\b/m },
    { cause: 'starttls_not_offered', text: /\bSSL is not available on this server\b|\bEIdTLSClientTLSNotAvailable\b/ },
    { cause: 'starttls_failed', text: /\bStart SSL negotiation command failed\b|\bEIdTLSClientTLSNegCmdFailed\b/ },
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bDoesn't support AUTH or the specified SASL handlers\b|\bEIdSASLNotSupported\b/,
    },
  ]),
  // The VB6 Winsock control's texts for WSAECONNREFUSED (10061), WSAECONNABORTED (10053), WSAECONNRESET (10054): its
  // ErrorConstants descriptions, as VB6 programs' constant tables quote them (sckConnectionRefused …); the page cited
  // gives the WinSock numbers they stand for.
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    { cause: 'tcp_refused', text: /\bConnection is forcefully rejected\b/ },
    {
      cause: 'tcp_reset',
      text: /\bConnection is aborted due to timeout or other failure\b|\bConnection is reset by remote side\b/,
    },
  ]),
]
