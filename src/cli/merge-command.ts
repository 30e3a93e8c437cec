// `maildoctor merge`: joins the JSON-lines outputs of batch shards into one report, read back
// from the files as it is written (an account in two files counts once: the last one read).
// Standard input (`-`, or no file at all) and pipes are copied to a temporary file first: the
// results are indexed, then read back by offset, which a pipe cannot do.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ResultSpool } from '../batch/spool.js'
import type { Lang } from '../i18n/locale.js'
import type { BatchFormat } from '../report/batch/formats.js'
import { writeBatchReport } from './batch-command.js'
import { EXIT, UsageError, type Io } from './io.js'
import { checkOutputPath } from './output-writer.js'

export async function mergeCommand(
  io: Io,
  files: string[],
  flags: { format: BatchFormat; output?: string; lang: Lang },
): Promise<number> {
  const { lang } = flags
  const named = files.length ? files : ['-']
  if (flags.output) checkOutputPath(flags.output, named)
  if (named.some((f) => f === '-' || f === '/dev/stdin') && io.stdinIsTTY) {
    throw new UsageError(
      'merge reads the JSON lines of batch --stream from standard input when no file is given: pipe ' +
        'them in, or name the files',
    )
  }
  const temp = mkdtempSync(join(tmpdir(), 'maildoctor-merge-'))
  try {
    const paths = await Promise.all(named.map((file, i) => seekable(io, file, join(temp, `input-${i}.jsonl`))))
    let spool: ResultSpool
    try {
      spool = ResultSpool.forReading(paths)
    } catch (err) {
      const e = err as NodeJS.ErrnoException
      throw new UsageError(`${e.path ?? named.join(', ')}: cannot read the file (${e.code ?? 'error'})`)
    }
    if (!spool.size) {
      spool.close()
      throw new UsageError(
        `no batch results in ${named.map((f) => (f === '-' ? 'standard input' : f)).join(', ')}: merge ` +
          `takes the JSON lines of batch --stream or --format jsonl`,
      )
    }
    const summary = writeBatchReport(io, spool, [], lang, false, flags)
    return summary.withErrors ? EXIT.problem : EXIT.ok
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** A path that can be read by offset: the file itself, or a copy of standard input or of a pipe. */
async function seekable(io: Io, file: string, copy: string): Promise<string> {
  // Node's standard input may be a socket, which cannot be opened by name: read it as "-".
  if (file === '-' || file === '/dev/stdin') {
    writeFileSync(copy, await io.readStdin())
    return copy
  }
  let regular: boolean
  try {
    regular = statSync(file).isFile()
  } catch (err) {
    throw new UsageError(`${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  if (regular) return file
  try {
    await pipeline(createReadStream(file), createWriteStream(copy))
  } catch (err) {
    throw new UsageError(`${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return copy
}
