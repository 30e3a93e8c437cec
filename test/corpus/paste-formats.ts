// The wrappers a pasted mail error really arrives in: log prefixes, exception chains, language reprs, escapes and
// copy damage. Each shape was seen in a public thread (`source`); `apply` rebuilds that wrapper around a case's text
// with the same escaping rules the real producer uses, so a classifier measured on the result meets what users
// paste. Pure and deterministic. Where the real wrapper carries fields that would name a cause (nodemailer's
// `code: 'EAUTH'`, `command: 'AUTH PLAIN'`), they are left out: the measurement is of the wrapper, not of hints.
// Shapes we looked for and did not find a real paste of (Monolog's JsonFormatter with `\/`, Python's `ERROR:root:`,
// non-breaking spaces, Outlook's tabbed dialog copy, Event Viewer, Thunderbird's Error Console) are not here.

export interface PasteFormat {
  name: string
  /** A public thread where a mail error was pasted in this shape. */
  source: string
  /** Only some shapes exist for some texts (a Python `(code, b'…')` tuple needs a reply code). */
  appliesTo?: (text: string) => boolean
  apply: (text: string) => string
}

const lines = (text: string): string[] => text.split('\n')
const eachLine = (prefix: string) => (text: string) =>
  lines(text)
    .map((line) => prefix + line)
    .join('\n')
const firstLine = (prefix: string) => (text: string) => prefix + text

const REPLY_LINE = /^(\d{3})[ -]/
const leadingCode = (text: string): number | null => {
  const m = REPLY_LINE.exec(text)
  return m ? Number(m[1]) : null
}
const hasReplyCode = (text: string): boolean => leadingCode(text) !== null

const hex2 = (n: number): string => n.toString(16).padStart(2, '0')

/** Python's repr() of a bytes object: ASCII printable as is, everything else `\xNN`, quote picked like CPython. */
function pyBytesRepr(bytes: Buffer): string {
  const hasSingle = bytes.includes(0x27)
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'"
  let out = 'b' + quote
  for (const b of bytes) {
    if (b === 0x5c) out += '\\\\'
    else if (b === quote.charCodeAt(0)) out += '\\' + quote
    else if (b === 0x09) out += '\\t'
    else if (b === 0x0a) out += '\\n'
    else if (b === 0x0d) out += '\\r'
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + hex2(b)
    else out += String.fromCharCode(b)
  }
  return out + quote
}

/** smtplib's getreply(): the code from the last line, each line's text after `NNN-`/`NNN ` stripped, joined by \n. */
function smtplibTuple(text: string): string {
  const parts = lines(text.trim())
  let code = leadingCode(text) ?? 0
  const msg = parts.map((line) => {
    const m = REPLY_LINE.exec(line)
    if (!m) return line.trim()
    code = Number(m[1])
    return line.slice(4).trim()
  })
  return `(${code}, ${pyBytesRepr(Buffer.from(msg.join('\n'), 'utf8'))})`
}

/** Monolog's LineFormatter context: json_encode with unescaped slashes and unicode, line breaks put back inline. */
const monologInline = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

const u4 = (c: number): string => '\\u' + c.toString(16).padStart(4, '0')
// The escapes Go's encoding/json and strconv.Quote share; each then escapes the rest its own way.
const GO_SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' }
const goString = (text: string, rest: (ch: string, c: number) => string): string =>
  '"' + [...text].map((ch) => GO_SHORT[ch] ?? rest(ch, ch.codePointAt(0) ?? 0)).join('') + '"'

/** Go's encoding/json string: HTML-safe (`<`, `>`, `&` as \u003c…), U+2028/2029 escaped, other non-ASCII kept. */
const goJson = (text: string): string =>
  goString(text, (ch, c) => (c < 0x20 || '<>&'.includes(ch) || c === 0x2028 || c === 0x2029 ? u4(c) : ch))

/** Go's strconv.Quote (logrus' text formatter quotes values this way): printable Unicode kept, the rest escaped. */
const goQuote = (text: string): string =>
  goString(text, (ch, c) => (c < 0x20 || c === 0x7f ? '\\x' + hex2(c) : c >= 0x80 && c < 0xa0 ? u4(c) : ch))

/** Node's util.inspect of a string: single quotes, else double, else backticks, whichever the text lacks. */
function nodeInspectString(text: string): string {
  const quote = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes('`') ? '`' : "'"
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .split(quote)
    .join('\\' + quote)
  return quote + body + quote
}

