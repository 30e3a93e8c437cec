// One row of knowledge: when a signal looks like this, the cause is that.
// Every condition given must hold; a signal whose protocol or stage is unknown ('any')
// satisfies protocol and stage conditions.
import type { Signal } from '../signal.js'
import { heardText } from './silent-lines.js'

export interface ClassifierRule {
  cause: string
  /** Where the knowledge comes from: a source file (owner/repo:path) or a documentation page. */
  source: string
  protocol?: string[]
  stage?: string[]
  port?: number[]
  provider?: string[]
  imapCode?: string[]
  pop3Code?: string[]
  smtpCode?: number[]
  /** Enhanced status code, as a pattern over "class.subject.detail". */
  enhanced?: RegExp
  errorCode?: string[]
  text?: RegExp
  /** The rule needs the signal's protocol to be known: it judges the text against it. */
  protocolKnown?: boolean
  /** The text must NOT match this. */
  unless?: RegExp
  /** The rule needs the signal's stage to be known (a DNS-only code read at an unknown stage means nothing). */
  stageKnown?: boolean
}

/** One case-insensitive pattern from several: long word lists stay readable, one alternative group a line. */
export function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'i')
}

/**
 * Rows that share one source: the source is written once and carried by every row. A group nested
 * inside (`...sourced(other, [...])`) keeps its own source: the outer one is only the default.
 */
export function sourced(
  source: string,
  rows: Array<Omit<ClassifierRule, 'source'> & { source?: string }>,
): ClassifierRule[] {
  return rows.map((row) => ({ source, ...row }))
}

/**
 * A string table's rows (a mail program's messages in one language file): each message's pattern under its key, read
 * as the cause `causeOf(key)` gives. One row per cause, its messages as alternatives; a whole-line pattern (m flag)
 * gets a row of its own, so that its anchors keep their meaning; a pattern twice under one cause is written once.
 */
export function keyedRows(
  source: string,
  causeOf: (key: string) => string,
  patterns: Record<string, RegExp>,
): ClassifierRule[] {
  const byCause = new Map<string, RegExp[]>()
  for (const [key, pattern] of Object.entries(patterns)) {
    const group = `${causeOf(key)}/${pattern.flags.includes('m') ? 'm' : ''}`
    const texts = byCause.get(group) ?? []
    if (!texts.some((t) => t.source === pattern.source)) byCause.set(group, [...texts, pattern])
  }
  return sourced(
    source,
    [...byCause].map(([group, texts]) => {
      const [cause, flags] = group.split('/') as [string, string]
      return { cause, text: new RegExp(texts.map((t) => `(?:${t.source})`).join('|'), `i${flags}`) }
    }),
  )
}

// The signal's text without its lines about none of our causes (silent-lines.ts), worked out once per signal:
// every rule asks. A text that was only such lines matches no rule.
const heard = new WeakMap<Signal, string>()

export function heardOf(s: Signal): string {
  let text = heard.get(s)
  if (text === undefined) heard.set(s, (text = heardText(s.text)))
  return text
}

/**
 * Whether the rule reads the signal. `text` is the signal's heard text (heardOf), looked up once by the caller
 * for all the rules it tries, not once per rule: hundreds per text. The caller tries no rule when it is empty.
 */
export function ruleMatchesHeard(rule: ClassifierRule, s: Signal, text: string): boolean {
  if (rule.protocolKnown && s.protocol === 'any') return false
  if (rule.stageKnown && s.stage === 'any') return false
  if (rule.protocol && s.protocol !== 'any' && !rule.protocol.includes(s.protocol)) return false
  if (rule.stage && s.stage !== 'any' && !rule.stage.includes(s.stage)) return false
  if (rule.port && (s.port === undefined || !rule.port.includes(s.port))) return false
  if (rule.provider && (!s.provider || !rule.provider.includes(s.provider))) return false
  if (rule.imapCode && (!s.imapCode || !rule.imapCode.includes(s.imapCode))) return false
  if (rule.pop3Code && (!s.pop3Code || !rule.pop3Code.includes(s.pop3Code))) return false
  if (rule.smtpCode && (s.smtpCode === undefined || !rule.smtpCode.includes(s.smtpCode))) return false
  if (rule.enhanced && (!s.enhanced || !rule.enhanced.test(s.enhanced))) return false
  if (rule.errorCode && !s.errorCodes.some((c) => rule.errorCode!.includes(c))) return false
  if (rule.text && !rule.text.test(text)) return false
  if (rule.unless && rule.unless.test(text)) return false
  return true
}
