// Which words a rule's pattern cannot match without: the prefilter that spares most patterns most texts.
import { createRequire } from 'node:module'
import type { AST } from '@eslint-community/regexpp'

type Regexpp = typeof import('@eslint-community/regexpp')
// Loaded only when the classifier reads many texts (explain --jsonl, batch reports): a single check never needs it.
let regexpp: Regexpp | undefined
const load = (): Regexpp => (regexpp ??= createRequire(import.meta.url)('@eslint-community/regexpp') as Regexpp)

/** Shorter words would be in almost every text: no use as a filter. */
const MIN_NEEDLE = 3

/**
 * Lower-case ASCII words of which every match of `pattern` contains at least one, or null when that
 * cannot be said (a branch made only of classes, non-ASCII letters or optional parts).
 */
export function needlesOf(pattern: RegExp): string[] | null {
  const ast = new (load().RegExpParser)().parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.unicode,
  })
  return ofAlternatives(ast.alternatives)
}

function ofAlternatives(alternatives: AST.Alternative[]): string[] | null {
  const all = new Set<string>()
  for (const alternative of alternatives) {
    const needles = ofSequence(alternative.elements)
    if (!needles) return null
    for (const n of needles) all.add(n)
  }
  return [...all]
}

/** A sequence needs every one of its parts: the most selective part's words will do. */
function ofSequence(elements: AST.Element[]): string[] | null {
  const candidates: string[][] = []
  let run = ''
  const endRun = () => {
    if (run.length >= MIN_NEEDLE) candidates.push([run])
    run = ''
  }
  for (const e of elements) {
    if (e.type === 'Character' && e.value < 0x80) {
      run += String.fromCharCode(e.value).toLowerCase()
      continue
    }
    endRun()
    const inner =
      e.type === 'Group' || e.type === 'CapturingGroup'
        ? ofAlternatives(e.alternatives)
        : e.type === 'Quantifier' && e.min >= 1 && (e.element.type === 'Group' || e.element.type === 'CapturingGroup')
          ? ofAlternatives(e.element.alternatives)
          : null
    if (inner) candidates.push(inner)
  }
  endRun()
  if (!candidates.length) return null
  // The part whose shortest word is longest lets the fewest texts through.
  const score = (needles: string[]) => Math.min(...needles.map((n) => n.length)) - needles.length / 100
  return candidates.reduce((best, c) => (score(c) > score(best) ? c : best))
}
