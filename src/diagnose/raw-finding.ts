// What diagnose works on before findings are grouped: one cause per piece of evidence, and the
// context rules may read. Its own module, so the rules need not import the engine that runs them.
import type { CauseParams } from '../model/cause-params.js'
import type { EndpointResult, Evidence, Severity, StageResult } from '../model/types.js'
import type { CauseId } from './cause-ids.js'
import type { SignalInput } from './signal.js'

export interface DiagnoseContext {
  provider?: string
  /** The account's address, for advice on the user-name form. */
  address?: string
  /** Names (lower case) known to resolve, among those certificates were issued for. */
  resolvableNames?: Set<string>
  /** The text classifier (classifier-loader.ts loads it when the results have text to read). */
  classify?: (input: SignalInput) => string | null
}

export interface RawFinding {
  cause: CauseId
  severity: Severity
  /** The endpoint whose stage gave the evidence (its spec is endpointResult.endpoint). */
  endpointResult: EndpointResult
  stage: StageResult
  evidence: Evidence
  /** Extra values for the cause's text, set by cross-endpoint rules. */
  params?: CauseParams
}
