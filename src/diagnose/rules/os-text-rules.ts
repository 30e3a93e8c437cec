// The operating system's localized socket and resolver texts (os-texts.ts) as rule rows: each text reads as the
// cause its number or errno already has, so that a paste with only the words answers as the number would.
import { STANDARD_PORTS } from '../../protocols/index.js'
import { WINSOCK } from './code-tables.js'
import { OS_TEXTS, type OsCode, type OsText } from './os-texts.js'
import type { ClassifierRule } from './rule.js'
import { GREETING_SILENCE } from './tls-rules.js'

/** Server-to-server relay ports (SMTP 25): a timeout there is the provider's block. */
const RELAY_PORTS = STANDARD_PORTS.filter((p) => p.relay)
export const RELAY = {
  protocol: [...new Set(RELAY_PORTS.map((p) => p.protocol))],
  port: RELAY_PORTS.map((p) => p.port),
}

// The causes the errno and EAI_ codes already have as error codes (connection-rules.ts: ECONNREFUSED, ETIMEDOUT
// through nodemailer's row, ECONNRESET/ECONNABORTED, EHOSTUNREACH/ENETUNREACH/EHOSTDOWN; transport-rules.ts:
// EAI_NONAME, EAI_AGAIN, EAI_NODATA). WinSock numbers take theirs from code-tables.ts.
const ERRNO_CAUSE: Record<Exclude<OsCode, number>, string> = {
  ECONNREFUSED: 'tcp_refused',
  ETIMEDOUT: 'tcp_timeout',
  ECONNRESET: 'tcp_reset',
  ECONNABORTED: 'tcp_reset',
  EHOSTUNREACH: 'net_unreachable',
  ENETUNREACH: 'net_unreachable',
  EHOSTDOWN: 'net_unreachable',
  EAI_NONAME: 'dns_nxdomain',
  EAI_AGAIN: 'dns_servfail',
  EAI_NODATA: 'dns_no_address',
}

/** The cause the English and Italian rows of the same number or errno give; null when they give none. */
export function osTextCause(code: OsCode): string | null {
  return typeof code === 'number' ? (WINSOCK[code]?.cause ?? null) : ERRNO_CAUSE[code]
}

// Pastes vary in small ways: full-width or ASCII punctuation, a closing stop or none, a line wrapped (a space or a
// newline put between two CJK characters, or a space lost), a typographic apostrophe. Each literal character stays
// literal, so the pattern is linear: a fixed sequence with at most one optional class between two characters.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\u3000-\u303f]/
const PUNCT: Record<string, string> = {
  ',': '[,，、]?',
  '，': '[,，、]?',
  '、': '[,，、]?',
  '.': '[.。]?',
  '。': '[.。]?',
  ':': '[:：]?',
  '：': '[:：]?',
  "'": "['’`´]",
  '’': "['’`´]",
  '`': "['’`´]",
}
const escape = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

export function wordsPattern(words: string): RegExp {
  const chars = [...words]
  let source = ''
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    if (/\s/.test(c)) {
      if (i > 0 && /\s/.test(chars[i - 1])) continue
      // Between two CJK characters a space may be lost; between words it may become a line break.
      const cjk = i > 0 && CJK.test(chars[i - 1]) && CJK.test(chars[i + 1] ?? '')
      source += cjk ? '\\s*' : '\\s+'
      continue
    }
    source += PUNCT[c] ?? escape(c)
    if (CJK.test(c) && CJK.test(chars[i + 1] ?? '')) source += '\\s?'
  }
  return new RegExp(source, 'i')
}

/** The words a text is read by: its own `words`, or the text without its closing stop. */
export const wordsOf = (row: OsText): string => row.words ?? row.text.replace(/[.。!！]+$/, '')

/** A text's rule rows: its number's or errno's cause, and the relay-port block for a timeout. */
export function osTextRules(row: OsText): ClassifierRule[] {
  const cause = osTextCause(row.code)
  if (!cause) return []
  const text = wordsPattern(wordsOf(row))
  // As socketCause does for the number: no answer on the relay port while sending is the provider's block.
  const relay: ClassifierRule[] =
    cause === 'tcp_timeout'
      ? [{ cause: 'port_25_blocked', source: row.source, ...RELAY, text, unless: GREETING_SILENCE }]
      : []
  return [...relay, { cause, source: row.source, text }]
}

export const OS_TEXT_RULES: ClassifierRule[] = OS_TEXTS.flatMap(osTextRules)
