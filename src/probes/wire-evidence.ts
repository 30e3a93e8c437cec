// A failure on the wire (a closed connection, a reset, a line too long) as evidence: one mapping
// for every stage and every protocol's login.
import type { EvidenceCode } from '../model/evidence-codes.js'
import type { Evidence } from '../model/types.js'
import { WireError } from './line-reader.js'

export function wireEvidence(err: unknown): Evidence {
  if (err instanceof WireError) {
    const code = WIRE_CODES[err.code] ?? 'SOCKET_ERROR'
    return { code, detail: err.message, source: { code: err.code, response: err.message } }
  }
  const e = err as NodeJS.ErrnoException
  return { code: 'SOCKET_ERROR', detail: e?.message, source: { code: e?.code, response: e?.message } }
}

const WIRE_CODES: Record<string, EvidenceCode> = {
  CONNECTION_CLOSED: 'CONNECTION_CLOSED',
  ECONNRESET: 'TCP_RESET',
  EPIPE: 'TCP_RESET',
  LINE_TOO_LONG: 'PROTOCOL_LINE_TOO_LONG',
  TOO_MANY_LINES: 'PROTOCOL_LINE_TOO_LONG',
  TLS_RECORD: 'TLS_WRONG_MODE',
  ABORTED: 'ABORTED',
}
