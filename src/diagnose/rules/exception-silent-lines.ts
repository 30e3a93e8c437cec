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
  // Webklex/php-imap's ImapProtocol::connect() says "connection refused" when the socket opened but the first line
  // was not "* OK" (another protocol's greeting, a BYE, a PREAUTH): no refused connection, and no single cause.
  {
    source: 'Webklex/php-imap:src/Connection/Protocols/ImapProtocol.php',
    text: /^(Webklex\\PHPIMAP\\Exceptions\\)?ConnectionFailedException: connection refused$/,
  },
  // A read that timed out on an open connection (laminas-mail's _receive(), Swift Mailer's StreamBuffer): at the
  // greeting or after any command. Not a port that never answered, which the words alone would read.
  {
    source: 'laminas/laminas-mail:src/Protocol/AbstractProtocol.php',
    text: /^Laminas\\Mail\\Protocol\\Exception\\RuntimeException: \S+ has timed out$/,
  },
  // Except a plaintext connection (tcp://, or no scheme) to an implicit-TLS port: that says why the read got
  // nothing (mode-rules.ts).
  {
    source: 'swiftmailer/swiftmailer:lib/classes/Swift/Transport/StreamBuffer.php',
    text: /^(Swift_(Io|Transport)Exception: )?Connection to (?!(tcp:\/\/)?[\w.-]+:(465|993|995) )([a-z]+:\/\/)?[\w.-]+:\d+ Timed Out$/,
  },
]
