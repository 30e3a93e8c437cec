// The one place that maps what servers and sockets say to cause ids.
import { AUTH_RULES } from './rules/auth-rules.js'
import { ruleMatches, type ClassifierRule } from './rules/rule.js'
import { TRANSPORT_RULES } from './rules/transport-rules.js'
import { toSignal, type SignalInput } from './signal.js'

// Transport rows first: their codes (CERT_HAS_EXPIRED, ECONNREFUSED …) are unambiguous, and a
// STARTTLS failure must not read as a login problem.
const RULES: readonly ClassifierRule[] = [...TRANSPORT_RULES, ...AUTH_RULES]

export interface Classification {
  cause: string
  rule: number
}

export function classify(input: SignalInput): Classification | null {
  const signal = toSignal(input)
  const index = RULES.findIndex((rule) => ruleMatches(rule, signal))
  return index < 0 ? null : { cause: RULES[index].cause, rule: index }
}

export function classifyCause(input: SignalInput): string | null {
  return classify(input)?.cause ?? null
}
