// Peels the wrapper a mail program or a library puts around an error: the fields of an Outlook
// dialog ("Server:", "Protocollo:", "Porta:", "Errore socket:", "Numero errore:"), a Python or
// Java exception around a server reply, a host:port in a socket message. What it finds are hints
// for the classifier and, when nothing is recognised, the settings `explain` proposes to check.

import type { Protocol } from '../model/types.js'
import { MAIL_PROTOCOLS, STANDARD_PORTS } from '../protocols/index.js'
import { dialogFields } from './dialog-order.js'
import { looksLikeCode, looksMasked } from './host-candidate.js'

export interface Peeled {
  protocol?: Protocol
  port?: number
  host?: string
  /** WinSock error number (10013…11004): "Socket Error: 10060", "[WinError 10061]", "SocketException (11001)". */
  socketError?: number
  /** Windows mail error number: 0x800CCC0E … */
  errorNumber?: string
  security?: 'tls' | 'plain'
  /** The server's own words quoted inside the wrapper. */
  reply?: string
}

// The standard ports, and 2525: the submission port many hosting providers add.
const PORT_PROTOCOL: Record<number, Peeled['protocol']> = {
  ...Object.fromEntries(STANDARD_PORTS.map((p) => [p.port, p.protocol])),
  2525: 'smtp',
}
const MAIL_PORTS = new Set(Object.keys(PORT_PROTOCOL).map(Number))

