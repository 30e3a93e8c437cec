// Debug aid: for TRAIN cases only, which rule row decided (to see what a rule change touches).
// Run: npx jiti test/corpus/which-rule.ts [id-substring|cause]
import { explainText, ALL_RULES } from '../../src/diagnose/classify.js'
import { CAUSE_IDS } from '../../src/diagnose/cause-ids.js'
import { partOf, readCorpus } from './split.js'

const KNOWN: ReadonlySet<string> = new Set(CAUSE_IDS)
const RULES = ALL_RULES.filter((r) => KNOWN.has(r.cause))

const filter = process.argv[2] ?? ''
for (const c of readCorpus()) {
  if (partOf(c.id) !== 'train') continue
  const { classification } = explainText({
    ...c,
    provider: c.provider,
    port: typeof c.port === 'number' ? c.port : undefined,
  })
  const rule = classification?.rule !== undefined ? RULES[classification.rule] : undefined
  const decided = `${classification?.cause ?? null}\t${classification?.via ?? ''}\t${rule?.source ?? ''}`
  const line = `${c.id}\t${c.cause}\t${decided}`
  if (line.includes(filter)) console.log(line)
}
