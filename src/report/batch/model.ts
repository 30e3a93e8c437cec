import type { Lang } from '../../i18n/locale.js'
import type { AccountResult, BatchSummary } from '../../batch/result.js'

export interface BatchReport {
  schemaVersion: 1
  tool: { name: 'maildoctor'; version: string }
  lang: Lang
  stopped: boolean
  summary: BatchSummary
  results: AccountResult[]
}

export const accountLabel = (r: AccountResult): string => r.address ?? r.host ?? `line ${r.line}`
export const causesOf = (r: AccountResult): string[] => [...new Set(r.findings.map((f) => f.cause))]
