// Debug aid: which rule reads each text given on the command line. Run: npx jiti test/corpus/why.ts "<text>" …
import { explainText, ALL_RULES } from '../../src/diagnose/classify.js'
import { CAUSE_IDS } from '../../src/diagnose/cause-ids.js'
const KNOWN: ReadonlySet<string> = new Set(CAUSE_IDS)
const RULES = ALL_RULES.filter((r) => KNOWN.has(r.cause))
for (const text of process.argv.slice(2)) {
  const { classification: c } = explainText({ text })
  const rule = c?.rule !== undefined ? RULES[c.rule] : undefined
  console.log(
    JSON.stringify(text.slice(0, 60)),
    c?.cause ?? null,
    c?.via ?? '',
    rule?.source ?? '',
    String(rule?.text ?? '').slice(0, 150),
  )
}
