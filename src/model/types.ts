// The shapes every layer shares: probes produce them, diagnose reads them, reports print them.
import type { CauseId } from './cause-ids.js'
import type { CauseParams } from './cause-params.js'
import type { EvidenceCode } from './evidence-codes.js'

export { isProtocolName, PROTOCOL_NAMES, PROTOCOLS, SECURITIES, serviceOf } from './primitives.js'
export type {
  EndpointStatus,
  Protocol,
  Security,
  ServerSource,
  Service,
  Severity,
  StageName,
  StageStatus,
} from './primitives.js'
import type {
  EndpointStatus,
  Protocol,
  Security,
  ServerSource,
  Severity,
  StageName,
  StageStatus,
} from './primitives.js'

export interface EndpointSpec {
  protocol: Protocol
  host: string
  port: number
  security: Security
  source: ServerSource
  /** False for servers suggested by a foreign domain's SRV or autoconfig: no password goes there. */
  trusted?: boolean
  /** Probed only to compare with the user's choice (an encrypted way in beside a plaintext one). */
  alternative?: boolean
}

export type Facts = Record<string, string | number | boolean>

interface EvidenceSource {
  lib?: string
  code?: string
  response?: string
  command?: string
}

export interface Evidence {
  code: EvidenceCode
  detail?: string
  source?: EvidenceSource
}

export interface StageResult {
  stage: StageName
  status: StageStatus
  durationMs: number
  facts: Facts
  evidence: Evidence[]
}

export interface TranscriptLine {
  atMs: number
  dir: 'C' | 'S' | '*'
  text: string
}

export interface EndpointResult {
  endpoint: EndpointSpec
  status: EndpointStatus
  durationMs: number
  stages: StageResult[]
  transcript?: TranscriptLine[]
}

export interface EndpointRef {
  protocol: Protocol
  host: string
  port: number
}

export interface Finding {
  cause: CauseId
  severity: Severity
  endpoints: EndpointRef[]
  evidence: Evidence[]
  /** Values the cause text is filled with: host names, ports, certificate names, days. */
  params: CauseParams
}

/** Can the account receive and send: the services, not the ports. */
export type ServiceStatus = 'ok' | 'fail' | 'not_checked'

export interface Way {
  protocol: Protocol
  host: string
  port: number
  security: Security
}

export interface ServiceVerdict {
  status: ServiceStatus
  /** The best way in that works. */
  via: Way | null
  /** What keeps the service from working. */
  cause: CauseId | null
}

export interface Verdict {
  receive: ServiceVerdict
  send: ServiceVerdict
  /** The one cause to fix first for the whole account. */
  primaryCause: CauseId | null
}

export interface CheckTarget {
  address?: string
  host?: string
}

export interface CheckResult {
  target: CheckTarget
  endpoints: EndpointResult[]
  findings: Finding[]
  durationMs: number
  verdict: Verdict
  provider?: string
  /** What discovery found, when the servers came from the address. */
  discovery?: import('./discovery.js').DiscoveryResult
}
