// Round 19 (issue 14): message families read from the TRAIN half of round 16's thread cases (thr16-). Each row is
// the whole family of messages a library, client or server prints for one meaning, read from its source (the
// strings in test/corpus/source-tables.jsonl), not one thread's words.
import type { Protocol } from '../../model/types.js'
import { MAIL_PROTOCOLS, STANDARD_PORTS } from '../../protocols/index.js'
import { IMPLICIT_TLS_PORTS, JAVAMAIL_NO_GREETING } from './mode-rules.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { GREETING_SILENCE } from './tls-rules.js'

const K9_IMAP = 'thunderbird/thunderbird-android:mail/protocols/imap/src/main/java/com/fsck/k9/mail/store/imap/'
const K9_SMTP = 'thunderbird/thunderbird-android:mail/protocols/smtp/src/main/java/com/fsck/k9/mail/transport/smtp/'

// Read on the whole text before the reply it quotes: a login "failure" whose server answer is the EHLO's 250 was
// never answered by an AUTH reply at all. Net_SMTP's auth() gives up with "SMTP server does not support
// authentication" when EHLO lists no AUTH, and Roundcube (rcube_smtp.php) shows smtpautherror with the code of the
// last reply, the EHLO's 250, in every locale ("SMTP Error (250): Authentication failed.", "SMTP Fehler (250): Die
// Authentisierung ist fehlgeschlagen.", "Erro SMTP (250): Falha na autenticação."). PHPMailer's
// SMTP::authenticate() refuses for the same reason with "Authentication is not allowed at this stage", which its
// source glosses as "auth may be allowed after STARTTLS". Servers hide AUTH until STARTTLS (Postfix
// smtpd_tls_auth_only, Gmail on 587): the login was tried before TLS. A 535 in the same message is a refused
// password and keeps its own meaning.
export const THREAD16_WRAPPER_RULES: ClassifierRule[] = [
  ...sourced('roundcube/roundcubemail:program/lib/Roundcube/rcube_smtp.php', [
    {
      cause: 'auth_plaintext_disabled',
      text: /\bSMTP(\S*| \S+)? ?\(250\) ?:? ?.{0,30}(auth?enti|认证)/i,
    },
  ]),
  ...sourced('PHPMailer/PHPMailer:src/SMTP.php', [
    { cause: 'auth_plaintext_disabled', text: /\bAuthentication is not allowed at this stage\b/i },
    { cause: 'auth_plaintext_disabled', text: /\b(authentication|login|auth) (failed|failure|error)\W{0,4}250[- ]/i },
  ]),
]

/** The standard ports of the protocols other than this one (an IMAP client on 995 or 587 reached the wrong one). */
const otherPorts = (protocol: Protocol): number[] =>
  STANDARD_PORTS.filter((p) => p.protocol !== protocol).map((p) => p.port)

// A .NET timeout's message, then (within the same trace) the frame it was thrown under.
const TIMED_OUT = /\b(timed out|TimeoutException)\b[\s\S]{0,2000}/

