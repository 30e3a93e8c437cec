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
  /** Some endpoints were not checked: the deadline ran out before they finished. */
  notChecked?: 'deadline'
}

export interface BatchSummary {
  accounts: number
  ok: number
  withErrors: number
  withWarnings: number
  notChecked: number
  rowErrors: Array<{ line: number; message: string }>
  /** Bad rows beyond those listed in rowErrors. */
  rowErrorsNotListed?: number
  byCause: Array<{ cause: string; severity: Severity; title: string; accounts: number }>
}

/** One pass over the results (they may be read back from a file one at a time). */
export function summarize(results: Iterable<AccountResult>, rowErrors: BatchSummary['rowErrors'], unlisted = 0): { summary: BatchSummary; totalMs: number } {
  const byCause = new Map<string, { cause: string; severity: Severity; title: string; accounts: number }>()
  const counts = { accounts: 0, ok: 0, withErrors: 0, withWarnings: 0, notChecked: 0, totalMs: 0 }
  for (const r of results) {
    counts.accounts++
    if (r.ok && !r.inputError && !r.notChecked) counts.ok++
    if (r.errors > 0) counts.withErrors++
    if (r.warnings > 0) counts.withWarnings++
    if (r.inputError || r.notChecked) counts.notChecked++
    counts.totalMs += r.durationMs
    for (const f of new Map(r.findings.map((f) => [f.cause, f])).values()) {
      const entry = byCause.get(f.cause) ?? { cause: f.cause, severity: f.severity, title: f.title, accounts: 0 }
      entry.accounts++
      if (f.severity === 'error') entry.severity = 'error'
      byCause.set(f.cause, entry)
    }
  }
  const { totalMs, ...summary } = counts
  return {
    summary: { ...summary, rowErrors, ...(unlisted ? { rowErrorsNotListed: unlisted } : {}), byCause: [...byCause.values()].sort((a, b) => b.accounts - a.accounts || a.cause.localeCompare(b.cause)) },
    totalMs,
  }
}
