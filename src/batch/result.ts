// One account's outcome, as streamed (one JSON line each) and as the reports read it.
import type { EndpointStatus, Protocol, Security, Severity } from '../model/types.js'

export interface AccountResult {
  line: number
  key: string
  address?: string
  host?: string
  ok: boolean
  errors: number
  warnings: number
  findings: Array<{ cause: string; severity: Severity; title: string; fixes: string[]; endpoints: Array<{ protocol: Protocol; host: string; port: number }> }>
  endpoints: Array<{ protocol: Protocol; host: string; port: number; security: Security; status: EndpointStatus }>
  attempts: number
  durationMs: number
  /** The row could not be checked (for example its password variable is unset). */
  inputError?: string
}

export interface BatchSummary {
  accounts: number
  ok: number
  withErrors: number
  withWarnings: number
  notChecked: number
  rowErrors: Array<{ line: number; message: string }>
  byCause: Array<{ cause: string; severity: Severity; title: string; accounts: number }>
}

export function summarize(results: AccountResult[], rowErrors: BatchSummary['rowErrors']): BatchSummary {
  const byCause = new Map<string, { cause: string; severity: Severity; title: string; accounts: number }>()
  for (const r of results) {
    for (const f of new Map(r.findings.map((f) => [f.cause, f])).values()) {
      const entry = byCause.get(f.cause) ?? { cause: f.cause, severity: f.severity, title: f.title, accounts: 0 }
      entry.accounts++
      if (f.severity === 'error') entry.severity = 'error'
      byCause.set(f.cause, entry)
    }
  }
  return {
    accounts: results.length,
    ok: results.filter((r) => r.ok && !r.inputError).length,
    withErrors: results.filter((r) => r.errors > 0).length,
    withWarnings: results.filter((r) => r.warnings > 0).length,
    notChecked: results.filter((r) => r.inputError).length,
    rowErrors,
    byCause: [...byCause.values()].sort((a, b) => b.accounts - a.accounts || a.cause.localeCompare(b.cause)),
  }
}

/** Results sorted by line, one per account key (the last wins: a resumed run may repeat one). */
export function normalizeResults(results: AccountResult[]): AccountResult[] {
  return [...new Map(results.map((r) => [r.key, r])).values()].sort((a, b) => a.line - b.line || a.key.localeCompare(b.key))
}
