// The one place that maps what servers, sockets, libraries and mail programs say to cause ids.
// First the wrapper is peeled (protocol, port, host, socket error, error number, quoted reply);
// then the most specific evidence decides: the server's own reply, a socket error number, the
// whole text read by the rules, the mail program's error number, and last the reply's codes alone.
import { CAUSE_IDS } from './cause-ids.js'
import { socketCause, WINDOWS_MAIL } from './rules/code-tables.js'
import { AUTH_RULES } from './rules/auth-rules.js'
import { resolverCause } from './rules/published-hosts.js'
import { loginRefusalAt } from './provider-policy.js'
import { rootCauseInContext, type ContextReading } from './rules/root-cause-context.js'
import { heardOf, ruleMatchesHeard, type ClassifierRule } from './rules/rule.js'
import { CONNECT_FALLBACK } from './rules/connection-rules.js'
import { ROOT_CAUSE_RULES } from './rules/root-cause-rules.js'
import { CODE_FALLBACK_RULES } from './rules/code-fallback-rules.js'
import { ENVELOPE_RULES } from './rules/envelope-rules.js'
import { TRANSPORT_RULES, WRAPPER_RULES } from './rules/transport-rules.js'
import { toSignal, type Signal, type SignalInput } from './signal.js'
import { peel, repairMojibake, type Peeled } from './wrapper.js'
import { unwrapPaste } from './paste.js'
import { RuleIndex, type NeedleTable } from './rule-index.js'
import needles from './rules/needles.json' with { type: 'json' }

// Transport rows first: their codes (CERT_HAS_EXPIRED, ECONNREFUSED …) are unambiguous, and a
// STARTTLS failure must not read as a login problem.
// Only causes the code knows (texts, reports) are answered: a row for a cause that causes.md may
// list before the code has it waits, written, until it does.
const KNOWN: ReadonlySet<string> = new Set(CAUSE_IDS)
const NEEDLES: NeedleTable = needles
export const ALL_RULES: readonly ClassifierRule[] = [
  ...TRANSPORT_RULES,
  ...AUTH_RULES,
  ...CODE_FALLBACK_RULES,
  ...CONNECT_FALLBACK,
  ...ROOT_CAUSE_RULES,
]
/** Every field of a rule, absent, in one order: see sameShape. */
const NO_CONDITIONS = {
  cause: undefined,
  source: undefined,
  protocol: undefined,
  stage: undefined,
  port: undefined,
  provider: undefined,
  imapCode: undefined,
  pop3Code: undefined,
  smtpCode: undefined,
  enhanced: undefined,
  errorCode: undefined,
  text: undefined,
  protocolKnown: undefined,
  unless: undefined,
  stageKnown: undefined,
} satisfies Record<keyof ClassifierRule, undefined>
const shaped = new Map<ClassifierRule, ClassifierRule>()
/**
 * The rule with every field present, in one order. Rows are written with only the fields they
 * need, so hundreds of rows had dozens of object shapes, and each of ruleMatches' dozen field reads
 * was a slow lookup: one shape took a fifth off the CPU of a 20,000-line explain --jsonl. (Its number
 * in the rule index stays out of it: one more field made reading without the index three times slower.)
 */
function sameShape(rule: ClassifierRule): ClassifierRule {
  let one = shaped.get(rule)
  if (!one) shaped.set(rule, (one = { ...NO_CONDITIONS, ...rule }))
  return one
}

