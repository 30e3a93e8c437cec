// `maildoctor batch <file>`: many accounts, bounded and polite, streamed, resumable, shardable.
import {
  formatOfFile,
  readAccounts,
  type Account,
  type AccountFormat,
  type AccountItem,
  type RowError,
} from '../batch/accounts.js'
import { duplicateRow, inputErrorRow, summarize } from '../batch/result.js'
import { accountLabelFields, runBatch } from '../batch/run-batch.js'
import { defaultWorkers, WorkerPool } from '../batch/worker-pool.js'
import { ResultSpool } from '../batch/spool.js'
import { inShard } from '../batch/shard.js'
import { LookAhead } from '../batch/look-ahead.js'
import { toolVersion } from '../package-root.js'
import { renderBatch, type BatchFormat } from '../report/batch/formats.js'
import type { BatchHeader } from '../report/batch/model.js'
import { EXIT, UsageError, type Io } from './io.js'
import { checkOutputPath, outputWriter } from './output-writer.js'
import { startBatchProgress, type BatchProgress } from './progress.js'
import { secretsScrubber } from '../probes/secrets.js'
import { environmentWithSecrets } from './secrets-file.js'
import { parseSeconds, parseWholeNumber } from '../input/values.js'
import { sharedValues, type SharedFlags } from './run-options.js'
import { shardOf, type ShardFlags } from './shard-options.js'

export interface BatchFlags extends ShardFlags, SharedFlags {
  workers?: string
  rate?: string
  retries: string
  format: BatchFormat
  output?: string
  stream?: string
  resume?: string
  strict?: boolean
  allowEnv: string[]
  secrets?: string
}

/** Bad rows listed (on stderr and in the report); the rest are counted. A file of bad rows costs no memory. */
const MAX_ROW_ERRORS = 1000
/** Accounts the first pass keeps for the checks (a few MiB at most); a longer file is read twice. */
const LOOK_AHEAD = 10_000
/** Rows the first pass judges between two turns of the event loop. */
const YIELD_ROWS = 100
const clipMessage = (m: string) => (m.length > 300 ? m.slice(0, 300) + '…' : m)

/**
 * The results file of this run: --stream (or --resume's file) gets every result as it comes, and
 * what --resume's file already holds counts as done. Without either, a temporary file.
 */
function openSpool(flags: BatchFlags): ResultSpool {
  const stream = flags.stream ?? flags.resume
  let spool: ResultSpool
  try {
    spool = ResultSpool.forAppend(stream, { keepExisting: Boolean(flags.resume) && stream === flags.resume })
  } catch (err) {
    throw new UsageError(`${stream}: cannot write the results file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  if (flags.resume && flags.resume !== stream) {
    try {
      spool.include(flags.resume)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new UsageError(
          `${flags.resume}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        )
    }
  }
  return spool
}

export async function batchCommand(io: Io, file: string, flags: BatchFlags): Promise<number> {
  // One thread per core by default, this one included. The others start loading the checks' code
  // now, while this thread reads the file: for a small batch that loading is most of the time.
  const workers = flags.workers ? parseWholeNumber(flags.workers, '--workers', 1, 64) : defaultWorkers()
  const pool = workers > 1 ? new WorkerPool(workers) : undefined
  try {
    return await batchWith(io, file, flags, pool)
  } finally {
    await pool?.close()
  }
}

