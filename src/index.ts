// The library API: `import { check } from 'maildoctor'`. The same engine and report model as the
// CLI; these functions print nothing, read no environment and never exit the process.
export { check, type CheckOptions } from './api/check.js'
export type { EngineOptions } from './api/options.js'
export { discover, type DiscoverOptions } from './api/discover.js'
export { explain, type ExplainOptions } from './api/explain.js'
export { runBatch, type BatchAccount, type RunBatchOptions } from './api/batch.js'
export type { Explanation, ExplainHints } from './explain/explain.js'
export type { Report, ReportEndpoint, ReportFinding } from './report/report-model.js'
export type { AccountResult } from './batch/result.js'
export type { AccountReport } from './report/batch/localise.js'
export type { DiscoveryResult, Candidate, SourceReport } from './discover/types.js'
export type { Extracted } from './explain/check-line.js'
export type { Lang } from './i18n/locale.js'
export type { CauseId } from './model/cause-ids.js'
export type {
  EndpointRef,
  EndpointResult,
  EndpointSpec,
  EndpointStatus,
  Evidence,
  Protocol,
  Security,
  ServiceStatus,
  ServiceVerdict,
  Severity,
  StageName,
  StageResult,
  StageStatus,
  Verdict,
  Way,
} from './model/types.js'
export { CAUSE_IDS } from './model/cause-ids.js'