/** PHP htmlspecialchars() with ENT_QUOTES (PHP 8.1's default): the text a web page shows when copied as source. */
const htmlEscape = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;')

const NODEMAILER_FRAMES = [
  '    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)',
  '    at SMTPConnection._processResponse (/app/node_modules/nodemailer/lib/smtp-connection/index.js:980:20)',
  '    at SMTPConnection._onData (/app/node_modules/nodemailer/lib/smtp-connection/index.js:776:14)',
  '    at TLSSocket.emit (node:events:517:28)',
]

function nodeErrorInspect(text: string): string {
  const stack = `Error: ${text}\n${NODEMAILER_FRAMES.join('\n')}`
  const code = leadingCode(text)
  if (code === null) return stack
  return `${stack} {\n  response: ${nodeInspectString(text.trim())},\n  responseCode: ${code}\n}`
}

function nodeErrorJson(text: string): string {
  const fields: Record<string, unknown> = {}
  const code = leadingCode(text)
  if (code !== null) {
    fields.response = text.trim()
    fields.responseCode = code
  }
  fields.stack = `Error: ${text}\n${NODEMAILER_FRAMES.join('\n')}`
  return JSON.stringify(fields, null, 2)
}

const LARAVEL_TRACE = [
  '[stacktrace]',
  '#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(275): ' +
    'Symfony\\\\Component\\\\Mailer\\\\Transport\\\\Smtp\\\\Stream\\\\SocketStream->initialize()',
  '#1 {main}',
  '"} ',
].join('\n')

/** Windows' console wraps at its width (80) in the middle of words; the copy keeps the breaks. */
const hardWrap =
  (width: number) =>
  (text: string): string =>
    lines(text)
      .map((line) => line.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? line)
      .join('\n')

