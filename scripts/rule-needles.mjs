// The words each classifier pattern cannot match without, worked out at build time (node scripts/rule-needles.mjs,
// run by `npm run build` after tsc): src/diagnose/rules/needles.json, copied beside tsc's output. At run time the
// rule index (src/diagnose/rule-index.ts) reads the table, so that one pasted error is checked against the ~30
// patterns whose words it holds and V8 compiles only those (compiling all ~500 on first use took ~80 ms of a
// single explain). test/classifier-index.test.ts fails when the table is not the one these rules give.
import { RegExpParser } from '@eslint-community/regexpp'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Shorter words would be in almost every text: no use as a filter. */
const MIN_NEEDLE = 3

/**
 * Lower-case ASCII words of which every match of `pattern` contains at least one, or null when that cannot be
 * said (a branch made only of classes, non-ASCII letters or optional parts; any pattern with the u flag, whose
 * case folding maps some non-ASCII letters onto ASCII ones).
 * @param {RegExp} pattern
 * @returns {string[] | null}
 */
export function needlesOf(pattern) {
  if (pattern.unicode || pattern.unicodeSets) return null
  return ofAlternatives(new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length).alternatives)
}

function ofAlternatives(alternatives) {
  const all = new Set()
  for (const alternative of alternatives) {
    const needles = ofSequence(alternative.elements)
    if (!needles) return null
    for (const n of needles) all.add(n)
  }
  return [...all].sort()
}

/** A sequence needs every one of its parts: the most selective part's words will do. */
function ofSequence(elements) {
  const candidates = []
  let run = ''
  const endRun = () => {
    if (run.length >= MIN_NEEDLE) candidates.push([run])
    run = ''
  }
  for (const e of elements) {
    if (e.type === 'Character' && e.value < 0x80) {
      run += String.fromCharCode(e.value).toLowerCase()
      continue
    }
    endRun()
    const group = e.type === 'Quantifier' && e.min >= 1 ? e.element : e
    if (group.type === 'Group' || group.type === 'CapturingGroup') {
      const inner = ofAlternatives(group.alternatives)
      if (inner) candidates.push(inner)
    }
  }
  endRun()
  if (!candidates.length) return null
  // The part whose shortest word is longest lets the fewest texts through.
  const score = (needles) => Math.min(...needles.map((n) => n.length)) - needles.length / 100
  return candidates.reduce((best, c) => (score(c) > score(best) ? c : best))
}

/** The table for these rules: each pattern by its key (rule-index.ts patternKey), its words or null. */
export function needlesTable(rules, patternKey) {
  const table = {}
  for (const { text } of rules) if (text) table[patternKey(text)] = needlesOf(text)
  return table
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const { ALL_RULES } = await import(pathToFileURL(join(root, 'dist', 'src', 'diagnose', 'classify.js')).href)
  const { patternKey } = await import(pathToFileURL(join(root, 'dist', 'src', 'diagnose', 'rule-index.js')).href)
  const json = JSON.stringify(needlesTable(ALL_RULES, patternKey), null, 0) + '\n'
  for (const dir of [join(root, 'src', 'diagnose', 'rules'), join(root, 'dist', 'src', 'diagnose', 'rules')]) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'needles.json'), json)
  }
}
