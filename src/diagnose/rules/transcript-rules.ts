// A session transcript (telnet, openssl s_client, swaks, a client's debug log) read as a whole: what the server
// offered before a refusal, or what it answered to another protocol's command, changes what the refusal means. These
// rows are read on the whole text before the reply alone (transport-rules.ts: WRAPPER_RULES).
import { sourced, type ClassifierRule } from './rule.js'

export const TRANSCRIPT_RULES: ClassifierRule[] = [
  // The same refusal after STARTTLS went through (its 220) and the EHLO that follows still lists no AUTH: TLS is up
  // and the server offers no login at all (RFC 3207 4.2: the client discards what it knew and asks again).
  ...sourced('https://www.rfc-editor.org/rfc/rfc3207#section-4.2', [
    {
      cause: 'auth_mechanism_unsupported',
      text: /^STARTTLS\s*\n220[ -][^\n]*\n(?![\s\S]*^250[ -]AUTH\b)[\s\S]*?^AUTH [A-Z0-9-]+[^\n]*\n(?:334[^\n]*\n[^\n]*\n)*[45]\d\d[ -]/m,
    },
  ]),
  // An EHLO answer that lists no AUTH, then an AUTH the server refused: the server offers no login on this
  // connection, which RFC 4954 leaves to the EHLO keyword; read as Python's "SMTP AUTH extension not supported by
  // server" is, a login it takes only once TLS is up.
  ...sourced('https://www.rfc-editor.org/rfc/rfc4954#section-3', [
    {
      cause: 'auth_plaintext_disabled',
      text: /^250[ -][^\n]*\n(?:250[ -][^\n]*\n)*[\s\S]*?^AUTH [A-Z0-9-]+[^\n]*\n(?:334[^\n]*\n[^\n]*\n)*[45]\d\d[ -]/m,
      unless: /^250[ -]AUTH\b/m,
    },
  ]),
  // Exchange offers AUTH only after STARTTLS: its 504 5.7.4 in a session whose EHLO still offered STARTTLS means
  // "encrypt first", on one line or many (auth-rules.ts reads the same reply when its own words say so).
  ...sourced('https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/receive-connectors', [
    {
      cause: 'auth_plaintext_disabled',
      text: /^(?=[\s\S]*\b250[ -]STARTTLS\b)[\s\S]*\b504[ -]5\.7\.4\b/,
    },
  ]),
  // An AUTHENTICATE answered BAD, not NO: "command unknown or arguments invalid, authentication exchange cancelled"
  // (RFC 3501 6.2.2): the server cannot do the mechanism or its initial response as sent (Coremail's "BAD Request not
  // ending with" to SASL-IR, pimalaya/himalaya#729), whatever the password.
  ...sourced('https://www.rfc-editor.org/rfc/rfc3501#section-6.2.2', [
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bAUTHENTICATE [A-Z][A-Z0-9-]*\b[^\n]{0,60}\bBAD\b|^(\S+) AUTHENTICATE [A-Z][\w-]*[^\n]*\n(?:\+[^\n]*\n[^\n]*\n)*\1 BAD\b/m,
    },
  ]),
  // An IMAP server reads a line's first word as its tag (RFC 3501 §2.2.1) and answers a command it cannot parse with
  // a tagged BAD: a POP3 or SMTP client's "PASS …", "USER …" or "EHLO …" comes back as "PASS BAD …".
  ...sourced('https://www.rfc-editor.org/rfc/rfc3501#section-2.2.1', [
    {
      cause: 'protocol_port_mismatch',
      text: /(?:^|['"\s])(?:USER|PASS|APOP|CAPA|STAT|UIDL|RETR|STLS|EHLO|HELO|MAIL|RCPT) BAD\b/m,
    },
  ]),
]
