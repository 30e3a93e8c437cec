// Round 38 (issue 14): mail libraries other programs are built on (emailjs, node-imap, imap-simple, aiosmtplib,
// aioimaplib, imap_tools, exchangelib, Simple Java Mail, Commons Net), each string read with the condition that raises
// it in its source (src/diagnose/rules/secondary-lib-rules.ts and secondary-lib-silent-lines.ts; every string read
// is in test/corpus/source-tables.jsonl).
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const read = (text: string) => {
  const classification = explainText({ text }).classification
  return classification?.event ?? classification?.cause ?? null
}

describe('mail libraries under other programs', () => {
  const table: Array<[string, string | null]> = [
    // emailjs: no AUTH mechanism in common; a refused connect keeps the socket's own words.
    ['Error: no form of authorization supported', 'auth_mechanism_unsupported'],
    ['SMTPError: could not connect (connect ECONNREFUSED 192.0.2.7:465)', 'tcp_refused'],
    // imap-simple's authTimeout: the socket opened, the greeting and login did not finish in time.
    ['ConnectionTimeoutError: connection timed out. timeout = 5000 ms', 'greeting_timeout'],
    ['Error: connection timed out. timeout = 2000 ms', 'greeting_timeout'],
    // aiosmtplib: the server closed its end (not OpenSSL's unexpected EOF); overlong or malformed replies.
    ['SMTPServerDisconnected: Unexpected EOF received', 'tcp_reset'],
    ["aiosmtplib.errors.SMTPResponseException: (-1, 'Response too long')", 'protocol_error'],
    ["SMTPResponseException: (-1, 'Malformed SMTP response line: SSH-2.0-OpenSSH_9.6')", 'protocol_error'],
    [
      'aiosmtplib.errors.SMTPException: oauth_token_generator provided but server does not support XOAUTH2',
      'auth_mechanism_unsupported',
    ],
    ['aiosmtplib.errors.SMTPConnectTimeoutError: Timed out connecting to mail.example.org on port 465', 'tcp_timeout'],
    ['aiosmtplib.errors.SMTPConnectTimeoutError: Timed out waiting for server ready message', 'greeting_timeout'],
    // A read that timed out on an open connection names no cause of ours.
    ['aiosmtplib.errors.SMTPReadTimeoutError: Timed out waiting for server response', null],
    ['socket.timeout: SMTP connection timed out', null],
    ['Error: Socket timed out while talking to server', null],
    // aioimaplib, imap_tools.
    ['aioimaplib.aioimaplib.Error: server not IMAP4 compliant', 'protocol_error'],
    ['ValueError: Port 993 requires IMAP4_SSL. Use MailBox class for SSL/TLS connection.', 'tls_wrong_mode'],
    // Commons Net: a 421 closing the channel; another protocol's greeting on the port.
    ['SMTPConnectionClosedException: SMTP response 421 received.  Server closed connection.', 'server_unavailable'],
    [
      'MalformedServerReplyException: Received unexpected IMAP protocol response from server: ' +
        "'220 smtp.example.org ESMTP'.",
      'protocol_port_mismatch',
    ],
    [
      'MalformedServerReplyException: Received invalid POP3 protocol response from server.* OK IMAP4rev1 ready',
      'protocol_port_mismatch',
    ],
    // exchangelib.
    ['UnauthorizedError: The referenced account is currently locked out', 'auth_account_locked'],
    ['UnauthorizedError: No compatible auth type was reported by server', 'auth_mechanism_unsupported'],
    // Simple Java Mail's connection test wraps every failure: the nested exception decides, or nothing.
    ['org.simplejavamail.mailer.internal.MailerException: Was unable to connect to SMTP server', null],
    [
      'org.simplejavamail.mailer.internal.MailerException: Was unable to connect to SMTP server\n' +
        'Caused by: jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful',
      'auth_bad_credentials',
    ],
  ]

  it.each(table)('%s', (text, cause) => {
    expect(read(text)).toBe(cause)
  })
})
