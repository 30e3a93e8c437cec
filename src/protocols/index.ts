// The registry of mail protocols: one object per protocol (imap.ts, pop3.ts, smtp.ts), and what
// is derived from all of them (standard ports, which protocol a greeting speaks). Adding a
// protocol is one file here, its entry below and its row in model/primitives.ts PROTOCOL_NAMES
// (every other list of protocols — flags, forms, schemas, labels — is derived from that row).
import type { Protocol } from '../model/types.js'
import { parseCapabilityList, type Capabilities } from './capabilities.js'
import { FOREIGN_SIGNATURES, judgeGreeting, type Greeting } from './greeting.js'
import { imap } from './imap.js'
import { pop3 } from './pop3.js'
import { smtp } from './smtp.js'
import type { MailProtocol, StandardPort } from './types.js'

export type { MailProtocol, StandardPort } from './types.js'

export const MAIL_PROTOCOLS = { imap, pop3, smtp } as const satisfies Record<Protocol, MailProtocol>

export const protocolOf = (name: Protocol): MailProtocol => MAIL_PROTOCOLS[name]

/** The standard ports and the security each one speaks, every protocol's in turn. */
export const STANDARD_PORTS: ReadonlyArray<StandardPort & { protocol: Protocol }> = Object.values(
  MAIL_PROTOCOLS,
).flatMap((p) => p.ports.map((port) => ({ protocol: p.name, ...port })))

export function standardPort(port: number) {
  return STANDARD_PORTS.find((p) => p.port === port)
}

/** Server-to-server relay (SMTP 25): no login is expected there, STARTTLS is optional. */
export const isRelayPort = (e: { protocol: Protocol; port: number }): boolean =>
  protocolOf(e.protocol).ports.some((p) => p.port === e.port && p.relay === true)

/** Which protocol a first line belongs to, if any. */
function spokenProtocol(line: string): Greeting['spokenProtocol'] | undefined {
  return (
    Object.values(MAIL_PROTOCOLS).find((p) => p.signature.test(line))?.name ??
    FOREIGN_SIGNATURES.find((s) => s.pattern.test(line))?.protocol
  )
}

/** What a greeting means for a client of `protocol`. */
export function parseGreeting(protocol: Protocol, lines: string[]): Greeting {
  return judgeGreeting(protocol, protocolOf(protocol).greetingKind, spokenProtocol, lines)
}

/** Lines are the capability payload without status lines or tags. */
export function parseCapabilities(protocol: Protocol, lines: string[]): Capabilities {
  return parseCapabilityList(protocolOf(protocol).capabilities, lines)
}
