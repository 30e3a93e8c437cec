// Counts only: how many cases of one round (an id prefix) the rules get right, train and held-out apart.
// Never prints a held-out case. Run: npx jiti test/corpus/round.ts src14d-
import { measure } from './measure.js'
import { partOf, readCorpus } from './split.js'

const prefix = process.argv[2] ?? 'src14d-'
const cases = readCorpus().filter((c) => c.id.startsWith(prefix))
const missed = new Set(measure(cases).misses.map((m) => m.id))
for (const part of ['train', 'heldout'] as const) {
  const inPart = cases.filter((c) => partOf(c.id) === part)
  const right = inPart.filter((c) => !missed.has(c.id)).length
  console.log(`${prefix} ${part}: ${right}/${inPart.length}`)
}
