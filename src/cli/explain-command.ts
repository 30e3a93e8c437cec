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
  io.stdout(flags.json ? JSON.stringify(explained, null, 2) + '\n' : explanationText(explained, lang))
  return EXIT.ok
}
