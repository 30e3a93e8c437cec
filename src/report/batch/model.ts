import type { Lang } from '../../i18n/locale.js'
import type { AccountResult, BatchSummary } from '../../batch/result.js'
import type { AccountReport, ReportedSummary } from './localise.js'

/** Everything of a batch report but its rows: known before the rows are written. */
export interface BatchHeader {
  schemaVersion: 1
  tool: { name: 'maildoctor'; version: string }
  /** The language every text of the report is rendered in, whatever language the checks ran in. */
  lang: Lang
  stopped: boolean
  summary: BatchSummary
}

/** The header as the formats see it: the causes of the summary in the report's words. */
export interface ReportedHeader extends Omit<BatchHeader, 'summary'> {
  summary: ReportedSummary
}

export interface BatchReport extends BatchHeader {
  results: AccountResult[]
}

/**
 * A format, written as it goes: the head (from the summary), one piece per account in line
 * order, the tail. `totalMs` is the sum of the accounts' durations (JUnit wants it up front).
 */
export interface BatchRenderer {
  head(h: ReportedHeader, totalMs: number): string
  row(r: AccountReport, index: number, h: ReportedHeader): string
  tail(h: ReportedHeader): string
}

export const accountLabel = (r: AccountReport): string => r.address ?? r.host ?? `line ${r.line}`

/** Who and what a row checked beyond its name: "user mario · IMAP+SMTP · port 993 · host mail.x.it". */
export interface DetailWords {
  user: string
  port: string
  host: string
}
const EN_WORDS: DetailWords = { user: 'user', port: 'port', host: 'host' }

export function accountDetails(r: AccountReport, w: DetailWords = EN_WORDS): string {
  const parts = [
    r.user && r.user !== r.address ? `${w.user} ${r.user}` : '',
    r.protocols?.length ? r.protocols.map((p) => p.toUpperCase()).join('+') : '',
    r.port !== undefined ? `${w.port} ${r.port}` : '',
    r.address && r.host ? `${w.host} ${r.host}` : '',
  ]
  return parts.filter(Boolean).join(' · ')
}

/** The account with what it checked, for one-line listings. */
export const accountTitle = (r: AccountReport, w: DetailWords = EN_WORDS): string => {
  // A row that could not be read has only its line, which the listing shows anyway.
  if (!r.address && !r.host) return ''
  const details = accountDetails(r, w)
  return details ? `${accountLabel(r)} [${details}]` : accountLabel(r)
}

export type RowState = 'ok' | 'warning' | 'problem' | 'not_checked' | 'duplicate'

export function rowState(r: AccountReport): RowState {
  if (r.duplicateOf !== undefined) return 'duplicate'
  if (r.inputError || (r.notChecked && !r.errors)) return 'not_checked'
  if (!r.ok || r.errors) return 'problem'
  return r.warnings ? 'warning' : 'ok'
}

/** What a row says in place of its causes: the input mistake, the earlier line, or the causes. */
export function rowSummary(
  r: AccountReport,
  words: { duplicateOf: (line: number) => string; notChecked: string },
): string {
  if (r.duplicateOf !== undefined) return words.duplicateOf(r.duplicateOf)
  if (r.inputError) return r.inputError
  const skipped = notCheckedReason(r, words)
  return [...causesOf(r), ...(skipped ? [skipped] : [])].join(', ')
}
export const causesOf = (r: AccountReport): string[] => [...new Set(r.findings.map((f) => f.cause))]

/** Why an account was not checked (its input, or the deadline), in the report's words; else undefined. */
const notCheckedReason = (r: AccountReport, words: { notChecked: string }): string | undefined =>
  r.inputError ?? (r.notChecked ? `${words.notChecked}: ${r.notChecked}` : undefined)
