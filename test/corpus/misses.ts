// Prints the corpus misses to work on: train misses only. Held-out misses are printed only when
// MAILDOCTOR_SHOW_HELDOUT=1 (for the closing note), so that rules are never tuned on them.
// Run: npx jiti test/corpus/misses.ts
import { accuracyTable, measure } from './measure.js'
import { readCorpus } from './split.js'

const m = measure(readCorpus())
const showHeldout = process.env.MAILDOCTOR_SHOW_HELDOUT === '1'
for (const miss of m.misses) {
  if (miss.part === 'heldout' && !showHeldout) continue
  console.log(`${miss.part}\t${miss.family}\t${miss.id}\texpected ${miss.expected}\tgot ${miss.got}\n  ${miss.text}`)
}
console.log(accuracyTable(m))