export const PASTE_FORMATS: readonly PasteFormat[] = [
  {
    name: 'laravel-log',
    source: 'https://github.com/grokability/snipe-it/issues/17021',
    apply: (text) =>
      `[2024-03-01 12:00:01] production.ERROR: ${text} {"exception":"[object] ` +
      `(Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 0): ${monologInline(text)} ` +
      `at /var/www/html/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154)\n${LARAVEL_TRACE}`,
  },
  {
    name: 'python-logging',
    source: 'https://github.com/zulip/zulip/issues/3850',
    apply: firstLine('2024-03-01 12:00:01,545 ERROR    '),
  },
  {
    name: 'python-smtplib-tuple',
    source: 'https://github.com/zulip/zulip/issues/30505',
    appliesTo: hasReplyCode,
    apply: (text) => `Failed to send mails: ${smtplibTuple(text)}`,
  },
  {
    name: 'python-tuple-in-json',
    source: 'https://github.com/jumpserver/jumpserver/issues/3561',
    appliesTo: hasReplyCode,
    apply: (text) => JSON.stringify({ error: smtplibTuple(text) }),
  },
  {
    name: 'dart-mailer-log',
    source: 'https://github.com/jhomlala/catcher/issues/198',
    apply: (text) =>
      lines(text)
        .map((line, i) =>
          i === 0 ? `flutter: [2024-03-01 12:00:01.776149 | Connection | FINE] < ${line}` : `< ${line}`,
        )
        .join('\n'),
  },
  {
    name: 'docker-compose',
    source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1668',
    apply: eachLine('mail    | '),
  },
  {
    name: 'pm2',
    source: 'https://github.com/xuess/puppeteer-sign/issues/2',
    apply: eachLine('0|main  | '),
  },
  {
    name: 'syslog',
    source: 'https://github.com/docker-mailserver/docker-mailserver/issues/374',
    apply: eachLine('Mar  1 12:00:01 mail postfix/smtp[1436]: '),
  },
  {
    name: 'syslog-iso',
    source: 'https://github.com/bokysan/docker-postfix/issues/21',
    apply: eachLine('2024-03-01T12:00:01.003819+00:00 76b83c891167 postfix/smtp[121]: '),
  },
  {
    name: 'journal-logfmt',
    source: 'https://github.com/NethServer/dev/issues/7983',
    appliesTo: hasReplyCode,
    apply: (text) =>
      'ns8-sendmail[1239916]: status=error from=alice@example.org to=bob@example.net subject="test-sendmail" ' +
      `server=smtp.example.org:587 code=${leadingCode(text)} message=${JSON.stringify(text.slice(4).trim())}`,
  },
  {
    name: 'java-nested-exception',
    source: 'https://github.com/hackpad/hackpad/issues/90',
    apply: (text) =>
      "javax.mail.MessagingException: Can't send command to SMTP host;\n  nested exception is:\n" +
      eachLine('   ')(text) +
      '\n   at com.sun.mail.smtp.SMTPTransport.sendCommand(SMTPTransport.java:1420)' +
      '\n   at javax.mail.Transport.send(Transport.java:98)',
  },
  {
    name: 'java-log-stacktrace',
    source: 'https://github.com/gitblit-org/gitblit/issues/808',
    apply: (text) =>
      `2024-03-01 12:00:01 [ERROR] Failed to send message\n${text}` +
      '\n    at com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:656)' +
      '\n    at javax.mail.Service.connect(Service.java:367)',
  },
  {
    name: 'dotnet-inner-exception',
    source: 'https://github.com/GZTimeWalker/GZCTF/issues/33',
    apply: (text) =>
      `System.Net.Mail.SmtpException: Failure sending mail.\n ---> ${text}` +
      '\n   at System.Net.Mail.SmtpConnection.ConnectAndHandshakeAsyncResult.End(IAsyncResult result)' +
      '\n   --- End of inner exception stack trace ---' +
      '\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)',
  },
  {
    name: 'dotnet-log-inner',
    source: 'https://github.com/i4004/Simplify/issues/53',
    apply: (text) =>
      '[01.03.2024 12:00:01:345] System.Net.Mail.SmtpException : Failure sending mail.' +
      '\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)' +
      `\n[Inner Exception] ${text}` +
      '\n   at System.Net.Mail.SmtpClient.GetConnection()',
  },
  {
    name: 'node-error-inspect',
    source: 'https://github.com/Youans/nodejs-nodemailer-outlook/issues/5',
    apply: nodeErrorInspect,
  },
  {
    name: 'node-error-json',
    source: 'https://github.com/jef/streetmerchant/issues/1190',
    apply: nodeErrorJson,
  },
  {
    name: 'go-logrus',
    source: 'https://github.com/authelia/authelia/issues/3086',
    apply: (text) =>
      'time="2024-03-01T12:00:01+11:00" level=error msg=' +
      goQuote(`Failure running the notification provider startup check: ${text}`),
  },
  {
    name: 'go-json-log',
    source: 'https://github.com/authelia/authelia/issues/9284',
    apply: (text) =>
      `{"error":${goJson(text)},"level":"error","msg":"Error occurred running a startup check",` +
      '"provider":"notification","stack":[{"File":"github.com/authelia/authelia/v4/internal/commands/root.go",' +
      '"Line":128,"Name":"doStartupChecks"}],"time":"2024-03-01T12:00:01Z"}',
  },
  {
    name: 'go-std-log',
    source: 'https://github.com/gophish/gophish/issues/602',
    apply: firstLine('2024/03/01 12:00:01 worker.go:272: '),
  },
  {
    name: 'html-escaped',
    source: 'https://github.com/tine20/tine20/issues/1751',
    apply: htmlEscape,
  },
  {
    name: 'markdown-quote',
    source: 'https://github.com/thp/urlwatch/issues/185',
    apply: eachLine('> '),
  },
  {
    name: 'markdown-fence',
    source: 'https://github.com/bokysan/docker-postfix/issues/21',
    apply: (text) => '```\n' + text + '\n```',
  },
  {
    name: 'hard-wrap-80',
    source: 'https://github.com/Vincedream/NodeMail/issues/11',
    apply: hardWrap(80),
  },
  {
    name: 'one-line',
    source: 'https://github.com/nodemailer/nodemailer/issues/922',
    apply: (text) => text.replace(/\s*\n\s*/g, ' '),
  },
  {
    name: 'php-print-r',
    source: 'https://github.com/PHPMailer/PHPMailer/issues/1277',
    apply: (text) =>
      [
        'PHPMailer Object',
        '(',
        '    [Version] => 5.2.22',
        '    [Priority] => ',
        '    [CharSet] => iso-8859-1',
        '    [ContentType] => text/html',
        '    [Encoding] => 8bit',
        `    [ErrorInfo] => ${text}`,
        '    [From] => root@localhost',
        '    [Mailer] => smtp',
        '    [SMTPSecure] => tls',
        ')',
      ].join('\n'),
  },
  {
    name: 'android-logcat',
    source: 'https://github.com/thunderbird/thunderbird-android/issues/4602',
    apply: eachLine('01-15 15:44:06.166  9975 13041 D SmtpTransport: '),
  },
]
