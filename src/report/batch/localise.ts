// A batch result as a report shows it: each cause's title and fixes rendered now, in the
// report's language, from the ids and parameters the result stored (with the provider's own fixes).
import type { AccountFinding, AccountResult, BatchSummary } from '../../batch/result.js'
import { renderCause } from '../../i18n/catalogue.js'
import type { Lang } from '../../i18n/locale.js'
import { providerById, providerFixes } from '../../providers/table.js'

interface ReportedFinding extends AccountFinding {
  title: string
  fixes: string[]
}

/** An account's result with its causes in words. */
export interface AccountReport extends Omit<AccountResult, 'findings' | 'inputErrorText'> {
  findings: ReportedFinding[]
}

export interface ReportedSummary extends Omit<BatchSummary, 'byCause'> {
  byCause: Array<BatchSummary['byCause'][number] & { title: string }>
}

export function localiseAccount(r: AccountResult, lang: Lang): AccountReport {
  const provider = providerById(r.provider)
  const { inputErrorText, ...stored } = r
  return {
    ...stored,
    ...(r.inputError ? { inputError: inputErrorText?.[lang] ?? r.inputError } : {}),
    findings: r.findings.map((f) => {
      const { title, fixes } = renderCause(f.cause, lang, f.params ?? {}, providerFixes(provider, f.cause, lang))
      return { ...f, title, fixes }
    }),
  }
}

export function localiseSummary(s: BatchSummary, lang: Lang): ReportedSummary {
  return {
    ...s,
    rowErrors: s.rowErrors.map(({ line, message, text }) => ({ line, message: text?.[lang] ?? message })),
    byCause: s.byCause.map((c) => ({ ...c, title: renderCause(c.cause, lang, {}).title })),
  }
}
