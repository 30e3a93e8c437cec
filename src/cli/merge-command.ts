// `maildoctor merge`: joins the JSON-lines outputs of batch shards into one report.
import { detectLang } from '../i18n/locale.js'
import { BATCH_FORMATS, type BatchFormat } from '../report/batch/formats.js'
import { batchReport, readResults } from './batch-command.js'
import { EXIT, type Io } from './io.js'
import { parseLang } from './options.js'

export async function mergeCommand(io: Io, files: string[], flags: { format: BatchFormat; output?: string; lang?: string }): Promise<number> {
  const lang = flags.lang ? parseLang(flags.lang) : detectLang(io.env)
  const results = (await Promise.all(files.map((f) => readResults(io, f, true)))).flat()
  const report = batchReport(results, [], lang, false)
  const text = BATCH_FORMATS[flags.format](report)
  if (flags.output) await io.writeFile(flags.output, text)
  else io.stdout(text)
  return report.summary.withErrors ? EXIT.problem : EXIT.ok
}
