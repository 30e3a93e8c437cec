// Reads a server's first words. Pure: takes the greeting lines, returns what they mean.
import type { Protocol } from '../model/types.js'
import { parseReplyCodes, type ReplyCodes } from './response-codes.js'

export type GreetingKind =
  | 'ready' // the server is ready for commands
  | 'preauth' // IMAP PREAUTH: already logged in
  | 'unavailable' // maintenance, shutting down, temporarily unavailable
  | 'busy' // too many connections from this client
  | 'rejected' // the server refuses this client (SMTP 554, IMAP BYE without reason)
  | 'other-protocol' // another mail protocol answers on this port
  | 'garbage' // not a greeting of any mail protocol

export interface Greeting {
  kind: GreetingKind
  text: string
  codes: ReplyCodes
  /** For 'other-protocol': which one answered. */
  spokenProtocol?: Protocol | 'ssh' | 'http' | 'ftp'
}

const SIGNATURES: Array<{ protocol: Greeting['spokenProtocol']; pattern: RegExp }> = [
  { protocol: 'imap', pattern: /^\* (OK|PREAUTH|BYE)\b/i },
  { protocol: 'pop3', pattern: /^(\+OK|-ERR)(\s|$)/i },
  { protocol: 'smtp', pattern: /^[2-5]\d\d[ -]/ },
  { protocol: 'ssh', pattern: /^SSH-\d/ },
  { protocol: 'http', pattern: /^HTTP\/\d/ },
]

/** Which protocol a first line belongs to, if any. */
export function spokenProtocol(line: string): Greeting['spokenProtocol'] | undefined {
  return SIGNATURES.find((s) => s.pattern.test(line))?.protocol
}

const BUSY = /too many (connections|sessions|concurrent)|connection (limit|rate)/i
const UNAVAILABLE = /unavailable|maintenance|shutting down|try again later|temporar|not active|overload|busy/i

export function parseGreeting(protocol: Protocol, lines: string[]): Greeting {
  const text = lines.join('\n')
  const first = lines[0] ?? ''
  const codes = parseReplyCodes(lines[lines.length - 1] ?? '')
  const spoken = spokenProtocol(first)
  if (spoken && spoken !== protocol) {
    // "220 ... ESMTP" is also how some FTP servers greet; the text tells them apart.
    const ftp = spoken === 'smtp' && /\bftp/i.test(first) && !/smtp|mail/i.test(first)
    return { kind: 'other-protocol', text, codes, spokenProtocol: ftp ? 'ftp' : spoken }
  }
  if (!spoken) return { kind: 'garbage', text, codes }
  return { kind: GREETING_KIND[protocol](first, codes, text), text, codes }
}

const GREETING_KIND: Record<Protocol, (first: string, codes: ReplyCodes, text: string) => GreetingKind> = {
  imap(first, codes) {
    if (codes.imapStatus === 'OK') return 'ready'
    if (codes.imapStatus === 'PREAUTH') return 'preauth'
    if (codes.imapCode === 'UNAVAILABLE' || UNAVAILABLE.test(first)) return 'unavailable'
    if (codes.imapCode === 'LIMIT' || BUSY.test(first)) return 'busy'
    return 'rejected'
  },
  pop3(first, codes) {
    if (codes.pop3Status === '+OK') return 'ready'
    if (codes.pop3Code === 'SYS/TEMP' || UNAVAILABLE.test(first)) return 'unavailable'
    if (codes.pop3Code === 'IN-USE' || BUSY.test(first)) return 'busy'
    return 'rejected'
  },
  smtp(_first, codes, text) {
    if (codes.smtpCode === 220) return 'ready'
    if (BUSY.test(text)) return 'busy'
    if (codes.smtpCode === 421 || UNAVAILABLE.test(text)) return 'unavailable'
    return 'rejected'
  },
}
