// A refusal of MAIL FROM, where the library or the log names the command (src/diagnose/rules/envelope-rules.ts):
// the sender refused, unless the reply's own words or a code of another story say more.
import { describe, expect, it } from 'vitest'
import { explainText } from '../src/diagnose/classify.js'

const cause = (text: string) => explainText({ text }).classification?.cause ?? null

describe('a refusal of MAIL FROM', () => {
  const sender: string[] = [
    "smtplib.SMTPSenderRefused: (553, b'5.1.0 <noreply@host> sender domain must exist', 'noreply@host')",
    // Python 2 quotes the reply as a str.
    "smtplib.SMTPSenderRefused: (554, '5.7.1 Denied by policy', 'alerts')",
    'Error: Mail command failed: 553 5.5.4 <cron>... Domain name required for sender address cron',
    'com.sun.mail.smtp.SMTPSenderFailedException: 550 5.5.4 Invalid Address',
    'SMTP ERROR: MAIL FROM command failed: 550 5.5.2 Unqualified address',
    'Mailer Error: The following From address failed: web@localhost : ' +
      'MAIL FROM command failed,Unqualified sender,553,5.5.4',
    'curl: (55) MAIL failed: 501',
    'postfix/smtp[8812]: 2F1A: to=<b@partner.example>, status=bounced (host mx.partner.example[192.0.2.7] said: ' +
      '553 5.5.4 <web>... Domain name required for sender address web (in reply to MAIL FROM command))',
    '2026-12-02 10:00:01 1qX-000 ** b@partner.example R=dnslookup T=remote_smtp: ' +
      'SMTP error from remote mail server after MAIL FROM:<web@shop.example> SIZE=2048: 550 Administrative prohibition',
  ]
  it.each(sender)('reads %s as the sender refused', (text) => {
    expect(cause(text)).toBe('smtp_sender_rejected')
  })

  const other: Array<[string, string | null]> = [
    // A login the server wants first is the relay story; a wait is a wait; a full mailbox or a message size is not
    // the sender.
    ["smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required', 'me@example.com')", 'smtp_relay_denied'],
    ["smtplib.SMTPSenderRefused: (451, b'4.3.0 Temporary lookup failure', 'me@example.com')", 'server_unavailable'],
    ['Mail command failed: 552 5.3.4 Message size exceeds fixed limit', null],
    ['curl: (55) MAIL failed: 530', 'smtp_relay_denied'],
    // The same codes after RCPT TO are the recipient's, not the sender's.
    [
      'postfix/smtp[8812]: 2F1A: to=<b@partner.example>, status=bounced (host mx.partner.example[192.0.2.7] said: ' +
        '550 5.1.1 No such user (in reply to RCPT TO command))',
      null,
    ],
    // Without the command named, the code alone keeps its reading.
    ['553 5.5.4 Domain name required', 'protocol_error'],
  ]
  it.each(other)('leaves %s to its own reading', (text, expected) => {
    expect(cause(text)).toBe(expected)
  })
})

describe('a mailbox over its storage limit', () => {
  it.each(['NO APPEND The 500 MB storage limit has been exceeded.', '552 5.2.2 Mailbox storage limit exceeded'])(
    'reads %s as over quota, not a rate',
    (text) => {
      expect(cause(text)).toBe('mailbox_over_quota')
    },
  )
})
