// Round 38 (issue 14): mail libraries' lines that, alone, name no cause of ours (silent-lines.ts reads them): a read
// that timed out on an open connection, at the greeting or after any command, and a wrapper over every failure of a
// connection test. Their words ("timed out", "unable to connect") would read a port that never answered. A line of a
// longer paste is dropped alone: the nested exception on the other lines still decides. No import (silent-lines.ts
// is read by rule.ts).
const SJM = 'bbottema/simple-java-mail:modules/simple-java-mail/src/main/java/org/simplejavamail/mailer/internal/'

export const SECONDARY_LIB_SILENT_LINES = [
  // aiosmtplib's read_response(): no reply to a command within the timeout (the greeting's own wait raises
  // SMTPConnectTimeoutError "Timed out waiting for server ready message" instead).
  {
    source: 'cole/aiosmtplib:src/aiosmtplib/protocol.py',
    text: /^(aiosmtplib\.errors\.)?SMTPReadTimeoutError: Timed out waiting for server response\.?$/,
  },
  // yagmail's AsyncSMTPClient.read_response(): the same, for the greeting or any later reply.
  {
    source: 'kootenpv/yagmail:yagmail/async_core/aio.py',
    text: /^((socket\.)?timeout|TimeoutError): SMTP connection timed out$/,
  },
  // node-imap's socket inactivity timeout (socketTimeout), on an open connection at any stage.
  {
    source: 'mscdex/node-imap:lib/Connection.js',
    text: /^(Error: )?Socket timed out while talking to server$/,
  },
  // Simple Java Mail's TestConnectionClosure wraps every failure of Transport.connect(), a refused login included:
  // the "Caused by" under it says which.
  {
    source: `${SJM}MailerException.java`,
    text: /^(org\.simplejavamail\.mailer\.internal\.MailerException: )?Was unable to connect to SMTP server$/,
  },
]
