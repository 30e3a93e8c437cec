// The one signature every stage has, and the context it runs in.
import type { EndpointSpec, Evidence, Facts, StageStatus } from '../model/types.js'
import type { Timeouts } from '../model/timeout-table.js'
import type { Capabilities } from '../protocols/capabilities.js'
import type { Greeting } from '../protocols/greeting.js'
import type { Resolution } from './resolve.js'
import type { Session } from './session.js'

export type { Credentials } from '../model/credentials.js'
import type { Credentials } from '../model/credentials.js'

export interface ProbeOptions {
  /** Per-stage timeout (--timeout); every other limit derives from it (model/timeout-table.ts). */
  timeoutMs: number
  /** Extra trusted CA certificates (PEM), on top of the system's. */
  ca: string[]
  /** Query this DNS server (host:port) directly instead of the system resolver. */
  dnsServer?: string
  trace: boolean
  credentials?: Credentials
  allowPlaintextAuth: boolean
  /** Send the password also to servers a foreign domain's SRV or autoconfig suggested. */
  trustDiscovered?: boolean
  /** Every form of the check's secrets, armed before the first connection (default: from credentials). */
  scrubber?: import('./secrets.js').Scrubber
  /** TLS sessions to resume, from connections of this batch whose certificate was accepted. */
  tlsSessions?: import('./tls-sessions.js').TlsSessionCache
  now: () => Date
}

/** What the earlier stages of an endpoint learned, for the later ones. */
interface EndpointState {
  resolution?: Resolution
  address?: string
  greeting?: Greeting
  capabilities?: Capabilities
  /** True once the connection is encrypted and the certificate was accepted. */
  secure?: boolean
  /** Set by a successful login, for the mailbox stage. */
  mailbox?: MailboxHandle
}

/** What a successful login leaves behind: the way to read the mailbox, on the same session. */
interface MailboxHandle {
  inspect(): Promise<ProbeOutcome>
}

export interface SharedState {
  resolve(host: string): Promise<Resolution>
}

export interface ProbeContext {
  endpoint: EndpointSpec
  options: ProbeOptions
  session: Session
  state: EndpointState
  shared: SharedState
  /** Ends when the stage's budget is spent or the check's deadline (or the caller) stops it. */
  signal: AbortSignal
  /** The check's time limits, for the limits a probe measures inside its stage. */
  timeouts: Timeouts
}

export interface ProbeOutcome {
  status: StageStatus
  facts: Facts
  evidence: Evidence[]
}

export type Probe = (ctx: ProbeContext) => Promise<ProbeOutcome>

export const pass = (facts: Facts = {}, evidence: Evidence[] = []): ProbeOutcome => ({
  status: 'pass',
  facts,
  evidence,
})
export const warn = (facts: Facts, evidence: Evidence[]): ProbeOutcome => ({ status: 'warn', facts, evidence })
export const fail = (evidence: Evidence[], facts: Facts = {}): ProbeOutcome => ({ status: 'fail', facts, evidence })
export const skip = (facts: Facts = {}, evidence: Evidence[] = []): ProbeOutcome => ({
  status: 'skip',
  facts,
  evidence,
})

export { clip } from './clip.js'