/** Rules in the order they are tried, and each one's number in the rule index. */
interface RuleList {
  rules: readonly ClassifierRule[]
  ids: Int32Array
}
const numbers = new Map<ClassifierRule, number>()
function listOf(rules: ClassifierRule[]): RuleList {
  const list = rules.map(sameShape)
  for (const rule of list) if (!numbers.has(rule)) numbers.set(rule, numbers.size)
  return { rules: list, ids: Int32Array.from(list, (rule) => numbers.get(rule)!) }
}
const readable = (rules: readonly ClassifierRule[]) => listOf(rules.filter((rule) => KNOWN.has(rule.cause)))
// The fallback rows are read only after the mail program's error number: they guess from a bare sentence.
const RULES = readable([...TRANSPORT_RULES, ...AUTH_RULES])
const WRAPPERS = listOf(WRAPPER_RULES)
const ENVELOPE = readable(ENVELOPE_RULES)
const LAST = readable([...CONNECT_FALLBACK, ...ROOT_CAUSE_RULES])
// An SMTP reply's codes read by their tables, when no words were recognised (code-fallback-rules.ts).
const CODES = readable(CODE_FALLBACK_RULES)

// The rule index (rule-index.ts), from the words the build worked out for each pattern (rules/needles.json): made
// at the first reading (~1 ms), it spares even one pasted error compiling ~500 patterns it cannot match.
let index: RuleIndex | undefined
let indexOn = true

/** For tests: read with the index (true, the default) or try every rule (false). */
export function useRuleIndex(on: boolean): void {
  indexOn = on
}

function ruleIndex(): RuleIndex | undefined {
  if (!indexOn) return undefined
  if (!index) {
    const patterns: Array<RegExp | undefined> = []
    for (const [rule, id] of numbers) patterns[id] = rule.text
    index = new RuleIndex(patterns, NEEDLES)
  }
  return index
}

interface Classification {
  cause: string
  /** What decided: a rule row (its index in RULES), a socket error or a mail program's error number. */
  via: 'reply' | 'rule' | 'socket' | 'error-number' | 'reply-code' | 'fallback' | 'provider' | 'context'
  rule?: number
  /** What the text itself showed, when its context or the provider's policy gave the reason for it. */
  event?: string
  /** That provider's name. */
  provider?: string
}

export interface Explained {
  classification: Classification | null
  extracted: Peeled
}

function bySignal(signal: Signal, { rules, ids }: RuleList): number {
  const text = heardOf(signal)
  if (!text) return -1
  const candidates = ruleIndex()
  if (!candidates) return rules.findIndex((rule) => ruleMatchesHeard(rule, signal, text))
  candidates.read(text)
  return rules.findIndex((rule, i) => candidates.may(ids[i]) && ruleMatchesHeard(rule, signal, text))
}

// Pasted errors are a few lines; a longer text is read up to here, so that no pattern's work grows
// with the square of an endless paste (some regexes backtrack per start position).
const MAX_TEXT = 4000
// Patterns such as `IMAP\S*.{0,40}(deaktiviert…)` try every length of a word at every place it starts: on a run of
// thousands of characters without a space (a hostile file, a base64 blob) that is square in the run's length, up
// to 0.7 s for one text. The longest run in any pasted error we hold is ~200 characters (a URL); a longer one
// keeps its two ends, which is where a host name, a code or a URL's page is.
const MAX_RUN = 256
const KEPT_END = 120
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g')
const shortRuns = (text: string): string =>
  text.replace(LONG_RUN, (run) => `${run.slice(0, KEPT_END)} … ${run.slice(-KEPT_END)}`)

/** Classifies and says what it read from the wrapper: the hints, and the settings to check. */
export function explainText(raw: SignalInput): Explained {
  // The paste's own wrapping (paste.ts) is taken off, and a wrongly decoded paste reads as what was meant.
  const input = {
    ...raw,
    text: shortRuns(repairMojibake(unwrapPaste(String(raw.text ?? '').slice(0, MAX_TEXT)))),
  }
  const extracted = peel(input.text)
  const given = (input.protocol ?? 'any').toLowerCase()
  const protocol = given !== 'any' ? given : (extracted.protocol ?? 'any')
  const port = input.port ?? extracted.port
  const hinted: SignalInput = { ...input, protocol, port, host: input.host ?? extracted.host }
  const decided = decide(hinted, extracted)
  if (decided) decided.cause = resolverCause(decided.cause, hinted.host, input.text)
  const reading = { text: input.text, protocol, port, host: hinted.host, provider: input.provider }
  return { classification: decided && (usualReason(decided, reading) ?? decided), extracted }
}