// Read with the mail programs' and libraries' tables, before the TLS rows' wider words.
export const THREAD16_TRANSPORT_RULES: ClassifierRule[] = [
  // Android's stock Email app and the Gmail app (MailTransport.verifyHostname) throw SSLPeerUnverifiedException
  // "Certificate hostname not useable for server: <host>" when the certificate is for other names.
  ...sourced('aosp-mirror/platform_packages_apps_email:src/com/android/email/mail/transport/MailTransport.java', [
    { cause: 'tls_cert_hostname_mismatch', text: /\bCert(ificate)? hostname not useable for server\b/i },
  ]),
  // Qt's QSslError::errorString() (QSslSocket, and the SMTP/IMAP clients built on it): the chain does not reach a
  // trusted root, or a certificate in it cannot be checked. OpenSSL's X509_V_ERR_* under Qt's own words; the
  // expiry, validity and host-name sentences are read by the certificate rows.
  ...sourced('qt/qtbase:src/network/ssl/qsslerror.cpp', [
    {
      cause: 'tls_cert_untrusted',
      text: anyOf(
        /\bThe issuer certificate (of a locally looked up certificate )?could not be found\b/,
        /\bThe (root certificate of the certificate chain|certificate) is self-signed, and untrusted\b/,
        /\bNo certificates could be verified\b|\bOne of the CA certificates is invalid\b/,
        /\bThe root CA certificate is marked to reject the specified purpose\b/,
        /\bThe certificate signature could not be decrypted\b|\bThe signature of the certificate is invalid\b/,
      ),
    },
  ]),
  // MailKit's PostConnect reads the greeting right after the socket (and, for SslOnConnect, the TLS handshake)
  // is up: SmtpClient through SmtpStream.ReadResponse, ImapClient and Pop3Client through their engine's Connect.
  // A read that times out there on an implicit-TLS port is plain text spoken to a server waiting for a
  // ClientHello (StartTls or None chosen for 465/993/995; Auto picks SslOnConnect on those ports).
  ...sourced('jstedfast/MailKit:MailKit/Net/Smtp/SmtpClient.cs', [
    {
      cause: 'tls_wrong_mode',
      port: IMPLICIT_TLS_PORTS,
      text: new RegExp(
        `${TIMED_OUT.source}\\bSmtpStream\\.ReadResponse\\b[^\\n]*\\n\\s*` +
          'at MailKit\\.Net\\.Smtp\\.SmtpClient\\.PostConnect\\b',
      ),
    },
    {
      cause: 'tls_wrong_mode',
      port: IMPLICIT_TLS_PORTS,
      text: new RegExp(
        `${TIMED_OUT.source}\\bat MailKit\\.Net\\.(Imap\\.ImapEngine|Pop3\\.Pop3Engine)\\.Connect(Async)?\\b`,
      ),
    },
  ]),
  // A client left waiting on another protocol's standard port (an IMAP client on POP3's 995): the server there
  // greets in its own protocol, which the client does not take for a greeting, and it times out. node-imap's
  // authTimeout ("Timed out while authenticating with server", source 'timeout-auth') and the greeting timers.
  ...sourced(
    'mscdex/node-imap:lib/Connection.js',
    Object.values(MAIL_PROTOCOLS).map((p) => ({
      cause: 'protocol_port_mismatch',
      protocolKnown: true,
      protocol: [p.name],
      port: otherPorts(p.name),
      text: anyOf(/\bTimed out while authenticating with server\b/, GREETING_SILENCE),
    })),
  ),
  // JavaMail/Angus Mail's SMTP client on another protocol's plaintext port (an IMAP server's "* OK" on 143): the
  // greeting it read is no SMTP reply, "Could not connect to SMTP host: h, port: p, response: -1". On 993 and 995 the
  // server says nothing until TLS: that silence is the mode's (mode-rules.ts).
  ...sourced('eclipse-ee4j/angus-mail:providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java', [
    {
      cause: 'protocol_port_mismatch',
      protocolKnown: true,
      protocol: ['smtp'],
      port: otherPorts('smtp').filter((port) => !IMPLICIT_TLS_PORTS.includes(port)),
      text: JAVAMAIL_NO_GREETING,
    },
  ]),
  // Go's net/smtp PlainAuth (and gomail's LOGIN/NTLM auths) refuse to send the password on a connection that is
  // not TLS: "unencrypted connection". SendMail (and gomail's Dialer) start TLS whenever EHLO offers STARTTLS,
  // so the error means this port offered no encryption at all.
  ...sourced('golang/go:src/net/smtp/auth.go', [
    { cause: 'no_encryption_available', text: /(^|["'`(]|\bgomail: |: )unencrypted connection\b/m },
  ]),
]

// Read before the login rows' generic words.
export const THREAD16_AUTH_RULES: ClassifierRule[] = [
  // Thunderbird for Android / K-9 (ImapAuthenticator): the mechanism chosen in the settings is not in CAPABILITY.
  // (Its SMTP "Authentication method X is unavailable" is read by the mechanism words.)
  ...sourced(`${K9_IMAP}ImapConnection.java`, [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bServer doesn't support (encrypted passwords using CRAM-MD5|SASL XOAUTH2)\b/i,
    },
  ]),
  // Its SMTP transport refuses to send the password for the obsolete AUTOMATIC setting on a connection that is not
  // encrypted when the server offers no CRAM-MD5 ("Update your outgoing server authentication setting. AUTOMATIC
  // auth. is unavailable."): no encrypted way to log in, not an unavailable server.
  ...sourced(`${K9_SMTP}SmtpTransport.java`, [
    { cause: 'no_encryption_available', text: /\bAUTOMATIC auth\. is (unavailable|unsupported)\b/i },
  ]),
]
