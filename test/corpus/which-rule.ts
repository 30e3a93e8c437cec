// Debug aid: for TRAIN cases only, which rule row decided (to see what a rule change touches); with --text, the same
// for the texts given on the command line.
// Run: npx jiti test/corpus/which-rule.ts [id-substring|cause]
//  or: npx jiti test/corpus/which-rule.ts --text "<text>" …
import { explainText, ALL_RULES } from '../../src/diagnose/classify.js'
import type { SignalInput } from '../../src/diagnose/signal.js'
import { CAUSE_IDS } from '../../src/diagnose/cause-ids.js'
import { partOf, readCorpus } from './split.js'

const KNOWN: ReadonlySet<string> = new Set(CAUSE_IDS)
const RULES = ALL_RULES.filter((r) => KNOWN.has(r.cause))

function decided(input: SignalInput): string {
  const { classification } = explainText(input)
  const rule = classification?.rule !== undefined ? RULES[classification.rule] : undefined
  return `${classification?.cause ?? null}\t${classification?.via ?? ''}\t${rule?.source ?? ''}`
}

if (process.argv[2] === '--text') {
  for (const text of process.argv.slice(3)) console.log(`${JSON.stringify(text.slice(0, 70))}\t${decided({ text })}`)
} else {
  const filter = process.argv[2] ?? ''
  for (const c of readCorpus()) {
    if (partOf(c.id) !== 'train') continue
    const line = `${c.id}\t${c.cause}\t${decided({ ...c, port: typeof c.port === 'number' ? c.port : undefined })}`
    if (line.includes(filter)) console.log(line)
  }
}
