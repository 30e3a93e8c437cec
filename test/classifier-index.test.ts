// The rule index (src/diagnose/rule-index.ts, from the table scripts/rule-needles.mjs writes) only skips patterns
// that cannot match: with it or without it, every text of the corpus and of the source tables gets the same answer,
// and the same deciding rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ALL_RULES, explainText, useRuleIndex } from '../src/diagnose/classify.js'
import { patternKey } from '../src/diagnose/rule-index.js'
import needles from '../src/diagnose/rules/needles.json' with { type: 'json' }
import { needlesOf, needlesTable } from '../scripts/rule-needles.mjs'

const lines = (file: string) =>
  readFileSync(join(import.meta.dirname, 'corpus', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; protocol?: string; port?: unknown; stage?: string; provider?: string })
const rows = [...lines('public.jsonl'), ...lines('source-tables.jsonl')]

const answers = (on: boolean) => {
  useRuleIndex(on)
  return rows.map((r) =>
    JSON.stringify(
      explainText({
        text: r.text,
        protocol: r.protocol,
        port: typeof r.port === 'number' ? r.port : undefined,
        stage: r.stage,
        provider: r.provider,
      }).classification,
    ),
  )
}

describe('the rule index', () => {
  afterAll(() => useRuleIndex(true))

  it('changes no answer on any corpus case or source-table string', () => {
    expect(rows.length).toBeGreaterThan(4000)
    const without = answers(false)
    const withIndex = answers(true)
    const differ = rows.flatMap((r, i) =>
      without[i] === withIndex[i] ? [] : [`${r.text}: ${without[i]} → ${withIndex[i]}`],
    )
    expect(differ).toEqual([])
  })

  it('is built from the table these rules give (npm run build writes src/diagnose/rules/needles.json)', () => {
    expect(needlesTable(ALL_RULES, patternKey)).toEqual(needles)
  })

  it('knows which words a pattern needs, and says so only when every branch needs one', () => {
    expect(needlesOf(/authentication (failed|unsuccessful)/i)).toEqual(['authentication '])
    expect(needlesOf(/(too many|excessive) (logins|connections)/i)?.sort()).toEqual(['excessive', 'too many'])
    expect(needlesOf(/LOGINDISABLED|plain ?text/)?.sort()).toEqual(['logindisabled', 'plain'])
    // A branch made of classes or optional parts only: nothing can be said, the pattern always runs.
    expect(needlesOf(/quota exceeded|\d{3} \S+/)).toBeNull()
    expect(needlesOf(/(ab)?c/)).toBeNull()
    // Non-ASCII letters end a word: case folding outside ASCII is left to the pattern itself.
    expect(needlesOf(/connexion refusée/i)).toEqual(['connexion refus'])
  })
})
