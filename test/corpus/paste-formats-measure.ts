// How much of the classifier's right answers survive the wrappers people paste errors in (paste-formats.ts).
// TRAIN cases only: a case the classifier gets right as stored is wrapped in each shape and classified again.
// Run: npx jiti test/corpus/paste-formats-measure.ts [--show NAME]
import { explainText } from '../../src/diagnose/classify.js'
import { PASTE_FORMATS } from './paste-formats.js'
import { partOf, readCorpus, type CorpusCase } from './split.js'

const causeOf = (c: CorpusCase, text: string): string | null =>
  explainText({ text, protocol: c.protocol, stage: c.stage, port: typeof c.port === 'number' ? c.port : undefined })
    .classification?.cause ?? null

const showAt = process.argv.indexOf('--show')
const show = showAt >= 0 ? process.argv[showAt + 1] : undefined
if (show !== undefined && !PASTE_FORMATS.some((f) => f.name === show)) {
  console.error(`no shape ${show}; shapes: ${PASTE_FORMATS.map((f) => f.name).join(' ')}`)
  process.exit(2)
}

const train = readCorpus().filter((c) => partOf(c.id) === 'train')
const right = train.filter((c) => causeOf(c, c.text) === c.cause)
console.log(`train ${train.length}, right unwrapped ${right.length}`)

const rows: { name: string; kept: number; of: number }[] = []
for (const format of PASTE_FORMATS) {
  if (show !== undefined && format.name !== show) continue
  const cases = right.filter((c) => format.appliesTo?.(c.text) ?? true)
  const lost: { id: string; got: string | null; want: string }[] = []
  for (const c of cases) {
    const got = causeOf(c, format.apply(c.text))
    if (got !== c.cause) lost.push({ id: c.id, got, want: c.cause })
  }
  rows.push({ name: format.name, kept: cases.length - lost.length, of: cases.length })
  if (show !== undefined) {
    for (const miss of lost.slice(0, 30)) console.log(`  ${miss.id}\t${miss.want} -> ${miss.got}`)
    if (lost.length > 30) console.log(`  … ${lost.length - 30} more`)
  }
}

const pad = Math.max(...rows.map((r) => r.name.length))
for (const r of rows) {
  const pct = r.of ? ((100 * r.kept) / r.of).toFixed(1) : '-'
  console.log(`${r.name.padEnd(pad)}  ${`${r.kept}/${r.of}`.padStart(9)}  ${pct.padStart(5)}%`)
}
