// What discovery found, as a check's result carries it: in the model, so that the model's types
// import nothing above them (src/discover builds these; reports read them).
import type { Protocol, Security, ServerSource } from './primitives.js'

type OAuthPolicy = 'required' | 'default' | 'optional' | 'none'

export interface OAuthFacts {
  protocols: Partial<Record<Protocol, OAuthPolicy>>
  /** The account's own password signs in to no protocol: only OAuth or an app password does. */
  accountPasswordRefused?: true
  /** Where it was read, and when (YYYY-MM-DD): provider policies change. */
  source: string
  checked: string
}

/** A server some source suggests, and whether a password may be sent to it. */
export interface Candidate {
  protocol: Protocol
  host: string
  port: number
  security: Security
  source: ServerSource
  trusted: boolean
  /** Why it is not trusted, when it is not. */
  untrustedBecause?: 'foreign-domain' | 'plain-http'
}

export interface SourceReport {
  source: ServerSource
  status: 'found' | 'nothing' | 'error' | 'skipped'
  detail?: string
  candidates: Candidate[]
}

export interface DiscoveryResult {
  domain: string
  provider?: string
  /** How the provider's mail programs sign in, per protocol (from the provider table). */
  oauth?: OAuthFacts
  /** A known mail domain one letter away, when this domain receives no mail. */
  typoOf?: string
  sources: SourceReport[]
  /** Per protocol, the candidates of the most trusted source that had any; best first. */
  chosen: Candidate[]
}
