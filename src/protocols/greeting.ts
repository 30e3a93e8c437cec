// Reads a server's first words. Pure: takes the greeting lines, returns what they mean; each
// protocol object (src/protocols/<name>.ts) says what its own greetings mean.
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

export const BUSY = /too many (connections|sessions|concurrent)|connection (limit|rate)/i
export const UNAVAILABLE = /unavailable|maintenance|shutting down|try again later|temporar|not active|overload|busy/i

/** How a protocol names what its (own) greeting means. */
export type GreetingKindOf = (first: string, codes: ReplyCodes, text: string) => GreetingKind

/**
 * What a greeting means for a client of `protocol`. `spoken` says which protocol a first line
 * belongs to (the registry knows every protocol's signature); `kindOf` reads the protocol's own.
 */
export function judgeGreeting(
  protocol: Protocol,
  kindOf: GreetingKindOf,
  spoken: (line: string) => Greeting['spokenProtocol'] | undefined,
  lines: string[],
): Greeting {
  const text = lines.join('\n')
  const first = lines[0] ?? ''
  const codes = parseReplyCodes(lines[lines.length - 1] ?? '')
  const speaks = spoken(first)
  if (speaks && speaks !== protocol) {
    // "220 ... ESMTP" is also how some FTP servers greet; the text tells them apart.
    const ftp = speaks === 'smtp' && /\bftp/i.test(first) && !/smtp|mail/i.test(first)
    return { kind: 'other-protocol', text, codes, spokenProtocol: ftp ? 'ftp' : speaks }
  }
  if (!speaks) return { kind: 'garbage', text, codes }
  return { kind: kindOf(first, codes, text), text, codes }
}

/** Not mail protocols, but what answers on a mail port by mistake. */
export const FOREIGN_SIGNATURES: Array<{ protocol: 'ssh' | 'http'; pattern: RegExp }> = [
  { protocol: 'ssh', pattern: /^SSH-\d/ },
  { protocol: 'http', pattern: /^HTTP\/\d/ },
]
