// Pure: from probe results to findings. Each failing piece of evidence becomes a cause (by the
// evidence table or the classifier), then rules that look across endpoints refine the picture.
import type {
  EndpointRef,
  EndpointResult,
  EndpointSpec,
  Evidence,
  Finding,
  Severity,
  StageResult,
} from '../model/types.js'
import { isCauseId, type CauseId } from './cause-ids.js'
import { CROSS_RULES } from './cross-rules.js'
import { EVIDENCE_RULES } from './evidence-rules.js'
import { findingParams } from './params.js'

export type { DiagnoseContext } from './raw-finding.js'
import type { DiagnoseContext, RawFinding } from './raw-finding.js'

export function diagnose(endpoints: EndpointResult[], context: DiagnoseContext = {}): Finding[] {
  let raw = endpoints.flatMap((endpoint) => endpointFindings(endpoint, context))
  for (const rule of CROSS_RULES) raw = rule(raw, endpoints, context)
  return group(raw)
}

function endpointFindings(endpointResult: EndpointResult, context: DiagnoseContext): RawFinding[] {
  // An alternative only shows what else would work; its failures are not the user's problem.
  if (endpointResult.endpoint.alternative) return []
  const found: RawFinding[] = []
  for (const stage of endpointResult.stages) {
    if (stage.status !== 'fail' && stage.status !== 'warn') continue
    for (const evidence of stage.evidence) {
      const cause = causeOf(evidence, endpointResult.endpoint, stage, context)
      if (cause)
        found.push({
          cause,
          severity: stage.status === 'fail' ? 'error' : 'warning',
          endpointResult,
          stage,
          evidence,
        })
    }
  }
  return found
}

function causeOf(
  evidence: Evidence,
  endpoint: EndpointSpec,
  stage: StageResult,
  context: DiagnoseContext,
): CauseId | null {
  // An abort (DEADLINE) is "not checked", never a cause: its rule has none.
  const code = evidence.code
  const rule = EVIDENCE_RULES[code]
  if (!rule) return 'protocol_error'
  if (!rule.classify || !evidence.source?.response) return rule.cause
  const { protocol, host, port } = endpoint
  // Loud, not silent: a caller that skipped classifierFor would lose every text-based cause.
  if (!context.classify) throw new Error('diagnose: server text to classify, but no classifier was loaded')
  const classified = context.classify({
    protocol,
    port,
    host,
    provider: context.provider,
    stage: rule.classify.stage ?? stage.stage,
    text: evidence.source.response,
    code: evidence.source.code,
  })
  if (isCauseId(classified) && (!rule.classify.accept || rule.classify.accept.includes(classified))) return classified
  return rule.cause
}

const ref = (e: EndpointResult): EndpointRef => ({
  protocol: e.endpoint.protocol,
  host: e.endpoint.host,
  port: e.endpoint.port,
})

/** One finding per cause, severity and working alternative, naming every endpoint it was seen on. */
function group(raw: RawFinding[]): Finding[] {
  const byKey = new Map<string, RawFinding[]>()
  for (const f of raw) {
    const key = `${f.cause}|${f.severity}|${f.params?.working ?? ''}`
    byKey.set(key, [...(byKey.get(key) ?? []), f])
  }
  const findings = [...byKey.values()].map((list): Finding => {
    const endpoints = list
      .map((f) => ref(f.endpointResult))
      .filter(
        (e, i, all) => all.findIndex((o) => o.protocol === e.protocol && o.host === e.host && o.port === e.port) === i,
      )
    return {
      cause: list[0].cause,
      severity: list[0].severity,
      endpoints,
      evidence: list.map((f) => f.evidence),
      params: findingParams(list),
    }
  })
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
  return findings.sort((a, b) => rank[a.severity] - rank[b.severity])
}
