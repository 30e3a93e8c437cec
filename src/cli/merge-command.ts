// `maildoctor merge`: joins the JSON-lines outputs of batch shards into one report, read back
// from the files as it is written (an account in two files counts once: the last one read).
import { ResultSpool } from '../batch/spool.js'
import { detectLang } from '../i18n/locale.js'
import type { BatchFormat } from '../report/batch/formats.js'
import { writeBatchReport } from './batch-command.js'
import { EXIT, UsageError, type Io } from './io.js'
import { parseLang } from './options.js'
import { checkOutputPath } from './output-writer.js'

export async function mergeCommand(io: Io, files: string[], flags: { format: BatchFormat; output?: string; lang?: string }): Promise<number> {
  const lang = flags.lang ? parseLang(flags.lang) : detectLang(io.env)
  if (flags.output) checkOutputPath(flags.output, files)
  let spool: ResultSpool
  try {
    spool = ResultSpool.forReading(files)
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    throw new UsageError(`${e.path ?? files.join(', ')}: cannot read the file (${e.code ?? 'error'})`)
  }
  const summary = writeBatchReport(io, spool, [], lang, false, flags)
  return summary.withErrors ? EXIT.problem : EXIT.ok
}
