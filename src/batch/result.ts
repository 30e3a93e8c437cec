// One account's outcome, as streamed (one JSON line each) and as the reports read it. It holds
// cause ids and their parameters, never text: the report says them in its own language, so shards
// run in different languages merge into one report in one language (src/report/batch/localise.ts).
import type { LocalText } from '../input/usage-error.js'
import type { CauseParams } from '../model/cause-params.js'
import type { Account } from './accounts.js'
import type { EndpointStatus, Protocol, Security, Severity, Verdict } from '../model/types.js'

/** A cause found for the account: what a report needs to say it in any language. */
export interface AccountFinding {
  cause: string
  severity: Severity
  /** The values its text is filled with (host names, ports, days). */
  params: CauseParams
  endpoints: Array<{ protocol: Protocol; host: string; port: number }>
}

export interface AccountResult {
  line: number
  key: string
  address?: string
  host?: string
  /** What the row asked for: the user name, the protocols (empty: all), the port. */
  user?: string
  protocols?: Protocol[]
  port?: number
  /** The provider recognised (its own fixes are added when the report is written). */
  provider?: string
  ok: boolean
  errors: number
  warnings: number
  findings: AccountFinding[]
  endpoints: Array<{ protocol: Protocol; host: string; port: number; security: Security; status: EndpointStatus }>
  attempts: number
  durationMs: number
  /** Can the account receive and send, and the one cause to fix first. */
  verdict?: Verdict
  /** The row could not be checked (a mistake in the row, or its password variable is unset), in English. */
  inputError?: string
  /** The same in both languages, when it was written in both: the report picks its own. */
  inputErrorText?: LocalText
  /** The same account as an earlier row: checked once, reported there. */
  duplicateOf?: number
  /** Some endpoints were not checked: the deadline ran out before they finished. */
  notChecked?: 'deadline'
}

/** A row that could not be checked, as a row of every report. */
export const inputErrorRow = (line: number, message: string, text?: LocalText): AccountResult => ({
  line,
  key: `line:${line}`,
  ok: false,
  errors: 0,
  warnings: 0,
  findings: [],
  endpoints: [],
  attempts: 0,
  durationMs: 0,
  inputError: message,
  ...(text ? { inputErrorText: text } : {}),
})

/** A row that names an account an earlier row already has. */
export const duplicateRow = (
  line: number,
  of: number,
  label: Pick<AccountResult, 'address' | 'host' | 'user' | 'protocols' | 'port'>,
): AccountResult => ({
  line,
  key: `duplicate:${line}`,
  ...label,
  ok: true,
  errors: 0,
  warnings: 0,
  findings: [],
  endpoints: [],
  attempts: 0,
  durationMs: 0,
  duplicateOf: of,
})

export interface BatchSummary {
  accounts: number
  ok: number
  withErrors: number
  withWarnings: number
  notChecked: number
  duplicates: number
  rowErrors: Array<{ line: number; message: string; text?: LocalText }>
  /** Bad rows beyond those listed in rowErrors. */
  rowErrorsNotListed?: number
  byCause: Array<{ cause: string; severity: Severity; accounts: number }>
}

/** One pass over the results (they may be read back from a file one at a time). */
export function summarize(
  results: Iterable<AccountResult>,
  rowErrors: BatchSummary['rowErrors'],
  unlisted = 0,
): { summary: BatchSummary; totalMs: number } {
  const byCause = new Map<string, BatchSummary['byCause'][number]>()
  const counts = { accounts: 0, ok: 0, withErrors: 0, withWarnings: 0, notChecked: 0, duplicates: 0, totalMs: 0 }
  for (const r of results) {
    counts.accounts++
    if (r.duplicateOf !== undefined) {
      counts.duplicates++
      continue
    }
    if (r.ok && !r.inputError && !r.notChecked) counts.ok++
    // A service with no way in is a problem even where no single finding is an error.
    if (r.errors > 0 || (!r.ok && !r.inputError && !r.notChecked)) counts.withErrors++
    if (r.warnings > 0) counts.withWarnings++
    if (r.inputError || r.notChecked) counts.notChecked++
    counts.totalMs += r.durationMs
    for (const f of new Map(r.findings.map((f) => [f.cause, f])).values()) {
      const entry = byCause.get(f.cause) ?? { cause: f.cause, severity: f.severity, accounts: 0 }
      entry.accounts++
      if (f.severity === 'error') entry.severity = 'error'
      byCause.set(f.cause, entry)
    }
  }
  const { totalMs, ...summary } = counts
  return {
    summary: {
      ...summary,
      rowErrors,
      ...(unlisted ? { rowErrorsNotListed: unlisted } : {}),
      byCause: [...byCause.values()].sort((a, b) => b.accounts - a.accounts || a.cause.localeCompare(b.cause)),
    },
    totalMs,
  }
}

/** What a report shows of a row beside its result: who, which protocols, which port. */
export function accountLabelFields(
  a: Account,
): Pick<AccountResult, 'address' | 'host' | 'user' | 'protocols' | 'port'> {
  return {
    ...(a.address ? { address: a.address } : {}),
    ...(a.host ? { host: a.host } : {}),
    ...(a.user ? { user: a.user } : {}),
    protocols: a.protocols,
    ...(a.port !== undefined ? { port: a.port } : {}),
  }
}
