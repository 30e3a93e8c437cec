// What sockets, resolvers and TLS libraries say, and what it means: codes first, then wording (clients' too).
import type { Protocol } from '../../model/types.js'
import { MAIL_PROTOCOLS } from '../../protocols/index.js'
import { CAPABILITY_MISSING, TOO_MANY } from './auth-words.js'
import { anyOf, sourced, type ClassifierRule } from './rule.js'
import { SERVER_STARTTLS_REFUSALS } from './server-reply-rules.js'
import { AFTER_TLS_LOG_RULES, EARLY_LOG_RULES, POPLIB_WRAPPER_RULES } from './log-rules.js'
import { SERVER_LOG_RULES, WRAPPER_LOG_RULES } from './server-log-rules.js'
import { AFTER_TLS_DOTNET_RULES, EARLY_DOTNET_RULES, WRAPPER_DOTNET_RULES } from './dotnet-rules.js'
import { CURL_RULES } from './curl-rules.js'
import {
  CLIENT_SWEEP_RULES,
  CLIENT_SWEEP_RULES_2,
  CLIENT_SWEEP_RULES_3,
  CLIENT_SWEEP_RULES_4,
} from './client-sweep-rules.js'
import { CLIENT_SWEEP_RULES_5 } from './client-sweep-rules-5.js'
import { CERTIFICATE_RULES, HANDSHAKE_RULES } from './tls-rules.js'
import { CONNECTION_RULES } from './connection-rules.js'
import { THREAD_TLS_RULES, THREAD_WRAPPER_RULES } from './thread-rules.js'
import { REGIONAL_TRANSPORT_RULES } from './regional-rules.js'
import { MODE_RULES } from './mode-rules.js'
import { THREAD16_TRANSPORT_RULES, THREAD16_WRAPPER_RULES } from './thread16-rules.js'
import { EXCEPTION_MESSAGE_RULES } from './exception-rules.js'
import { CLI_TOOL_RULES, CLI_WRAPPER_RULES } from './cli-tools-rules.js'
import { DNS_RULES } from './dns-rules.js'

// A STARTTLS out of sequence (503, Sendmail's "503 5.5.0 TLS not available"), not implemented (502) or refused for
// good (Courier's "540 TLS not available."): this session offers no TLS, whatever the words say about availability.
const STARTTLS_REFUSED: ClassifierRule[] = sourced('hrs-allbsd/sendmail:sendmail/srvrsmtp.c', [
  {
    cause: 'starttls_not_offered',
    smtpCode: [502, 503, 540],
    text: /\b(STARTTLS|TLS)\b.{0,20}\bnot (available|offered|advertised)\b/i,
  },
])

