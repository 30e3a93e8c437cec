// Round 11b, third pass: Jakarta/Angus Mail's (JavaMail's) exception messages read whole from its providers,
// and MailKit's command exceptions around STARTTLS. Read with the early .NET rows (dotnet-rules.ts), before
// the generic certificate, handshake and connection rows, because their own words name the step that failed.
import { IMPLICIT_TLS_PORTS } from './mode-rules.js'
import { sourced, type ClassifierRule } from './rule.js'

const ANGUS = 'eclipse-ee4j/angus-mail:'
const EXO_SMTP_AUTH =
  'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/' +
  'authenticated-client-smtp-submission'

export const LIBRARY_SWEEP_RULES: ClassifierRule[] = [
  // SMTPTransport without mail.smtp.ssl.enable on an implicit-TLS port: the connection opens, the greeting
  // never comes in plain text, and the read times out.
  ...sourced(ANGUS + 'providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java', [
    { cause: 'tls_wrong_mode', port: IMPLICIT_TLS_PORTS, text: /\bSocketTimeoutException: Read timed out\b/ },
    // readServerResponse() returns -1 when the stream ends: the server closed before its greeting.
    { cause: 'tcp_reset', text: /\bCould not start protocol to SMTP host: .*\bresponse: -1\b/ },
  ]),
  // SocketFetcher: the certificate's issuer is not in mail.<proto>.ssl.trust.
  ...sourced(ANGUS + 'core/src/main/java/org/eclipse/angus/mail/util/SocketFetcher.java', [
    { cause: 'tls_cert_untrusted', text: /\bServer is not trusted: \S+/ },
  ]),
  // IMAPProtocol: LOGINDISABLED and no usable AUTH mechanism (no TLS yet); its STARTTLS that failed.
  ...sourced(ANGUS + 'providers/imap/src/main/java/org/eclipse/angus/mail/imap/protocol/IMAPProtocol.java', [
    { cause: 'auth_plaintext_disabled', text: /\bNo login methods supported!/ },
    { cause: 'starttls_failed', text: /\bProtocolException: STARTTLS failure\b/ },
  ]),
  // POP3 Protocol: STLS required (mail.pop3.starttls.required) but not offered, or offered and failed; a
  // stream that ended; a greeting of another protocol ("* OK" of IMAP, "220" of SMTP).
  ...sourced(ANGUS + 'providers/pop3/src/main/java/org/eclipse/angus/mail/pop3/Protocol.java', [
    { cause: 'starttls_not_offered', text: /\bSTLS required but not supported\b/ },
    { cause: 'starttls_failed', text: /\bSTLS required but failed\b/ },
    { cause: 'tcp_reset', text: /\bEOFException: EOF on socket\b/ },
    { cause: 'protocol_port_mismatch', text: /\bIOException: Unexpected response: (\* (OK|BYE|PREAUTH)\b|\d{3}[ -])/ },
  ]),
  // MailKit sends STARTTLS only when the server offers it: a NO or BAD to it is a failed upgrade.
  ...sourced('jstedfast/MailKit:MailKit/Net/Imap/ImapCommandException.cs', [
    { cause: 'starttls_failed', text: /\breplied to the 'STARTTLS' command with a '(NO|BAD)' response\b/ },
  ]),
  // Exchange Online's 5.7.139 names SMTP AUTH switched off; SmtpClient's and Send-MailMessage's wrappers quote
  // it after their own "5.7.57 Client not authenticated", which alone would read as a relay refusal.
  ...sourced(EXO_SMTP_AUTH, [
    {
      cause: 'auth_basic_auth_disabled',
      text: /\b5\.7\.139 Authentication unsuccessful, (SmtpClientAuthentication|basic authentication) is disabled\b/,
    },
    // The same wrappers quoting the refused AUTH itself ("… 5.7.57 Client not authenticated to send mail. Error: 535
    // 5.7.3 Authentication unsuccessful"): the login failed first, and the relay refusal followed from it.
    { cause: 'auth_bad_credentials', text: /\b5\.7\.57\b[\s\S]{0,200}?\b535[ -]5\.7\.3 Authentication unsuccessful\b/ },
  ]),
  // PHPMailer's 'authenticate' in its es and pt language files (the others' words are read by the general rows).
  ...sourced('PHPMailer/PHPMailer:language/phpmailer.lang-es.php', [
    { cause: 'auth_bad_credentials', text: /\bImposible autentificar\b|\bFalha na autenticação\b/ },
  ]),
  // Symfony's SmtpTransport when the greeting read came back empty: the server closed the connection first.
  ...sourced('symfony/mailer:Transport/Smtp/SmtpTransport.php', [
    { cause: 'tcp_reset', text: /\bExpected response code "220" but got code "", with message ""/ },
  ]),
]