// Outlook's dialog fields in en, it, de, fr and es.
const FIELD_PROTOCOL = /\b(?:Protocol|Protocollo|Protokoll|Protocole|Protocolo)\s*:\s*(IMAP|POP3?|SMTP)\b/i
// Outlook's "Port: 993", curl's "port 25", JavaMail's "port: 465" and "host, port: smtp.x, 587"; Postal's
// "Cannot connect to <address>:<port> (<host>)" (postalserver/postal:lib/postal/smtp_sender.rb), whose address
// may be an unbracketed IPv6 one.
const FIELD_PORT =
  /\b(?:Port|Porta|Puerto)\s*[:=]\s*(\d{2,5})\b|\bport(?::| )\s*(\d{2,5})\b|\(port (\d{2,5})\)|host, port: [^,;]+, (\d{2,5})\b|\bCannot connect to [0-9a-f:.]+:(\d{2,5}) \(/i
// A library call or constructor given a host and a port, as a traceback or a snippet shows it: Python's
// smtplib.SMTP('smtp.x.com', 465) / imaplib.IMAP4_SSL("imap.x.com", port=993), Ruby's Net::SMTP.start('smtp.x.com',
// 587): the port the client was told to use, which the error text itself rarely repeats.
const CALL_PORT = /\(\s*(?:host\s*=\s*)?['"](?:[a-z0-9-]+\.)+[a-z]{2,}['"]\s*,\s*(?:port\s*=\s*)?(\d{2,5})\s*[,)]/i
// Not Python's modules (smtplib.SMTP, imaplib.IMAP4_SSL, poplib.POP3): a traceback names them before any host, and
// a variable named server or host may hold one ("server = smtplib.SMTP(…)").
const PYTHON_MODULE = String.raw`(?!(?:smtp|imap|pop)lib\.)`
const FIELD_HOST = new RegExp(
  String.raw`\b(?:Server|Host|host|server)\s*[:=]?\s*['"‘“\`]?${PYTHON_MODULE}((?:[a-z0-9-]+\.)+[a-z]{2,})\b`,
  'gi',
)
// A word such as mail. or outlook. after an @ is the domain of an address (user@outlook.com): it names the mailbox's
// provider, not the server the client used. imap., pop. and smtp. name a server even there: fetchmail writes
// "user@server" ("Authorization failure on anna@pop.example.org").
const SERVER_PREFIX = '(?:imaps?|pop3?s?|smtps?)'
const MAIL_PREFIX = '(?:mail|outlook|mx|posta|in|out)'
// Only where a dotted name starts: "outlook.com" inside Exchange's "VI1PR08CA0234.eurprd08.prod.outlook.com" is not
// a server the client was given.
const NAME_START = String.raw`(?<![\w.-])`
const DOTTED_TAIL = String.raw`[a-z0-9-]*\.(?:[a-z0-9-]+\.)*[a-z]{2,}`
const MAIL_HOST = new RegExp(
  String.raw`${NAME_START}${PYTHON_MODULE}((?:${SERVER_PREFIX}|(?<!@)${MAIL_PREFIX})${DOTTED_TAIL})\b`,
  'gi',
)
// Where the client dialled, as logs write it: an address or a dotted name with its port ("1.2.3.4:587",
// "gmail-smtp-in.l.google.com:25", Postfix's "name[address]:25", c-client's "host,993", "[::1]:25"). The name, when
// there is one, is the server, whatever its first label. A file's name and line in a stack trace
// ("packages/email.js:110:13", Ruby's "net/smtp.rb:587:in `start'") has the same shape: a source file's name, or a
// number followed by a column or Ruby's ":in", is no endpoint.
const ENDPOINT = new RegExp(
  String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|${NAME_START}((?:[a-z0-9-]+\.)+[a-z]{2,})(?:\[[0-9a-f:.]+\])?|\])` +
    String.raw`[:,](\d{2,5})\b(?!:\d|:in\b)`,
  'gi',
)

/** The endpoints a text names on a mail port, in order: each one's port and, when the text names it, its host. */
function* mailEndpoints(text: string): Generator<{ name?: string; port: number }> {
  for (const m of text.matchAll(ENDPOINT)) {
    const port = Number(m[2])
    if (MAIL_PORTS.has(port) && !(m[1] && looksLikeCode(m[1]))) yield { name: m[1], port }
  }
}
// "Socket Error: 10060", a bare "Error 11001", "[Error 10061]", Rust's "(os error 10060)" and Indy's "Socket Error #
// 10060" are one case: a number in WinSock's range after the word error is WinSock's (unknown numbers say nothing).
const SOCKET_ERROR =
  /(?:Errore socket|Socketfehler|Erreur de socket|Error de socket|WinError|Errno|SocketException|\bError)\s*[:#]?\s*\(?\s*(1[01]\d{3})\b/i
// The last such number: Outlook's dialog puts its "Server Error: 0x800CCC90" (the server's -ERR, a POP3 answer in
// general) before "Error Number: 0x800CCC92", the one that says what failed.
const ERROR_NUMBER = /\b0x(800CCC[0-9A-F]{2}|8004[0-9A-F]{4}|8007[0-9A-F]{4})\b/gi
const SECURITY =
  /(?:Secure\s*\(SSL\)|Protetto \(SSL\)|Protezione \(SSL\)|Sicher \(SSL\)|Sécurisé \(SSL\)|Seguro \(SSL\))\s*:\s*(Yes|Sì|Si|Sí|Ja|Oui|No|Nein|Non)(?![\p{L}])/iu

// Where a wrapper quotes the server: Outlook's fields, "the server responded", a Python tuple
// (535, b'…' or '…'), a bytes literal b'…', .NET's "The server response was: …", Symfony's "with message".
const REPLY_PATTERNS: RegExp[] = [
  /(?:Server Response|Risposta del server|Serverantwort|Réponse du serveur|Respuesta del servidor)\s*:\s*['‘’]([^'’]+)['’]/i,
  // Exchange's message trace and NDR fields, "Reason: [{LED=421 …};{MSG=};{FQDN=…};{IP=…};{LRT=…}]": LED is the
  // last reply the remote server gave (learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/).
  /\{LED=([2-5]\d\d[ -][^}]*)\}/,
  // Python 3 quotes the reply as bytes, Python 2 as a str: (553, '5.5.4 …', 'sender').
  /\((\d{3}), b?['"]((?:[^'"\\]|\\.)+)['"]/,
  /(?:The server response was|with message)\s*:?\s*"?([^"]+?)"?\.?"?$/i,
  // The same .NET sentence in de, fr, es as .NET Framework's language packs print it (learn.microsoft.com's
  // de-de, fr-fr, es-es SSRS e-mail delivery pages): "Die Serverantwort war/lautete:", "La réponse du serveur
  // était :", "La respuesta del servidor fue:"; it-it's "Risposta del server:" is read below.
  /(?:Die Serverantwort (?:war|lautete)|La réponse du serveur était|La respuesta del servidor fue)\s*:\s*(.+?)\s*$/is,
  /(?:The server responded|server ha risposto|responded|ha risposto)\s*:\s*(.+?)\s*'?$/i,
  // A sync tool's or a script's "unexpected response: 'NO …'" (imapbackup, offlineimap, getmail): the reply it quotes.
  /\b(?:unexpected|bad|invalid|server|error) (?:response|reply|answer)\s*[:=]\s*['"]([^'"\n]+)['"]/i,
  // Other clients' and languages' "the server said": Apple's "returned the error", K-9's
  // "response: #n# [NO, [CODE], text]", Thunderbird's de/fr/es/zh-CN, "Server said:".
  /\bresponse: #\d+# \[((?:OK|NO|BAD|BYE)), (?:\[([A-Z-]+)\], )?([^\]]*)\]/,
  /(?:returned the error|ha restituito l'errore|Server said|server says|Server reply|Risposta del server)\s*:\s*(.+)$/is,
  /(?:antwortete|a répondu|respondió|ha respondido|响应|回复)\s*[:：]\s*(.+)$/is,
  // A reply in brackets after the client's own sentence: "Username or password incorrect. (-ERR …)".
  /\(\s*((?:[+-](?:OK|ERR)\b|[2-5]\d\d[ -]|[A-Za-z0-9.]+ (?:OK|NO|BAD|BYE)\b|\* (?:OK|NO|BAD|BYE)\b)[^)]*)\)/,
  /\bb['"]((?:[^'"\\]|\\.)+)['"]/,
  // PEAR Net_SMTP's "Invalid response code received from server (code: 535, response: Denied)" (pear/Net_SMTP:
  // Net/SMTP.php _parseResponse, with the code and response its callers append): the server's code and words.
  /\(code: ([2-5]\d\d), response: ([^)]*)\)/,
  // Rust lettre's "permanent error (535): <the server's words>" and "transient error (421)" (lettre:
  // src/transport/smtp/error.rs, Display): the reply's code, and its text when the server gave one.
  /\b(?:permanent|transient) error \(([2-5]\d\d)\)(?::[ \t]*([^\n]+))?/,
  // A status line quoted after a wrapper's colon: "Unexpected close: * BYE …", "failed: -ERR …".
  /:\s*((?:\* |[A-Za-z0-9.]+ )(?:OK|NO|BAD|BYE)\b.*|[+-](?:OK|ERR)\b.*|[2-5]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b.*)$/s,
]

/** How a line the server sent starts: an SMTP code, a POP3 status, an IMAP untagged status or a tagged refusal. */
export const SERVER_STATUS = [
  String.raw`[2-5]\d\d[ -]`,
  String.raw`[+-](?:OK|ERR)\b`,
  String.raw`\* (?:OK|NO|BAD|BYE)\b`,
  String.raw`[A-Za-z0-9.]+ (?:NO|BAD)\b`,
].join('|')

// A line of its own that is a server's status line: a log or an exception chain puts the program's own words first
// and the reply on a later line. Read only when no wrapper above quoted one, and when the paste does not itself
// open with a status line (then it is the reply, continued: "554-… 554-… 554 …").
const STATUS_LINE = new RegExp(String.raw`^[ \t]*((?:${SERVER_STATUS}).*)$`, 'm')
// A client's debug log marks what the server sent: lettre's and Symfony's "<< 535 …", swaks's "<-  220 …", the Dart
// mailer's and ESP Mail Client's "< 535" and "< S: 535", a log's "S: 535".
// A log that writes the whole session on one line ("<< 220 … >> EHLO … << 250 …") is cut at each marker.
const STATUS_LINES = new RegExp(
  String.raw`(?:^[ \t]*(?:<[ \t]*(?:S:[ \t]*)?)?|(?:^|\s)(?:<<|<-|<~|S:)[ \t]*)` +
    String.raw`((?:${SERVER_STATUS})(?:(?!\s(?:<<|>>)\s|<CRLF>).)*)`,
  'gm',
)
// In a session transcript the greeting and the EHLO lines come first; the refusal is the reply the paste is about.
const REFUSAL = /^(?:[45]\d\d[ -]|-ERR\b|\* (?:NO|BAD|BYE)\b|[A-Za-z0-9.]+ (?:NO|BAD)\b)/

function laterStatusLine(text: string): string | undefined {
  const firstLine = text.trimStart().split('\n', 1)[0]
  if (STATUS_LINE.test(firstLine)) return undefined
  const lines = [...text.matchAll(STATUS_LINES)].map((m) => m[1].trim())
  return lines.find((line) => REFUSAL.test(line)) ?? lines[0]
}

const OWN_STATUS_LINE = /^\s*[2-5]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/

// Each protocol object says which words name it in error texts.
const KEYWORD_PROTOCOL: Array<[RegExp, Protocol]> = Object.values(MAIL_PROTOCOLS).map((p) => [p.inText.named, p.name])

export function peel(text: string): Peeled {
  const out: Peeled = {}
  const proto = FIELD_PROTOCOL.exec(text)
  if (proto) out.protocol = protocolOfField(proto[1])
  out.port = portOf(text)
  out.host = hostOf(text)
  const socket = SOCKET_ERROR.exec(text)
  if (socket) out.socketError = Number(socket[1])
  const num = [...text.matchAll(ERROR_NUMBER)].at(-1)
  if (num) out.errorNumber = `0x${num[1].toUpperCase()}`
  // The Windows Mail app shows a WinSock error as its HRESULT (0x80072746 is 10054): read the socket error in it.
  out.socketError ??= winsockOfHresult(out.errorNumber)
  // An Outlook dialog whose labels are in a language the patterns above do not know: its values, read by position.
  const dialog = dialogFields(text)
  if (dialog.protocolField) out.protocol ??= protocolOfField(dialog.protocolField)
  if (dialog.port) out.port ??= dialog.port
  if (dialog.socketError) out.socketError ??= dialog.socketError
  const sec = SECURITY.exec(text)
  if (sec) out.security = /^(no|nein|non)$/i.test(sec[1]) ? 'plain' : 'tls'
  // A text that opens with the server's own status line is the reply: what it quotes after a colon
  // ("530 5.7.57 … Error: 535 5.7.139 …") is its detail, not a wrapper around another reply.
  if (!OWN_STATUS_LINE.test(text)) out.reply = replyOf(text) ?? dialog.reply ?? laterStatusLine(text)
  out.protocol ??=
    keywordProtocol(text) ??
    (out.port ? PORT_PROTOCOL[out.port] : undefined) ??
    statusProtocol(out.reply ?? '') ??
    statusProtocol(text)
  return out
}

// A dialog's protocol field: IMAP, SMTP, POP or POP3.
function protocolOfField(value: string): Protocol {
  return /^POP/i.test(value) ? 'pop3' : (value.toLowerCase() as 'imap' | 'smtp')
}

// HRESULT_FROM_WIN32: 0x8007 and the Win32 error number in hex; WinSock's numbers are 10000–11999.
function winsockOfHresult(errorNumber: string | undefined): number | undefined {
  const n = errorNumber?.startsWith('0x8007') ? parseInt(errorNumber.slice(6), 16) : NaN
  return n >= 10000 && n < 12000 ? n : undefined
}

// The first dotted word a host pattern finds that is not a name in code (a class, a module, a file, a method called
// as in a traceback's "smtp.login(user, password)") nor a mask.
function hostOf(text: string): string | undefined {
  for (const pattern of [FIELD_HOST, MAIL_HOST]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].indexOf(m[1]) + m[1].length
      if (!looksLikeCode(m[1]) && !looksMasked(m[1]) && text[end] !== '(') return m[1]
    }
  }
  for (const { name } of mailEndpoints(text)) if (name && !looksMasked(name)) return name
  return undefined
}

function portOf(text: string): number | undefined {
  const field = FIELD_PORT.exec(text)
  const fromField = field ? Number(field.slice(1).find(Boolean)) : undefined
  if (fromField && fromField < 65536) return fromField
  const call = CALL_PORT.exec(text)
  if (call && Number(call[1]) < 65536) return Number(call[1])
  return mailEndpoints(text).next().value?.port
}

// The protocol whose own status line the reply (or the text) holds: read last, after its words and its port.
const STATUS_PROTOCOL = Object.values(MAIL_PROTOCOLS).flatMap((p) =>
  p.inText.ownStatus ? [[p.inText.ownStatus, p.name] as const] : [],
)

function statusProtocol(text: string): Peeled['protocol'] {
  return STATUS_PROTOCOL.find(([pattern]) => pattern.test(text))?.[1]
}

function keywordProtocol(text: string): Peeled['protocol'] {
  let best: { at: number; protocol: NonNullable<Peeled['protocol']> } | undefined
  for (const [pattern, protocol] of KEYWORD_PROTOCOL) {
    const m = pattern.exec(text)
    if (m && (!best || m.index < best.at)) best = { at: m.index, protocol }
  }
  return best?.protocol
}

function replyOf(text: string): string | undefined {
  for (const pattern of REPLY_PATTERNS) {
    const m = pattern.exec(text)
    if (!m) continue
    const inner = replyText(m).replace(/\\n/g, '\n').trim()
    if (inner && inner !== text.trim()) return inner
  }
  return undefined
}

// K-9's "[NO, [CODE], text]" becomes the line the server sent: "NO [CODE] text".
function replyText(m: RegExpExecArray): string {
  if (m.length > 3) return [m[1], m[2] ? `[${m[2]}]` : '', m[3]].filter(Boolean).join(' ')
  return m.length > 2 && m[2] ? `${m[1]} ${m[2]}` : m[1]
}

// Undoes the two commonest wrong decodings of pasted errors, so that the rules read the real words:
// UTF-8 read as Latin-1/Windows-1252 ("ungÃ¼ltig" for "ungültig", "piÃ¹" for "più") and Chinese GBK
// read as Latin-1 ("ÊÚÈ¨Âë" for "授权码"). Sources: https://encoding.spec.whatwg.org/#windows-1252
// (the byte each misread character stands for) and https://encoding.spec.whatwg.org/#gbk.

// Windows-1252's characters for bytes 0x80–0x9F: a misread continuation byte may show as one of them.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
// A run of characters that may each stand for one misread byte (two or more: one alone is a real letter).
const HIGH_RUN = new RegExp(`[\\u0080-\\u00FF${CP1252.replace(/[\u0080-\u009f]/g, '')}]{2,}`, 'g')
const utf8 = new TextDecoder('utf-8', { fatal: true })
const gbk = new TextDecoder('gbk', { fatal: true })

function byteOf(ch: string): number {
  const code = ch.charCodeAt(0)
  if (code <= 0xff) return code
  const at = CP1252.indexOf(ch)
  return at >= 0 ? 0x80 + at : -1
}

function decoded(chars: string, decoder: TextDecoder): string | null {
  const bytes = [...chars].map(byteOf)
  return bytes.some((b) => b < 0) ? null : decodedBytes(bytes, decoder)
}

function decodedBytes(bytes: number[], decoder: TextDecoder): string | null {
  try {
    return decoder.decode(Uint8Array.from(bytes))
  } catch {
    return null
  }
}

// Python's repr of bytes it would not print as text ("(535, 'Error: \xc7\xeb…')" from Python 2's smtplib,
// b'…' in Python 3: https://docs.python.org/3/reference/lexical_analysis.html#escape-sequences): a run of two or
// more \xNN escapes is the reply's own bytes, read as UTF-8, or as GBK when that gives Chinese (QQ, NetEase).
const BYTE_ESCAPES = /(?:\\x[0-9a-f]{2}){2,}/gi

function unescapedBytes(text: string): string {
  if (!text.includes('\\x')) return text
  return text.replace(BYTE_ESCAPES, (run) => {
    const bytes = run
      .slice(2)
      .split('\\x')
      .map((hex) => parseInt(hex, 16))
    if (!bytes.some((b) => b >= 0x80)) return run
    const asUtf8 = decodedBytes(bytes, utf8)
    if (asUtf8 !== null) return asUtf8
    const asGbk = decodedBytes(bytes, gbk)
    return asGbk && /[\u4e00-\u9fff]{2}/.test(asGbk) ? asGbk : run
  })
}

/** The text with misread UTF-8 runs decoded; a GBK reading that gives Chinese is added after the text. */
export function repairMojibake(raw: string): string {
  const text = unescapedBytes(raw)
  if (!/[\u00C0-\u00FF]/.test(text)) return text
  const chinese: string[] = []
  const fixed = text.replace(HIGH_RUN, (run) => {
    const asUtf8 = decoded(run, utf8)
    if (asUtf8 !== null) return asUtf8
    const asGbk = decoded(run, gbk)
    if (asGbk && /[\u4e00-\u9fff]{2}/.test(asGbk)) chinese.push(asGbk)
    return run
  })
  return chinese.length ? `${fixed}\n${chinese.join(' ')}` : fixed
}
