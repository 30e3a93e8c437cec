// A hostile paste or --jsonl file must not make explain slow: every rule's pattern, fed a text of the longest size
// explain reads, built from that pattern's own words over and over (the input that makes a backtracking pattern
// try every start and every length), is answered quickly. Before long runs were cut (classify.ts MAX_RUN),
// "IMAPIMAP…" took 0.29 s and "pop.pop.…" 0.73 s for one text: a 20,000-line file of them, hours.
import { describe, expect, it } from 'vitest'
import { ALL_RULES, explainText } from '../src/diagnose/classify.js'
import { SILENT_LINES } from '../src/diagnose/rules/silent-lines.js'

const TEXT_LENGTH = 4000
const LIMIT_MS = 50

const patterns = [...ALL_RULES.flatMap((r) => [r.text, r.unless]), ...SILENT_LINES.map((s) => s.text)].filter(
  (p): p is RegExp => p !== undefined,
)
/** Each pattern's literal words: what its alternatives start with, and what they look for after a gap. */
const fragments = [...new Set(patterns.flatMap((p) => p.source.match(/[A-Za-z0-9][A-Za-z0-9' -]{1,30}/g) ?? []))]
  .map((w) => w.trim())
  .filter(Boolean)
const filled = (piece: string) => piece.repeat(Math.ceil(TEXT_LENGTH / piece.length)).slice(0, TEXT_LENGTH)
const fastest = (text: string, tries: number): number => {
  let best = Infinity
  for (let i = 0; i < tries && best > LIMIT_MS; i++) {
    const started = performance.now()
    explainText({ text })
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe('explain on hostile text', () => {
  it(`reads ${TEXT_LENGTH}-character repeats of every pattern's words in under ${LIMIT_MS} ms each`, () => {
    expect(fragments.length).toBeGreaterThan(1000)
    const slow: string[] = []
    for (const word of fragments)
      for (const piece of [word, `${word} `, `${word}.`]) {
        // A slow answer is measured again (up to 3 times): a busy machine, not the pattern, may have been slow.
        const ms = fastest(filled(piece), 3)
        if (ms > LIMIT_MS) slow.push(`${JSON.stringify(piece)}: ${ms.toFixed(0)} ms`)
      }
    expect(slow).toEqual([])
  }, 120_000)
})
