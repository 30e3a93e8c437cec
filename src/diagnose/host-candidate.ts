// Whether a dotted word that a host pattern found in a pasted error is a name in code, not a server: a traceback
// names classes and modules with dots (System.Net.Mail.SmtpException, javax.mail.AuthenticationFailedException,
// imaplib.IMAP4.error, MailKit.Net.Smtp.SmtpClient.Connect), a log names files (smtp-connection.js, SMTP.php) and
// syslog's facility.level (mail.notice). A host typed wrong (imap.libero.itx, smtp.gmx.nett) is still a host: the
// test is on the shape of code, not on a list of real top-level domains. A name the user masked before pasting
// (XXX.XXX.XXX.XXX, mail.xxx.net, imap.XXXX) is no server either: a check of it would test nothing.

// A lower-case letter then an upper-case one inside one label, or capitals run into a lower-case word
// (SMTPTransport, IMAPStore): CamelCase, which host names are not written in.
const CAMEL_LABEL = /[a-z][A-Z]|[A-Z]{2}[a-z]/
// The last label of a source, binary or key file, or of a Python exception attribute (IMAP4.error, IMAP4.abort).
const CODE_SUFFIX = new Set([
  'js',
  'mjs',
  'cjs',
  'ts',
  'php',
  'rb',
  'go',
  'java',
  'cs',
  // C, C++, Lua, Erlang, Elixir, Kotlin, Swift, Scala, VB and PowerShell sources (an embedded client's
  // "[ERROR @ smtp.cpp:67]"); not .pl, .rs or .sh, which are countries' domains too.
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'lua',
  'erl',
  'ex',
  'exs',
  'kt',
  'swift',
  'scala',
  'vb',
  'ps1',
  'exe',
  'dll',
  'jar',
  'pem',
  'crt',
  'cer',
  'log',
  'conf',
  'cfg',
  'ini',
  'json',
  'xml',
  'yml',
  'yaml',
  'error',
  'abort',
  'readonly',
])
// Two-label words that are a file or syslog's facility.level only when nothing else is around them: "mail.py" is a
// script and "mail.info" a log level, while "mail.example.info" is a host.
const TWO_LABEL_CODE =
  /^(?:mail|smtp|imap|pop3?|mailer)\.(?:py|key|info|notice|warn|warning|err|crit|debug|alert|emerg)$/i
const EXCEPTION_LABEL = /(?:exception|error)$/i

export function looksLikeCode(candidate: string): boolean {
  const labels = candidate.split('.')
  const last = labels[labels.length - 1]
  return (
    labels.some((label) => CAMEL_LABEL.test(label)) ||
    CODE_SUFFIX.has(last.toLowerCase()) ||
    (last.length > 5 && EXCEPTION_LABEL.test(last)) ||
    TWO_LABEL_CODE.test(candidate)
  )
}

// A label of three or more x's (any case) or of mask characters only.
const MASK_LABEL = /^(?:x{3,}|[*_#?]+)$/i

export function looksMasked(candidate: string): boolean {
  return candidate.split('.').some((label) => MASK_LABEL.test(label))
}
