// The evidence code a stage reports when its time runs out (its own timeout or the check's deadline).
import type { EvidenceCode } from './evidence-codes.js'
import { timeoutTable } from './timeout-table.js'
import type { StageName } from './types.js'

export const TIMEOUT_EVIDENCE: Record<StageName, EvidenceCode> = {
  dns: 'DNS_TIMEOUT',
  tcp: 'TCP_TIMEOUT',
  tls: 'TLS_TIMEOUT',
  greeting: 'GREETING_TIMEOUT',
  capabilities: 'CAPABILITIES_TIMEOUT',
  starttls: 'STARTTLS_TIMEOUT',
  auth: 'AUTH_TIMEOUT',
  mailbox: 'MAILBOX_TIMEOUT',
}

/** Every stage may use its whole timeout once (the login twice); the deadline bounds the sum. */
export const defaultDeadlineMs = (timeoutMs: number): number => timeoutTable(timeoutMs).deadline
