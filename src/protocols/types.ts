// The one interface every mail protocol implements. The probes, the planner, the fixture servers
// and the diagnosis ask the protocol object (src/protocols/index.ts) instead of testing its name.
import type { CauseId } from '../model/cause-ids.js'
import type { Protocol } from '../model/types.js'
import type { Credentials, ProbeContext, ProbeOutcome } from '../probes/probe.js'
import type { SaslDialect } from '../probes/auth/sasl-exchange.js'
import type { Framing } from '../probes/session.js'
import type { CapabilityDialect } from './capabilities.js'
import type { GreetingKindOf } from './greeting.js'

/** What a reply line says, whatever the protocol's words for it. */
export type ReplyClass = 'ok' | 'temporary' | 'permanent' | 'continuation'

export interface StandardPort {
  port: number
  /** Implicit TLS from the first byte (RFC 8314), or STARTTLS after the greeting. */
  security: 'tls' | 'starttls'
  /** Server-to-server relay (SMTP 25): STARTTLS and AUTH are optional there, a client cannot count on it. */
  relay?: boolean
}

export interface MailProtocol {
  /** Its row in PROTOCOL_NAMES (model/primitives.ts): the label people see, what a mail program uses it for. */
  name: Protocol
  /**
   * The cause when a provider switched this protocol off for the account (the same password opens
   * another protocol of the same service); none where providers do not do that.
   */
  switchedOffCause?: CauseId
  /** The standard ports, in the order they are tried; the first is the preferred one. */
  ports: readonly StandardPort[]
  /** Where discovery looks for this protocol's servers. */
  discovery: {
    /** RFC 6186 SRV labels and the security each announces. */
    srv: ReadonlyArray<{ label: string; security: 'tls' | 'starttls' }>
    /** The host name labels providers usually give such a server, most usual first. */
    hostPrefixes: readonly string[]
  }
  /** How error texts (pasted into `explain`, or a library's words) show this protocol. */
  inText: {
    /** Words that name it: its libraries, classes, the protocol's own name. */
    named: RegExp
    /** One of its greetings or status lines quoted inside a text. */
    greeting: RegExp
    /** A status line no other protocol's server sends, when a text names no protocol and no port. */
    ownStatus?: RegExp
  }
  framing: Framing
  /** A first line in this protocol (tells a port that speaks another protocol). */
  signature: RegExp
  /** What one of this protocol's greetings means (the signature matched). */
  greetingKind: GreetingKindOf
  capabilities: CapabilityDialect
  starttls: {
    command: string
    /** The go-ahead a fixture server gives (without tag). */
    okReply: string
    /** The server may know the command though its capability list does not say (POP3 without CAPA). */
    mayBeUnlisted?(capabilityList: string[]): boolean
    /**
     * After the handshake the server states its capabilities by itself, shaped like its greeting
     * (ManageSieve, RFC 5804 §2.2): they are read, not asked for.
     */
    capabilitiesFollow?: boolean
  }
  /** IMAP AUTHENTICATE, POP3 and SMTP AUTH; `continuation` tells a server waiting for the next answer. */
  sasl: SaslDialect & {
    /** The continuation request's prefix as a fixture server writes it ("+ ", "334 "). */
    challengePrefix: string
  }
  /**
   * Whether the server would take a password, judged from the capability facts a report keeps:
   * the listed words (upper case), LOGINDISABLED, the SASL mechanisms (space-separated).
   */
  takesPassword(listed: { words: string[]; loginDisabled: boolean; mechanisms: string }): boolean
  /** The class of a reply's final line. */
  replyClass(final: string): ReplyClass
  /** Logs in over the probe's own session; a success leaves the mailbox inspection in ctx.state. */
  login(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome>
  /** A reason not to try a login at all, read from the capabilities (SMTP without AUTH). */
  beforeLogin?(ctx: ProbeContext): ProbeOutcome | undefined
}
