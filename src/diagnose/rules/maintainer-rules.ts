// Round 30 (issue 14): what a mail program's maintainers say one of the messages their users paste usually means,
// in the program's FAQ or across its issue threads. The message itself names at most what happened (a login
// refused "too many" times, a socket the system would not open, a SASL exchange that went on); the maintainer, who
// has answered it many times, names the cause behind it. Only messages with one usual meaning are here: a message
// whose usual reason depends on the paste's context is a row in root-cause-context.ts. Each row keeps the words
// the program or the server prints, so that a reworded neighbour about something else does not match.
import { sourced, type ClassifierRule } from './rule.js'

// FairEmail's FAQ: its author's list of the errors its users report and what each means (M66B/FairEmail:FAQ.md,
// "Authentication failed" section and FAQ 6, 22, 41). FairEmail is built on Jakarta Mail, so the same words come
// from K-9 Mail's and other Android clients' users, and from the servers they quote.
const FAIREMAIL_FAQ = 'M66B/FairEmail:FAQ.md'

export const MAINTAINER_RULES: ClassifierRule[] = [
  ...sourced(FAIREMAIL_FAQ, [
    // Yahoo's (and AOL's) IMAP refusal of an account password: 'The error "... Too many bad auth attempts ..."
    // likely means that you are using a Yahoo account password instead of an app password.' Its "too many" words
    // would otherwise read as a rate limit that waiting would lift; it does not. Yahoo's SMTP reply with the same
    // words carries its own code (535 5.7.0 (#AUTH005)), which Yahoo's SMTP error table reads as a limit.
    { cause: 'auth_app_password_required', text: /\[AUTHENTICATIONFAILED\] Too many bad auth attempts\b/i },
    // Android's "connect failed: EACCES (Permission denied)": the system refused the app a socket at all ("Restrict
    // data usage" in MIUI, a VPN app's "Block connections without VPN"), so every server and port fails alike.
    { cause: 'firewall_all_ports_blocked', text: /\bconnect failed: EACCES \(Permission denied\)/ },
    // A POP3 server that refuses USER/PASS: "can be fixed by [...] enabling the APOP option".
    {
      cause: 'auth_mechanism_unsupported',
      text: /\bmust use stronger authentication such as AUTH or APOP\b/i,
    },
    // "550 5.7.1 You must check for new mail before sending mail": "did you enter a username/password and did you
    // select either SSL/TLS or STARTTLS in the identity settings?" — the server relays only for a logged-in client.
    { cause: 'smtp_relay_denied', text: /\bmust check for new mail before sending mail\b/i },
    // The OAuth errors of accounts authorized through Android's account manager (FAQ 6 and the Gmail errors):
    // "Token refresh required" and "Authentication failed ... No token" mean the access token could not be
    // refreshed; "334 ... OAUTH2 asked for more" (Jakarta Mail's OAuth2 SASL when the server answers the token with
    // a 334 challenge) "probably means that the account needs to be authorized again".
    {
      cause: 'auth_token_invalid',
      text: /\bToken refresh required\b|\bAuthentication failed\b.{0,80}\bNo token\b|\bOAUTH2 asked for more\b/i,
    },
    // Microsoft's identity platform refusing a token dated by a wrong clock: "means that the clock time of the
    // device deviates too much from the clock time of the email server".
    {
      cause: 'auth_token_invalid',
      text: /\bInvalid ID Token\b.{0,40}\bIssued at time is more than \d+ minutes before or after\b/i,
    },
    // Android's TLS handshake ending in the server's internal_error alert (FAQ 41): "means that Android and the
    // email server share no common protocol versions and/or common ciphers". A certificate error with it decides.
    {
      cause: 'tls_old_protocol',
      text: /\bSSLHandshakeException\b.{0,300}\bTLSV1_ALERT_INTERNAL_ERROR\b/,
      unless: /\bcertificate\b/i,
    },
  ]),
]
