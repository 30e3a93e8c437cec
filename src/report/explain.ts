// What explain prints: a pasted error's cause and fixes as text, and the JSON-lines answers of
// --jsonl (one {"id","cause"} per input line).
import { classifyCause } from '../diagnose/classify.js'
import type { Extracted } from '../explain/check-line.js'
import type { Explanation } from '../explain/explain.js'
import type { Lang } from '../i18n/locale.js'
import { MESSAGES } from '../i18n/messages.js'
import { MAX_LINE_BYTES, type CappedLine } from '../input/capped-lines.js'
import { wrap } from './human.js'

/** The explanation as text; without a cause, what was read from the message and the check to run. */
export function explanationText(explained: Explanation, lang: Lang): string {
  const { cause, extracted, check: checkLine } = explained
  const rendered = cause
    ? { title: explained.title!, explanation: explained.explanation!, fixes: explained.fixes! }
    : undefined
  const m = MESSAGES[lang]
  if (!rendered) {
    const lines = [
      ...wrap(m.explainNoMatch, 92),
      ...extractedLines(extracted, m),
      '',
      m.explainTryCheck,
      `  ${checkLine}`,
    ]
    return lines.join('\n') + '\n'
  }
  // A guess from a bare "it failed" says so, and ends with the check that finds out; so does an answer with other
  // usual causes, with the check that tells them apart.
  const guess = explained.guessed ? [...wrap(guessNote(explained, m), 92), ''] : []
  const closing = explained.guessed ? m.explainTryCheck : explained.alsoSeen ? m.explainTellApart : undefined
  const lines = [
    ...guess,
    `${explained.guessed ? m.explainCommonCause : m.explainCause}: ${rendered.title}  [${cause}]`,
    '',
    ...wrap(rendered.explanation, 92),
    '',
    m.whatToDo,
    ...rendered.fixes.flatMap((fix, i) => wrap(fix, 88).map((l, j) => (j === 0 ? `  ${i + 1}. ${l}` : `     ${l}`))),
    ...alsoSeenLines(explained, m),
    ...(closing ? ['', closing, `  ${checkLine}`] : []),
  ]
  return lines.join('\n') + '\n'
}

type Messages = (typeof MESSAGES)['en']

/** What a guess rests on, in the reader's words. */
function guessNote({ guessedFrom }: Explanation, m: Messages): string {
  if (!guessedFrom) return m.explainGuessed
  return 'providerPolicy' in guessedFrom
    ? m.explainGuessedPolicy(guessedFrom.providerPolicy)
    : m.explainGuessedContext(guessedFrom.shownTitle)
}

/** The other usual causes of the same message, each with what to look at first. */
function alsoSeenLines(explained: Explanation, m: Messages): string[] {
  if (!explained.alsoSeen) return []
  const items = explained.alsoSeen.flatMap(({ cause, title, fix }) =>
    wrap(`${title} [${cause}]: ${fix}`, 88).map((l, j) => (j === 0 ? `  - ${l}` : `    ${l}`)),
  )
  return ['', `${m.explainAlsoSeen}:`, ...items]
}

function extractedLines(e: Extracted, m: Messages): string[] {
  const entries = Object.entries(e).filter(([k]) => k !== 'reply')
  if (!entries.length) return []
  return ['', `${m.explainExtracted}:`, ...entries.map(([k, v]) => `  ${m.explainFields[k] ?? k}: ${String(v)}`)]
}

/** One output line per input line, in order; a malformed line gets an error line and the rest go on. */
export function explainJsonLines(input: string): string {
  const out = input
    .split('\n')
    .map((text) => explainLine({ text }))
    .filter((l): l is string => l !== undefined)
  return out.length ? out.join('\n') + '\n' : ''
}

/** The answer to one input line; undefined for a blank line. */
export function explainLine(input: CappedLine): string | undefined {
  if (input.tooLong) return JSON.stringify({ id: null, error: `line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB` })
  const line = input.text.trim()
  if (!line) return undefined
  let row: Record<string, unknown>
  try {
    row = JSON.parse(line) as Record<string, unknown>
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('not a JSON object')
    if (typeof row.text !== 'string') throw new Error('"text" must be a string')
  } catch (err) {
    return JSON.stringify({ id: null, error: (err as Error).message })
  }
  const id = row.id ?? null
  const cause = classifyCause({
    text: row.text as string,
    protocol: typeof row.protocol === 'string' ? row.protocol : undefined,
    stage: typeof row.stage === 'string' ? row.stage : undefined,
    kind: typeof row.kind === 'string' ? row.kind : undefined,
    port:
      typeof row.port === 'number'
        ? row.port
        : typeof row.port === 'string' && /^\d+$/.test(row.port)
          ? Number(row.port)
          : undefined,
    provider: typeof row.provider === 'string' ? row.provider : undefined,
    host: typeof row.host === 'string' ? row.host : undefined,
  })
  return JSON.stringify({ id, cause })
}
