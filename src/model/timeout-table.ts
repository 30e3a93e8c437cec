// Every time limit of a check in one table, derived from --timeout (the per-stage limit). The
// runner gives each stage its budget as an AbortSignal; the probes read their inner limits here,
// so no layer has to know another one's timing.
import type { StageName } from './primitives.js'

export interface Timeouts {
  /** The most each stage may take; then the runner stops it with the stage's timeout evidence. */
  stage: Record<StageName, number>
  /** Silence after connecting before the greeting counts as missing. */
  greetingSilence: number
  /** After a silent plaintext connection, how long a TLS handshake gets to prove the port is TLS. */
  tlsSniff: number
  /** The second handshake with legacy TLS settings, after a failed one. */
  legacyTls: number
  /** One name lookup, whatever the resolver's own retries. */
  lookup: number
  /** One autoconfig fetch. */
  autoconfig: number
  /** The answer to the "*" that cancels a SASL exchange that would not end. */
  saslCancel: number
  /** A polite close: how long the server gets to answer our FIN. */
  closeGrace: number
  /** The whole check, unless --deadline says otherwise: every stage once at most, the login twice. */
  deadline: number
}

/** Room a stage gets beyond the limits it measures itself, for what it does after them. */
const MARGIN_MS = 250

export function timeoutTable(timeoutMs: number): Timeouts {
  const greetingSilence = timeoutMs
  const tlsSniff = Math.min(timeoutMs, 2000)
  const lookup = timeoutMs
  return {
    stage: {
      dns: lookup + MARGIN_MS,
      tcp: timeoutMs,
      tls: timeoutMs,
      greeting: greetingSilence + tlsSniff + MARGIN_MS,
      capabilities: timeoutMs,
      starttls: timeoutMs,
      auth: timeoutMs * 2,
      mailbox: timeoutMs * 2,
    },
    greetingSilence,
    tlsSniff,
    legacyTls: Math.min(timeoutMs, 3000),
    lookup,
    autoconfig: Math.min(timeoutMs, 4000),
    saslCancel: 500,
    closeGrace: 250,
    deadline: timeoutMs * 6 + 2000,
  }
}
