// `maildoctor explain`: a pasted error message → its cause and the fixes.
import { explainMessage } from '../explain/explain.js'
import type { Lang } from '../i18n/locale.js'
import { parsePortNumber } from '../input/values.js'
import { cappedLines } from '../input/capped-lines.js'
import { explainLine, explanationText } from '../report/explain.js'
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
    // A text given too would be silently ignored: say so rather than answer something else.
    if (text !== undefined)
      throw new UsageError(
        '--jsonl reads JSON lines on standard input and takes no text: maildoctor explain --jsonl < file',
      )
    // Line by line as input arrives: any length of input, and each answer as soon as it is known.
    const chunks =
      io.stdinStream?.() ??
      (async function* () {
        yield await io.readStdin()
      })()
    // Answers go out together, once per piece of input read (before waiting for more) or every
    // 64 KiB: a write per line cost 20,000 system calls for a 20,000-line file, 13% of the time.
    const answers = new AnswerBuffer(io.stdout)
    for await (const line of cappedLines(answers.flushedBeforeEach(chunks))) {
      const out = explainLine(line)
      if (out) answers.add(out + '\n')
    }
    answers.flush()
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
  io.stdout(flags.json ? JSON.stringify(explained, null, 2) + '\n' : explanationText(explained, lang))
  return EXIT.ok
}

/** Output gathered into few writes; flushed before the input is waited for, so no answer waits on it. */
class AnswerBuffer {
  private parts: string[] = []
  private size = 0

  constructor(private readonly write: (text: string) => void) {}

  add(text: string): void {
    this.parts.push(text)
    this.size += text.length
    if (this.size >= 64 * 1024) this.flush()
  }

  flush(): void {
    if (!this.parts.length) return
    this.write(this.parts.join(''))
    this.parts = []
    this.size = 0
  }

  /** The same chunks; the answers so far are written each time the next chunk is asked for. */
  async *flushedBeforeEach<T>(chunks: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const chunk of chunks) {
      yield chunk
      this.flush()
    }
  }
}
