// `maildoctor explain`: a pasted error message → its cause and the fixes.
import { classifyCause } from '../diagnose/classify.js'
import type { Extracted } from '../explain/check-line.js'
import { explainMessage } from '../explain/explain.js'
import type { Lang } from '../i18n/locale.js'
import { parsePortNumber } from '../input/values.js'
import { MESSAGES } from '../i18n/messages.js'
import { wrap } from '../report/human.js'
import { cappedLines, MAX_LINE_BYTES, type CappedLine } from '../input/capped-lines.js'
import { EXIT, UsageError, type Io } from './io.js'
import { parseProtocol } from './options.js'

interface ExplainFlags {
  protocol?: string
  stage?: string
  port?: string
  provider?: string
  jsonl?: boolean
  json?: boolean
  lang: Lang
}

export async function explainCommand(
  io: Io,
  first: string | undefined,
  flags: ExplainFlags,
  command?: { args: string[] },
): Promise<number> {
  // Unquoted text arrives as several words; all of them are the message.
  const text = command?.args.length ? command.args.join(' ') : first
  if (flags.jsonl) {
    // Line by line as input arrives: any length of input, and each answer as soon as it is known.
    const chunks =
      io.stdinStream?.() ??
      (async function* () {
        yield await io.readStdin()
      })()
    for await (const line of cappedLines(chunks)) {
      const out = explainLine(line)
      if (out) io.stdout(out + '\n')
    }
    return EXIT.ok
  }
  const input = text ?? (io.stdinIsTTY ? undefined : (await io.readStdin()).trim())
  if (!input) throw new UsageError('explain needs the error text: maildoctor explain "<what your mail client said>"')
  const { lang } = flags
  const hints = {
    protocol: flags.protocol ? parseProtocol(flags.protocol) : 'any',
    stage: flags.stage,
    port: flags.port ? parsePortNumber(flags.port, '--port') : undefined,
    provider: flags.provider,
  }
  const explained = explainMessage(input, hints, lang)
  const { cause, extracted, check: checkLine } = explained
  const rendered = cause
    ? { title: explained.title!, explanation: explained.explanation!, fixes: explained.fixes! }
    : undefined
  const m = MESSAGES[lang]
  if (flags.json) {
    io.stdout(JSON.stringify(explained, null, 2) + '\n')
    return EXIT.ok
  }
  if (!rendered) {
    const lines = [
      ...wrap(m.explainNoMatch, 92),
      ...extractedLines(extracted, m),
      '',
      m.explainTryCheck,
      `  ${checkLine}`,
    ]
    io.stdout(lines.join('\n') + '\n')
    return EXIT.ok
  }
  const lines = [
    `${m.explainCause}: ${rendered.title}  [${cause}]`,
    '',
    ...wrap(rendered.explanation, 92),
    '',
    m.whatToDo,
    ...rendered.fixes.flatMap((fix, i) => wrap(fix, 88).map((l, j) => (j === 0 ? `  ${i + 1}. ${l}` : `     ${l}`))),
  ]
  io.stdout(lines.join('\n') + '\n')
  return EXIT.ok
}

type Messages = (typeof MESSAGES)['en']

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
function explainLine(input: CappedLine): string | undefined {
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
