import type { Lang } from '../../i18n/locale.js'
import type { AccountResult, BatchSummary } from '../../batch/result.js'

/** Everything of a batch report but its rows: known before the rows are written. */
export interface BatchHeader {
  schemaVersion: 1
  tool: { name: 'maildoctor'; version: string }
  lang: Lang
  stopped: boolean
  summary: BatchSummary
}

export interface BatchReport extends BatchHeader {
  results: AccountResult[]
}

/**
 * A format, written as it goes: the head (from the summary), one piece per account in line
 * order, the tail. `totalMs` is the sum of the accounts' durations (JUnit wants it up front).
 */
export interface BatchRenderer {
  head(h: BatchHeader, totalMs: number): string
  row(r: AccountResult, index: number, h: BatchHeader): string
  tail(h: BatchHeader): string
}

export const accountLabel = (r: AccountResult): string => r.address ?? r.host ?? `line ${r.line}`
export const causesOf = (r: AccountResult): string[] => [...new Set(r.findings.map((f) => f.cause))]

/** Why an account was not checked (its input, or the deadline), in the report's words; else undefined. */
export const notCheckedReason = (r: AccountResult, words: { notChecked: string }): string | undefined =>
  r.inputError ?? (r.notChecked ? `${words.notChecked}: ${r.notChecked}` : undefined)