/** The usual reason behind the event a text showed, from the paste's context or the provider's policy: a guess. */
function usualReason(shown: Classification, reading: ContextReading): Classification | null {
  const row = rootCauseInContext(shown.cause, reading)
  if (row) return { cause: row.cause, via: 'context', event: shown.cause }
  if (shown.cause !== 'auth_bad_credentials') return null
  const policy = loginRefusalAt(reading.text, reading.provider, reading.host, reading.protocol)
  return policy && { cause: policy.cause, via: 'provider', event: shown.cause, provider: policy.provider }
}

function decide(input: SignalInput, extracted: Peeled): Classification | null {
  // A few wrappers change what the reply they quote means (a Postfix banner refusal, SmtpClient's
  // swallowed AUTH failure): those rows read the whole text first. The whole text's signal is read once.
  const whole = toSignal(input)
  const wrapped = bySignal(whole, WRAPPERS)
  if (wrapped >= 0) {
    const rule = WRAPPERS.rules[wrapped]
    return { cause: rule.cause, via: 'rule', rule: RULES.rules.indexOf(rule) }
  }
  // The quoted reply's signal, read once: by the rules here, by the codes' tables last.
  const reply = extracted.reply ? toSignal({ ...input, text: extracted.reply }) : undefined
  if (reply) {
    const index = bySignal(reply, RULES)
    const envelope = byEnvelope(reply, whole, index)
    if (envelope) return envelope
    if (index >= 0) return { cause: RULES.rules[index].cause, via: 'reply', rule: index }
  }
  if (extracted.socketError !== undefined) {
    const cause = socketCause(extracted.socketError, input.protocol ?? 'any', input.port)
    // A lookup error in a dialog that says "host not found" (0x800CCC0D): the dialog's words win.
    const numbered = extracted.errorNumber ? WINDOWS_MAIL[extracted.errorNumber]?.cause : null
    if (cause?.startsWith('dns_') && numbered === 'dns_nxdomain') return { cause: numbered, via: 'error-number' }
    if (cause) return { cause, via: 'socket' }
  }
  const index = bySignal(whole, RULES)
  if (index >= 0) return { cause: RULES.rules[index].cause, via: 'rule', rule: index }
  const byNumber = extracted.errorNumber ? WINDOWS_MAIL[extracted.errorNumber]?.cause : null
  if (byNumber) return { cause: byNumber, via: 'error-number' }
  const coded = byCodes(reply, whole)
  if (coded) return { cause: coded, via: 'reply-code' }
  const last = bySignal(whole, LAST)
  return last >= 0 ? { cause: LAST.rules[last].cause, via: 'fallback' } : null
}

// A quoted reply read by its codes alone, or not read at all, yields to the command the wrapper says it answered
// (envelope-rules.ts): the wrapper's words with the reply's codes. A reply whose words a rule knew keeps its reading.
function byEnvelope(reply: Signal, whole: Signal, index: number): Classification | null {
  if (index >= 0 && RULES.rules[index].text) return null
  const found = bySignal({ ...whole, smtpCode: reply.smtpCode, enhanced: reply.enhanced }, ENVELOPE)
  return found >= 0
    ? { cause: ENVELOPE.rules[found].cause, via: 'rule', rule: RULES.rules.indexOf(ENVELOPE.rules[found]) }
    : null
}

// The quoted reply's codes first (a wrapper's own numbers are not the server's), then the whole text's.
function byCodes(reply: Signal | undefined, whole: Signal): string | null {
  for (const signal of reply ? [reply, whole] : [whole]) {
    const index = bySignal(signal, CODES)
    if (index >= 0) return CODES.rules[index].cause
  }
  return null
}

function classify(input: SignalInput): Classification | null {
  return explainText(input).classification
}

export function classifyCause(input: SignalInput): string | null {
  return classify(input)?.cause ?? null
}
