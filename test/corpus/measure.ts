// Accuracy of the classifier on the public corpus: train, held-out, and held-out per family and
// per language. Pure: the caller decides what to print or assert.
import { explainJsonLines } from '../../src/report/explain.js'
import { partOf, type CorpusCase, type Part } from './split.js'

export interface Score {
  right: number
  total: number
}

interface Miss {
  id: string
  part: Part
  family: string
  expected: string
  got: string | null
  text: string
}

export interface Measurement {
  train: Score
  heldout: Score
  heldoutByFamily: Record<string, Score>
  heldoutByLang: Record<string, Score>
  misses: Miss[]
}

const bump = (map: Record<string, Score>, key: string, right: boolean): void => {
  const score = (map[key] ??= { right: 0, total: 0 })
  score.total++
  if (right) score.right++
}

/** Runs every case through `explain --jsonl`, the same path users take. */
export function measure(cases: CorpusCase[]): Measurement {
  const out = explainJsonLines(cases.map((c) => JSON.stringify(c)).join('\n'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; cause: string | null })
  const zero = (): Score => ({ right: 0, total: 0 })
  const m: Measurement = { train: zero(), heldout: zero(), heldoutByFamily: {}, heldoutByLang: {}, misses: [] }
  cases.forEach((c, i) => {
    const got = out[i].cause
    const right = got === c.cause
    const part = partOf(c.id)
    const score = m[part]
    score.total++
    if (right) score.right++
    if (part === 'heldout') {
      bump(m.heldoutByFamily, c.family, right)
      bump(m.heldoutByLang, c.lang, right)
    }
    if (!right) m.misses.push({ id: c.id, part, family: c.family, expected: c.cause, got, text: c.text })
  })
  return m
}

export const pct = (s: Score): string => (s.total ? `${((100 * s.right) / s.total).toFixed(1)}%` : '-')

/** The table for the README: one row per set, family and language. */
export function accuracyTable(m: Measurement): string {
  const row = (name: string, s: Score): string => `| ${name} | ${s.right}/${s.total} | ${pct(s)} |`
  const sorted = (map: Record<string, Score>): Array<[string, Score]> =>
    Object.entries(map).sort(([a], [b]) => a.localeCompare(b))
  return [
    '| set | right | accuracy |',
    '|---|---|---|',
    row('train', m.train),
    row('held-out', m.heldout),
    ...sorted(m.heldoutByFamily).map(([f, s]) => row(`held-out · ${f}`, s)),
    ...sorted(m.heldoutByLang).map(([l, s]) => row(`held-out · lang ${l}`, s)),
  ].join('\n')
}
