// Round 22 (issue 14): exception lines and status-code names that, alone, name no cause of ours (silent-lines.ts
// reads them). A line of a longer paste is dropped alone: the nested exception or the server's reply on the other
// lines still decides. No import (silent-lines.ts is read by rule.ts).
export const EXCEPTION_SILENT_LINES = [
  // Jakarta/JavaMail's MailConnectException wraps every failed connect (refused, timed out, unknown host): its own
  // line carries the socket's connect timeout setting ("timeout -1"), not a timeout that happened. The nested
  // exception names what went wrong.
  {
    source: 'eclipse-ee4j/angus-mail:core/src/main/java/org/eclipse/angus/mail/util/MailConnectException.java',
    text: /\bMailConnectException: Couldn't connect to host, port: [^;\n]{1,300}; timeout -?\d+;?$/,
  },
  // System.Net.Mail.SmtpStatusCode and MailKit's SmtpStatusCode names for a recipient's or a message's refusal
  // (550, 450, 553, 554): the word "Unavailable" is about the mailbox written to, not the server.
  {
    source: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpstatuscode',
    text: /^(SmtpStatusCode\.|StatusCode: )?(MailboxUnavailable|MailboxBusy|MailboxNameNotAllowed|TransactionFailed)$/,
  },
  // The same 550's text, "Mailbox unavailable.", as SmtpException (SR.SmtpMailboxUnavailable) and MailKit's
  // SmtpCommandException print it with no server reply after it.
  {
    source: 'dotnet/runtime:src/libraries/System.Net.Mail/src/Resources/Strings.resx',
    text: /^((System\.Net\.Mail\.Smtp(Failed(Recipient)?)?Exception|MailKit\.Net\.Smtp\.SmtpCommandException): )?Mailbox unavailable\.?$/,
  },
]
