// The text classifier's rule tables are most of diagnosis's code, and a check needs them only
// when a server or library said something to read: a check where everything works, or that only
// timed out, never loads them.
import type { EndpointResult } from '../model/types.js'
import { EVIDENCE_RULES } from './evidence-rules.js'
import type { SignalInput } from './signal.js'

export type Classify = (input: SignalInput) => string | null

/** Whether diagnosing these results will read a server's or a library's text. */
const needsClassifier = (results: EndpointResult[]): boolean =>
  results.some((r) =>
    r.stages.some((s) => s.evidence.some((e) => EVIDENCE_RULES[e.code]?.classify && e.source?.response)),
  )

/** The classifier, loaded only when these results have text for it. */
export async function classifierFor(results: EndpointResult[]): Promise<Classify | undefined> {
  return needsClassifier(results) ? (await import('./classify.js')).classifyCause : undefined
}
