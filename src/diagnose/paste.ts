// What a paste's journey adds around an error before it reaches us: spaces a web page or a French dialog
// made non-breaking, a web page's HTML escapes, a JSON log's or a language's string escapes, a logger's
// timestamp and level on every line. The rules are written for the message as the program printed it, so
// these are taken off first. Each step says where pastes were seen in that shape; none changes the words.
import { decodeHTML } from 'entities'
import { SERVER_STATUS } from './wrapper.js'

interface PasteStep {
  name: string
  /** Why the step exists: where the shape comes from. */
  why: string
  apply(text: string): string
}

// Unicode's other spaces (https://www.unicode.org/charts/PDF/U2000.pdf, U+00A0, U+3000) read as a space;
// zero-width characters (U+200B–U+200D, U+2060, U+FEFF) read as nothing.
const WIDE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g
// Any HTML character reference: named, decimal or hexadecimal (https://html.spec.whatwg.org/#character-references).
const HTML_REFERENCE = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i
// A text that is, or holds, a JSON string: its newlines and quotes are escaped, and its backslashes doubled.
const LOOKS_JSON = /^\s*[[{"]|\\"|":\s*"/
const STRING_ESCAPE = /\\(u[0-9a-fA-F]{4}|r\\n|[nrt'"/\\])/g
// A logger's prefix before each line's message: a date and time (ISO 8601 or a time of day), then any of
// bracketed fields, a level, an environment.level (Laravel/Monolog), a logger name and a colon. It must
// start with the time, so a line that opens with the server's own words ("[AUTHENTICATIONFAILED] …",
// "[Errno 111] …") keeps them.
const DATE_TIME = String.raw`\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?(?:Z|\s?[+-]\d\d:?\d\d)?`
const TIMESTAMP = String.raw`\[?(?:${DATE_TIME}|\d\d:\d\d:\d\d(?:[.,]\d+)?)\]?`
const LEVELS = 'ERROR|WARN(?:ING)?|INFO|DEBUG|CRITICAL|FATAL|SEVERE|NOTICE|ALERT|EMERG(?:ENCY)?'
const LEVEL = `(?:${LEVELS}|err|error|warn|warning|info|debug|fail)`
const LOG_FIELD = String.raw`(?:\[[^\]\n]{1,60}\]|[\w-]+\.go:\d+:|[a-z]+\.${LEVEL}:|${LEVEL}\b:?|\(\d+\)|-(?=\s))`
const LOG_PREFIX = new RegExp(String.raw`^[ \t]*${TIMESTAMP}(?:[ \t]*${LOG_FIELD})*[ \t]*(?=\S)`, 'gm')
// Python logging's default format, "LEVEL:logger:message" (https://docs.python.org/3/library/logging.html#logging.basicConfig).
const PYTHON_LOGGING = /^[ \t]*(?:ERROR|WARNING|CRITICAL|INFO|DEBUG):[\w.]+:(?=\S)/gm

// A Markdown fence line: ``` or ~~~, with an optional language (https://spec.commonmark.org/0.31.2/#fenced-code-blocks).
const CODE_FENCE = /^[ \t]*(?:```|~~~)[\w-]*[ \t]*$/gm
const QUOTE_MARK = /^[ \t]*(?:>[ \t]?)+/gm

/** A mail's quoting ("> " on every line) taken off; curl's and s_client's traces mix "> " and "< ", and stay. */
function unquoted(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim())
  return lines.length && lines.every((line) => /^[ \t]*>/.test(line)) ? text.replace(QUOTE_MARK, '') : text
}

/** A JSON document's string values, one a line, in document order; null if the text is not one, or is the error. */
function jsonStrings(text: string): string | null {
  const trimmed = text.trim()
  if (!/^[[{"]/.test(trimmed)) return null
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return null
  }
  const strings: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v)
    else if (v && typeof v === 'object') for (const item of Object.values(v)) walk(item)
  }
  walk(value)
  // A document of single words is the error itself (XOAUTH2's {"status":"invalid_token",…}), keys and all; one
  // that holds a sentence is a log entry or an answer around the message.
  return strings.some((s) => /\s/.test(s.trim())) || typeof value === 'string' ? strings.join('\n') : null
}

// Per-line prefixes of process managers and system logs (each shape seen in public issue threads: docker compose
// "mail    | ", pm2 "0|main  | ", logcat "01-15 15:44:06.166  9975 13041 D SmtpTransport: ", syslog "Mar  1
// 12:00:01 host app[12]: "). A mail server's own syslog lines keep their program: the log rules read it.
const MAIL_SERVER_PROGRAM =
  /^(?:rblsmtpd|qmail[\w-]*|tcpserver|spamd|saslauthd|sm-mta|policyd[\w-]*|postfix|dovecot|exim|sendmail|courier|cyrus|imapd|pop3d|smtpd|opensmtpd|haraka|zimbra|amavis|opendkim|rspamd|postscreen)\b/i
const SYSLOG_PREFIX =
  /^(?:[A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\S*) \S+ ([\w./-]+)(?:\[\d+\])?: /
const EVERY_LINE_PREFIXES: RegExp[] = [
  /^(?:\d+\|)?[\w.-]{1,63} *\| /,
  /^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+ +\d+ [VDIWEF] [^:\n]{1,60}: /,
]
// .NET's inner exception as Exception.ToString() prints it (" ---> ") and as loggers label it.
const INNER_EXCEPTION = /^[ \t]*(?:---> |\[Inner Exception\] )/gm

function unprefixed(text: string): string {
  const lines = text.split('\n')
  const filled = lines.filter((line) => line.trim())
  for (const prefix of EVERY_LINE_PREFIXES) {
    if (filled.length && filled.every((line) => prefix.test(line)))
      return lines.map((l) => l.replace(prefix, '')).join('\n')
  }
  return lines
    .map((line) => {
      const m = SYSLOG_PREFIX.exec(line)
      return m && !MAIL_SERVER_PROGRAM.test(m[1]) ? line.slice(m[0].length) : line
    })
    .join('\n')
    .replace(INNER_EXCEPTION, '')
}

// Wrapped lines, joined in one pass over the lines (a pattern that looks back over a whole line from every position
// is square in the text's length: 4,000 characters took ~7 ms):
// - a line of exactly 80 characters that stops inside a word or a sentence joins the next one as it was: a terminal
//   copied at 80 columns; not before a reply line, a numbered item or a stack frame (real 80-character lines do that);
// - a line of over 50 characters that does not end a sentence joins, with a space, a next line that goes on with a
//   lower-case word: a mail program's or a terminal's wrap at 72-80 columns; not a stack frame ("at …", "in …").
const TERMINAL_WIDTH = 80
const MID_SENTENCE_END = /[^\s.!?:;,)\]]$/
const NOT_CONTINUED = new RegExp(`^(?:${SERVER_STATUS}|\\* |\\d+\\. |at )`)
const SOFT_WRAP_MIN = 51
const GOES_ON_LOWER = /^[ \t]*(?!(?:at|in|from|by|caused)\b)[a-z(]/

function unwrapped(text: string): string {
  const lines = text.split('\n')
  const out = [lines[0]]
  let physical = lines[0]
  for (const line of lines.slice(1)) {
    const last = out.length - 1
    const kept = physical.replace(/[ \t]+$/, '')
    if (
      physical.length === TERMINAL_WIDTH &&
      MID_SENTENCE_END.test(physical) &&
      /^\S/.test(line) &&
      !NOT_CONTINUED.test(line)
    )
      out[last] += line
    else if (kept.length >= SOFT_WRAP_MIN && /[^\s.!?:;]$/.test(kept) && GOES_ON_LOWER.test(line))
      out[last] = `${out[last].replace(/[ \t]+$/, '')} ${line.trimStart()}`
    else out.push(line)
    physical = line
  }
  return out.join('\n')
}

// A key=value log line (logfmt: Go's logrus and go-kit, NethServer's ns8-sendmail) that files the server's reply
// under two keys, its code apart from its words: "code=535 message=\"5.7.8 Username and Password not accepted\"".
// The reply is put back together on a line of its own, as the server sent it.
const LOGFMT_CODE = /(?:^|\s)(?:code|status|smtp_code)=([2-5]\d\d)(?=\s|$)/m
const LOGFMT_WORDS = /(?:^|\s)(?:message|msg|error|err|reason|response)=("(?:[^"\\\n]|\\.)*"|[^\s"]+)/m

function logfmtReply(text: string): string {
  const code = LOGFMT_CODE.exec(text)?.[1]
  const words = LOGFMT_WORDS.exec(text)?.[1]
  if (!code || !words) return text
  let said = words
  if (said.startsWith('"')) {
    try {
      said = String(JSON.parse(said))
    } catch {
      said = said.slice(1, -1)
    }
  }
  return said.startsWith(code) ? text : `${text}\n${code} ${said}`
}

const unescape = (escape: string): string => {
  if (escape[0] === 'u') return String.fromCharCode(parseInt(escape.slice(1), 16))
  if (escape === 'r\\n' || escape === 'n' || escape === 'r') return '\n'
  return escape === 't' ? '\t' : escape
}

const STEPS: PasteStep[] = [
  {
    name: 'spaces',
    why: 'web pages, and French dialogs ("Serveur : …"), put no-break spaces where the rules read a space',
    apply: (text) => text.replace(WIDE_SPACES, ' ').replace(ZERO_WIDTH, ''),
  },
  {
    name: 'html',
    why: 'errors copied from a rendered page or a web log viewer keep its escapes (&quot;, &#39;, &lt;)',
    apply: (text) => (HTML_REFERENCE.test(text) ? decodeHTML(text) : text),
  },
  {
    name: 'json-document',
    why: "a JSON log entry or an API's answer (Nextcloud, Monolog, an app's error) holds the message in its strings",
    // Twice: a JSON string that was itself serialised again (a log entry of an API's answer) is common.
    apply: (text) => {
      const once = jsonStrings(text)
      return once === null ? text : (jsonStrings(once) ?? once)
    },
  },
  {
    name: 'markdown-and-quotes',
    why: 'pastes in issues and mails arrive inside Markdown code fences or quoted with "> " on every line',
    apply: (text) => unquoted(text.replace(CODE_FENCE, '')),
  },
  {
    name: 'logfmt-reply',
    why: "key=value logs (logfmt) file the reply's code and its words under two keys (NethServer/dev#7983)",
    apply: logfmtReply,
  },
  {
    name: 'string-escapes',
    why: "JSON logs (Monolog, Nextcloud, Docker's json-file) and string literals escape quotes, slashes and newlines",
    apply: (text) =>
      LOOKS_JSON.test(text) || !text.includes('\n') ? text.replace(STRING_ESCAPE, (_, e) => unescape(e)) : text,
  },
  {
    name: 'log-prefix',
    why: 'application logs put a timestamp, a level and a logger name before every line of the message',
    apply: (text) => text.replace(LOG_PREFIX, '').replace(PYTHON_LOGGING, ''),
  },
  {
    name: 'line-prefixes',
    why:
      "docker compose, pm2, Android's logcat, syslog (of a program that is not a mail server: the log rules read " +
      "those whole) and .NET's inner-exception arrows put their own field before every line",
    apply: (text) => unprefixed(text),
  },
  {
    name: 'wraps',
    why: 'terminals and mail programs wrap a long error at 72-80 columns, inside a sentence or a word',
    apply: unwrapped,
  },
  {
    name: 'typographic-quotes',
    why: "Apple's and Thunderbird's newer strings use typographic apostrophes where the rules read the plain one",
    apply: (text) => text.replace(/[\u2018\u2019]/g, "'"),
  },
]

/** The pasted text as the program printed it: each step of STEPS, in order. */
export function unwrapPaste(text: string): string {
  let out = text
  for (const step of STEPS) out = step.apply(out)
  // Rules anchored at the start read the message's first line, not the blank line a fence or a wrapper left.
  return out.trim()
}