async function batchWith(io: Io, file: string, flags: BatchFlags, pool?: WorkerPool): Promise<number> {
  const { lang } = flags
  // A report that cannot be written is found now, not after the whole batch.
  if (flags.output) checkOutputPath(flags.output, [flags.stream, flags.resume])
  let format: AccountFormat
  try {
    format = await formatOfFile(file)
  } catch (err) {
    throw new UsageError(`${file}: cannot read the batch file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const shard = shardOf(flags)
  const spool = openSpool(flags)
  // This run's accounts, read from the file as they are needed: the shard's, minus those an
  // earlier run already checked. Claiming marks their earlier results for this report.
  async function* mine(): AsyncGenerator<AccountItem> {
    for await (const item of readAccounts(file, format, { allowEnv: flags.allowEnv })) {
      if (item.error) yield item
      else if ((!shard || inShard(item.account, shard)) && !spool.claim(item.account.key)) yield item
    }
  }
  // A first pass validates every row (the mistakes are told up front) and counts the work. A bad
  // row and a repeated account are rows of the report too, each on its line. The checks do not
  // wait for it (on 1,000 rows it took ~0.1 s): they take the accounts it keeps (look-ahead.ts),
  // and past those each waits only until the pass has judged its line.
  const rowErrors: RowError[] = []
  // (Hostile files: past MAX_ROW_ERRORS bad rows are only counted, not listed nor reported as rows.)
  const firstLineOf = new Map<string, number>()
  const duplicateLines = new Set<number>()
  let unlisted = 0
  let total = 0
  const pass = new FirstPass()
  const ahead = new LookAhead<Account>(LOOK_AHEAD)
  const controller = new AbortController()
  const counted = (async () => {
    let rows = 0
    for await (const item of mine()) {
      // The pass parses a whole read of the file at once (1,000 rows and more): it lets the checks
      // start in between, where they would wait for it to reach the end of that read.
      if (++rows % YIELD_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve))
      if (item.error) {
        pass.judged(item.error.line)
        if (rowErrors.length >= MAX_ROW_ERRORS) {
          unlisted++
          continue
        }
        const error = { ...item.error, message: clipMessage(item.error.message) }
        rowErrors.push(error)
        spool.add(inputErrorRow(error.line, error.message, error.text))
        io.stderr(`maildoctor: ${file} line ${error.line}: ${error.text?.[lang] ?? error.message}\n`)
      } else if (firstLineOf.has(item.account.key)) {
        duplicateLines.add(item.account.line)
        spool.add(duplicateRow(item.account.line, firstLineOf.get(item.account.key)!, accountLabelFields(item.account)))
      } else {
        firstLineOf.set(item.account.key, item.account.line)
        total++
        ahead.push(item.account)
      }
      if (item.account) pass.judged(item.account.line)
    }
    if (unlisted) io.stderr(`maildoctor: ${file}: ${unlisted} more bad rows, not listed\n`)
  })().finally(() => {
    ahead.end()
    pass.judged(Infinity)
  })
  // A file that cannot be read to its end: nothing more is checked, and the batch fails.
  const unread = counted.then(
    () => undefined,
    (err: NodeJS.ErrnoException) => {
      pass.failed = true
      controller.abort()
      return err
    },
  )
  async function* todo(): AsyncGenerator<Account> {
    for (let account = await ahead.take(); account; account = await ahead.take()) {
      if (pass.failed) return
      yield account
    }
    const after = ahead.readAgainAfter()
    if (after === undefined) return
    for await (const item of mine()) {
      if (!item.account || item.account.line <= after) continue
      await pass.reached(item.account.line)
      if (pass.failed) return
      if (!duplicateLines.has(item.account.line)) yield item.account
    }
  }

  let settings: [Awaited<ReturnType<typeof sharedValues>>, Awaited<ReturnType<typeof environmentWithSecrets>>]
  try {
    settings = [await sharedValues(flags, io), await environmentWithSecrets(io, flags.secrets)]
  } catch (err) {
    // As before the checks could start: the file's own mistakes are told first.
    await unread
    spool.close()
    throw err
  }
  const [shared, { env, secrets }] = settings
  let stopCode: number = EXIT.interrupted
  const stopListening =
    io.onInterrupt?.((code) => {
      stopCode = code
      controller.abort()
    }) ?? (() => {})
  // (One account goes to this thread's own checks: no worker thread is kept busy.)
  const checkAll: typeof runBatch = pool
    ? (accounts, options, onResult) => pool.run(accounts, options, onResult)
    : runBatch
  // The progress line needs the count: it starts when the first pass ends, with what is done by then.
  const progress = earlyProgress(unread.then(() => startBatchProgress(io, total)))
  let ended: { stopped: boolean }
  try {
    ended = await checkAll(
      todo(),
      {
        concurrency: shared.concurrency,
        perHost: shared.perHost,
        ratePerHost: flags.rate ? parseSeconds(flags.rate, '--rate', 1000) : undefined,
        retries: parseWholeNumber(flags.retries, '--retries', 0, 10),
        run: {
          timeoutMs: shared.timeoutMs,
          deadlineMs: shared.deadlineMs,
          ca: shared.ca,
          dnsServer: shared.dnsServer,
          trace: false,
          allowPlaintextAuth: shared.allowPlaintextAuth,
          trustDiscovered: shared.trustDiscovered,
          now: () => new Date(),
        },
        lang,
        env,
        secrets: secretsScrubber(secrets),
        secretValues: secrets,
        autoconfigUrls: shared.autoconfigUrls,
        version: toolVersion(),
        signal: controller.signal,
      },
      (result) => {
        spool.add(result)
        progress.tick(result)
      },
    )
  } catch (err) {
    await unread
    spool.close()
    throw err
  } finally {
    await progress.stop()
    stopListening()
  }
  const readError = await unread
  if (readError) {
    spool.close()
    throw new UsageError(`${file}: cannot read the batch file (${readError.code ?? 'error'})`)
  }
  // A results file shared by shards holds the others' accounts too: report only this one's.
  spool.dropUnclaimed()
  const summary = writeBatchReport(io, spool, rowErrors, lang, ended.stopped, flags, unlisted)
  if (ended.stopped) return stopCode
  if (rowErrors.length) return EXIT.usage
  if (summary.withErrors || summary.notChecked) return EXIT.problem
  return flags.strict && summary.withWarnings ? EXIT.problem : EXIT.ok
}

/** Two passes over the results file: the summary, then the report; only the index stays in memory. */
export function writeBatchReport(
  io: Io,
  spool: ResultSpool,
  rowErrors: RowError[],
  lang: BatchHeader['lang'],
  stopped: boolean,
  flags: { format: BatchFormat; output?: string },
  unlisted = 0,
): BatchHeader['summary'] {
  try {
    const { summary, totalMs } = summarize(spool.results(), rowErrors, unlisted)
    const header: BatchHeader = {
      schemaVersion: 1,
      tool: { name: 'maildoctor', version: toolVersion() },
      lang,
      stopped,
      summary,
    }
    const out = outputWriter(io, flags.output)
    try {
      renderBatch(flags.format, header, totalMs, spool.results(), (chunk) => out.write(chunk))
      out.close()
    } catch (err) {
      out.abort()
      // The checks are done: their results must not go with the report that could not be written.
      const kept = spool.keep()
      const why =
        err instanceof UsageError
          ? err.message
          : `${flags.output}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? 'error'})`
      throw new UsageError(
        `${why}; the results are kept in ${kept} (maildoctor merge ${kept} --output FILE writes the report)`,
      )
    }
    return summary
  } finally {
    spool.close()
  }
}

/** How far the first pass over the batch file has got: the checks wait for it, line by line. */
class FirstPass {
  /** The file could not be read to its end. */
  failed = false
  private line = 0
  private waiter?: { line: number; resolve: () => void }

  judged(line: number): void {
    this.line = line
    if (this.waiter && this.waiter.line <= line) {
      this.waiter.resolve()
      this.waiter = undefined
    }
  }

  /** Settles once the pass has judged `line` (one waiter at a time: the accounts are read in turn). */
  reached(line: number): Promise<void> | undefined {
    if (line <= this.line) return undefined
    return new Promise((resolve) => (this.waiter = { line, resolve }))
  }
}

/** A progress line that starts later: what finishes before it starts is counted when it does. */
function earlyProgress(later: Promise<BatchProgress>): { tick: BatchProgress['tick']; stop(): Promise<void> } {
  let progress: BatchProgress | undefined
  const early: Parameters<BatchProgress['tick']>[0][] = []
  const started = later.then((p) => {
    progress = p
    early.splice(0).forEach((r) => p.tick(r))
  })
  return {
    tick: (r) => (progress ? progress.tick(r) : void early.push(r)),
    stop: async () => {
      await started
      progress?.stop()
    },
  }
}