const STARTTLS: ClassifierRule[] = sourced('python/cpython:Lib/smtplib.py', [
  {
    cause: 'starttls_failed',
    stage: ['starttls'],
    text: anyOf(
      /TLS (is )?(not available|unavailable|initiali[sz]ation failed|negotiation failed|handshake failed)/,
      /error upgrading connection|unable to (initiali[sz]e|start) TLS|STARTTLS failed/,
    ),
  },
  {
    cause: 'starttls_failed',
    text: anyOf(
      /error upgrading connection with STARTTLS|TLS not available due to|disabling TLS support/,
      // Cyrus imapd's "NO Error initializing TLS" after the STARTTLS it accepted.
      /\berror initiali[sz]ing (TLS|SSL)\b/,
      // Postfix smtpd (smtpd.c) started without a usable certificate: STARTTLS cannot work.
      /No server certs available\. TLS won't be enabled/,
      /STARTTLS (fehlgeschlagen|a échoué|ha fallado|non riuscito)/,
    ),
  },
  // The libraries' own words for an upgrade that went wrong: Angus/Jakarta Mail's SMTPTransport.startTLS,
  // Symfony's EsmtpTransport, camel's "STARTTLS command failed" (certificate reasons are read before this).
  ...sourced('eclipse-ee4j/angus-mail:providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java', [
    {
      cause: 'starttls_failed',
      text: /could not convert socket to TLS|unable to connect with STARTTLS|STARTTLS command failed/i,
    },
  ]),
  // imapflow's and aiosmtplib's upgrade that timed out or lost the socket mid-handshake.
  ...sourced('postalsys/imapflow:lib/imap-flow.js', [
    {
      cause: 'starttls_failed',
      text: /failed to upgrade connection|closed during TLS upgrade|UPGRADE_TIMEOUT|while upgrading transport/i,
    },
  ]),
  // Not a limit on new TLS sessions (Postfix's "454 4.7.0 Error: too many new TLS sessions from …").
  { cause: 'starttls_failed', stage: ['starttls'], stageKnown: true, smtpCode: [454], unless: TOO_MANY },
  ...sourced('GNOME/evolution-data-server:po/fr.po', [
    // camel's "Failed to issue STARTTLS" (the command was sent and went wrong) in en, fr, it, de, es.
    {
      cause: 'starttls_failed',
      text: anyOf(
        /failed to issue STARTTLS|impossible d.émettre STARTTLS|emissione STARTTLS non riuscita/,
        /Fehler bei der Ausgabe von STARTTLS|fall[óo] al emitir STARTTLS/,
      ),
    },
  ]),
  // NeoMutt with $ssl_force_tls: the server offered no STARTTLS, so no encrypted session (imap/imap.c, pop/lib.c);
  // read before the word "unavailable" reads as a server in maintenance.
  ...sourced('neomutt/neomutt:imap/imap.c', [
    { cause: 'starttls_not_offered', text: /\bEncrypted connection unavailable\b/i },
    // After STARTTLS was accepted, the TLS handshake failed (imap/imap.c, pop/lib.c, send/smtp.c).
    { cause: 'starttls_failed', text: /\bCould not negotiate TLS connection\b/i },
  ]),
  // openssl s_client -starttls: the EHLO/CAPABILITY answer had no STARTTLS (older builds print it lower-case).
  ...sourced('openssl/openssl:apps/s_client.c', [
    { cause: 'starttls_not_offered', text: /\bdidn't find STARTTLS in server response\b/i },
  ]),
  // Postfix's SMTP client under a TLS policy: the relay did not offer STARTTLS ("… but was not offered by host").
  ...sourced('vdukhovni/postfix:postfix/src/smtp/smtp_proto.c', [
    { cause: 'starttls_not_offered', text: /TLS is required, but was not offered/i },
  ]),
  ...sourced('thunderbird/thunderbird-android:feature/account/server/validation/src/main/res/values-fr/strings.xml', [
    // Thunderbird for Android names the capability the server lacks, after its words for "missing".
    { cause: 'starttls_not_offered', text: new RegExp(`(?:${CAPABILITY_MISSING.source})\\W*(STARTTLS|STLS)\\b`, 'i') },
  ]),
  {
    cause: 'starttls_not_offered',
    text: anyOf(
      /(does not|doesn't|not) supports? (STARTTLS|STLS|TLS)/,
      // imaplib's "TLS not supported by server", poplib's "STLS not supported by server" (python/cpython:Lib),
      // MailKit's "does not support the STARTTLS/STLS extension" (MailKit/Net/Smtp/SmtpClient.cs).
      /\b(TLS|STLS|STARTTLS) not supported by server|does not support the (STARTTLS|STLS) extension/,
      /(STARTTLS|STLS)( extension)?( is)? not (supported|offered|advertised|available|enabled)/,
      /TLS support (isn't|is not) (enabled|available)|TLS (is )?not (enabled|configured)|no STARTTLS/,
      /\bETLS\b|doesn't advertise that feature|non supporta questa funzione|Requested SSL level failed/,
      /does not support secure connection|STARTTLS connection security not available/,
      // Thunderbird's startTlsFailed in de, fr, es and zh-CN: the server does not announce it.
      /STARTTLS.{0,120}(diese Funktion nicht angibt|ne propose pas cette|no anuncia ese|不宣称支持)/,
      // A server that does not know it: "500 5.5.1 Unrecognized command: STARTTLS", "-ERR Unknown command: STLS".
      /(unrecognized|unknown|unsupported|not implemented|invalid) command:? "?(STARTTLS|STLS)\b/,
      /\bcommand (unrecognized|not recognized|unknown|not implemented):? "?(STARTTLS|STLS)\b/,
      /unterstützt kein(e|en)? (STARTTLS|STLS|TLS)|ne (prend pas en charge|supporte pas) (le )?STARTTLS/,
      /no (admite|soporta|es compatible con) STARTTLS|non supporta (il comando )?STARTTLS/,
      // camel's "STARTTLS not supported" / "STLS not supported by server" in de, fr, es, it.
      /(STARTTLS|STLS)\b.{0,30}(nicht unterstützt|non supportat|non pris en charge|no soportad)/,
      /no (se )?(soporta|admite) (la )?(STARTTLS|STLS)\b/,
    ),
    // A server's own "NO STARTTLS is required" (hMailServer) offers it and wants it first; a client's "STARTTLS is
    // required but host does not support STARTTLS" is still a missing STARTTLS.
    unless: /^\s*([45]\d\d[ -]|(\S+ )?(NO|BAD)\b|-ERR\b).*\b(STARTTLS|STLS)( command)? is required\b/i,
  },
  { cause: 'starttls_failed', stage: ['starttls'], stageKnown: true, imapCode: ['UNAVAILABLE'] },
])

// The protocol a port speaks, seen in what came back (a known protocol judged against the text).
/** The other protocols' quoted greetings, as one pattern (case kept: "* ok" is no greeting). */
const otherGreetings = (protocol: Protocol): RegExp =>
  new RegExp(
    Object.values(MAIL_PROTOCOLS)
      .filter((p) => p.name !== protocol)
      .map((p) => `(?:${p.inText.greeting.source})`)
      .join('|'),
  )
const GREETING_OF = (protocol: string) => ({
  protocolKnown: true,
  protocol: [protocol],
  stage: ['greeting', 'capabilities', 'tcp'],
})
const GREETING: ClassifierRule[] = sourced('python/cpython:Lib/imaplib.py', [
  {
    cause: 'protocol_port_mismatch',
    text: anyOf(
      /invalid greeting|unexpected token in IMAP greeting|not an? (IMAP4?|POP3?|SMTP)( mail)? server/,
      /kein IMAP4|pas un serveur de type IMAP4|no es un servidor de correo IMAP4|不是 IMAP4/,
      /non è un server IMAP4?|wrong protocol|unexpected response: b?'?\d{3} /,
    ),
  },
  // Another protocol's greeting quoted where this protocol's was expected.
  ...Object.values(MAIL_PROTOCOLS).map((p) => ({
    cause: 'protocol_port_mismatch' as const,
    ...GREETING_OF(p.name),
    text: otherGreetings(p.name),
  })),
  {
    cause: 'protocol_error',
    text: anyOf(
      /unexpected (response|reply)|bad-server-response|line too long|protocol (error|violation)/,
      /invalid (response|reply)|malformed|garbage|Weird server reply|Syntax error in|Unexpected token/,
      /(sent|sends) an incorrect greeting|iniziato la conversazione in modo non corretto/,
    ),
  },
  // The server did not understand what it was sent (Dovecot's "Error in IMAP command received by server",
  // Exim's "SMTP synchronization error", Postfix's "bad syntax"): a client or a middlebox broke the protocol.
  // Not when the command named is the login or TLS, nor "must issue X first" (OpenSMTPD's "Invalid command:
  // Must issue a STARTTLS command first"): those say what the server wants.
  {
    cause: 'protocol_error',
    text: anyOf(
      /(unknown|unrecognized|invalid|bad) ((IMAP|POP3|SMTP) )?(commands?|tag)\b|Error in IMAP command/,
      /synchroni[sz]ation error/,
      // Exim's "500 Command unrecognized", Sendmail's "500 5.5.1 Command unrecognized: …" (the words reversed).
      /\bcommand (unrecognized|unrecogni[sz]ed|not recognized|unknown)\b/,
      /command (line )?too long|bad syntax/,
    ),
    // Exchange's numbered "BAD Command Error. N" is its session state (an expired token, FairEmail FAQ 22);
    // Cox's "too many bad commands from <ip>" is its block of the client's address (gateway-reply-rules.ts).
    unless:
      /\b(AUTH|LOGIN|USER|PASS|APOP|AUTHENTICATE|STARTTLS|STLS)\b|must issue|\bfirst\b|Command Error\. \d|bad commands from\b/,
  },
])

// What a connection as a whole shows, in the words people (and checkers) use for it: no encrypted way
// in at all (RFC 8314 §3), plaintext slipped in after STARTTLS (Postfix's CVE-2011-0411 note), a
// password sent in the clear while TLS works, every mail port silent, a mistyped domain.
const SETTINGS: ClassifierRule[] = [
  ...sourced('https://www.rfc-editor.org/rfc/rfc8314#section-3', [
    {
      cause: 'no_encryption_available',
      text: anyOf(
        /neither (STARTTLS|STLS|TLS|SSL)\b.{0,40}\bnor\b|no (STARTTLS|STLS)\b.{0,20}\b(and|or|nor) no (SSL|TLS|port)/,
        /no (encrypted|secure) (way|connection|option|port)s? (at all|is (offered|available))/,
        /(does not|doesn't) (offer|support) (any )?(encryption|SSL|TLS) (at all|on any port)/,
      ),
    },
    {
      cause: 'insecure_settings',
      text: anyOf(
        /password (travels|is sent|goes|viaggia|è inviata|wird) .{0,20}(in (the )?clear|in chiaro|unencrypted|in plain ?text|im Klartext)/,
        /(Sicurezza connessione|Connection security|Verbindungssicherheit|Sécurité de la connexion): (Nessuna|None|Keine|Aucune)/,
      ),
    },
  ]),
  ...sourced('https://www.postfix.org/CVE-2011-0411.html', [
    {
      cause: 'starttls_tampered',
      text: anyOf(
        /injected (before|after|into) (the )?(TLS|STARTTLS)|(STARTTLS )?command injection|CVE-2011-0411/,
        /plaintext (bytes|data|lines?|commands?) (before|after) (the )?(ClientHello|TLS handshake|STARTTLS)/,
      ),
    },
  ]),
  ...sourced('postalsys/imapflow:lib/imap-flow.js', [
    {
      cause: 'starttls_tampered',
      text: /sent data after the STARTTLS response|plaintext[- ]injection/i,
    },
  ]),
  ...sourced('https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2', [
    {
      cause: 'firewall_all_ports_blocked',
      text: anyOf(
        /(all|every) (the )?(mail |e-?mail )?ports? (time[sd]? out|are blocked|is blocked|blocked|fail)/,
        /tutte le porte.{0,30}(bloccate|non rispondono)|alle (Mail-)?Ports.{0,30}(blockiert|gesperrt)/,
      ),
    },
  ]),
  ...sourced(
    'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353',
    [
      {
        cause: 'wrong_server_name',
        text: /is not where \S+ mail lives|wrong (incoming |outgoing )?(server|host) ?name/i,
      },
      {
        cause: 'address_domain_typo',
        text: /did you mean \S+\.[a-z]{2,}\?|misspel+ed (e-?mail )?domain|domain .{0,20}(typo|misspel+ed|misspelt)/i,
      },
    ],
  ),
]

// Rows whose wrapper changes what the quoted reply means: read on the whole text, before the reply alone.
export const WRAPPER_RULES: ClassifierRule[] = [
  ...WRAPPER_LOG_RULES,
  ...WRAPPER_DOTNET_RULES,
  ...THREAD_WRAPPER_RULES,
  ...THREAD16_WRAPPER_RULES,
  ...CLI_WRAPPER_RULES,
  ...POPLIB_WRAPPER_RULES,
  ...SERVER_STARTTLS_REFUSALS,
]

export const TRANSPORT_RULES: ClassifierRule[] = [
  ...WRAPPER_RULES,
  // Another protocol's standard port, library rows naming their frames and ports (thread16-rules.ts).
  ...THREAD16_TRANSPORT_RULES,
  // An exception's or a command-line tool's own message (exception-, cli-tools-rules.ts), before wider words.
  ...EXCEPTION_MESSAGE_RULES,
  ...CLI_TOOL_RULES,
  // The port says what the words alone do not (mode-rules.ts): before any row that reads the words alone.
  ...MODE_RULES,
  ...EARLY_LOG_RULES,
  ...SERVER_LOG_RULES,
  ...EARLY_DOTNET_RULES,
  ...CLIENT_SWEEP_RULES,
  ...CLIENT_SWEEP_RULES_2,
  ...CLIENT_SWEEP_RULES_3,
  ...CLIENT_SWEEP_RULES_4,
  ...CLIENT_SWEEP_RULES_5,
  ...REGIONAL_TRANSPORT_RULES,
  ...CURL_RULES,
  ...SETTINGS,
  ...DNS_RULES,
  ...THREAD_TLS_RULES,
  ...CERTIFICATE_RULES,
  ...HANDSHAKE_RULES,
  ...AFTER_TLS_LOG_RULES,
  ...AFTER_TLS_DOTNET_RULES,
  ...STARTTLS_REFUSED,
  ...STARTTLS,
  ...CONNECTION_RULES,
  ...GREETING,
]
