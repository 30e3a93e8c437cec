// A check's result as the report model, with the provider's own fixes: the same for the CLI and serve.
import type { CheckResult } from '../model/types.js'
import type { Lang } from '../i18n/locale.js'
import { toolVersion } from '../package-root.js'
import { providerById, providerFixes } from '../providers/table.js'
import { buildReport, type Report } from './report-model.js'

export function reportOf(result: CheckResult, lang: Lang): Report {
  const provider = providerById(result.provider)
  return buildReport(result, lang, toolVersion(), (f) => providerFixes(provider, f.cause, lang))
}
