// Scores a fresh set through explain --jsonl: a line per train case, the total for all (held-out texts stay unseen).
// Run: npx jiti test/corpus/score.ts <set.jsonl>
import { readFileSync } from 'node:fs'
import { explainJsonLines } from '../../src/report/explain.js'
import { partOf } from './split.js'
const lines = readFileSync(process.argv[2], 'utf8').trim().split('\n')
const cases = lines.map((l) => JSON.parse(l))
const out = explainJsonLines(lines.join('\n'))
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
let right = 0
cases.forEach((c, i) => {
  const ok = out[i].cause === c.cause
  if (ok) right++
  if (partOf(c.id) === 'train') console.log(ok ? 'OK ' : 'XX ', c.id, c.cause, '->', out[i].cause)
})
console.log(`${right}/${cases.length}`)
