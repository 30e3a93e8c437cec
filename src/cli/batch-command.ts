// `maildoctor batch <file>`: many accounts, bounded and polite, streamed, resumable, shardable.
import { formatOf, parseAccounts, type RowError } from '../batch/accounts.js'
import { normalizeResults, summarize, type AccountResult } from '../batch/result.js'
import { runBatch } from '../batch/run-batch.js'
import { inShard } from '../batch/shard.js'
import { detectLang } from '../i18n/locale.js'
import { toolVersion } from '../package-root.js'
import { defaultDeadlineMs } from '../run/run-check.js'
import { BATCH_FORMATS, type BatchFormat } from '../report/batch/formats.js'
import type { BatchReport } from '../report/batch/model.js'
import { readCa } from './check-options.js'
import { EXIT, UsageError, type Io } from './io.js'
import { parseAutoconfigUrl, parseCaBundle, parseDnsServer, parseLang, parseSeconds } from './options.js'

export interface BatchFlags {
  concurrency: string
  perHost: string
  rate?: string
  retries: string
  format: BatchFormat
  output?: string
  stream?: string
  resume?: string
  shard?: string
  timeout: string
  ca?: string
  dnsServer?: string
  autoconfigUrl: string[]
  lang?: string
  strict?: boolean
  trustDiscovered?: boolean
  allowPlaintextAuth?: boolean
}

const int = (name: string, text: string, min: number, max: number): number => {
  const n = Number(text)
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`)
  return n
}

export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (for example 2/4), not "${text}"`)
  return { index, count }
}

/** Results already written by an earlier (maybe interrupted) run; a half-written last line is skipped. */
export async function readResults(io: Io, path: string, required: boolean): Promise<AccountResult[]> {
  let text: string
  try {
    text = await io.readFile(path)
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new UsageError(`${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return text.split('\n').flatMap((line) => {
    try {
      const r = JSON.parse(line) as AccountResult
      return r && typeof r.key === 'string' && typeof r.line === 'number' ? [r] : []
    } catch {
      return []
    }
  })
}

export async function batchCommand(io: Io, file: string, flags: BatchFlags): Promise<number> {
  const lang = flags.lang ? parseLang(flags.lang) : detectLang(io.env)
  let text: string
  try {
    text = await io.readFile(file)
  } catch (err) {
    throw new UsageError(`${file}: cannot read the batch file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const { accounts, errors: rowErrors } = await parseAccounts(text, formatOf(file, text))
  const shard = flags.shard ? parseShard(flags.shard) : undefined
  const mine = shard ? accounts.filter((a) => inShard(a.key, shard)) : accounts
  const previous = flags.resume ? await readResults(io, flags.resume, false) : []
  const done = new Set(previous.map((r) => r.key))
  const todo = mine.filter((a) => !done.has(a.key))
  const stream = flags.stream ?? flags.resume
  for (const e of rowErrors) io.stderr(`maildoctor: ${file} line ${e.line}: ${e.message}\n`)

  const timeoutMs = parseSeconds('--timeout', flags.timeout, 120) * 1000
  const controller = new AbortController()
  const stopListening = io.onInterrupt?.(() => controller.abort()) ?? (() => {})
  const progress = await batchProgress(io, todo.length)
  const fresh: AccountResult[] = []
  let outcome: { stopped: boolean }
  try {
    outcome = await runBatch(
      todo,
      {
        concurrency: int('--concurrency', flags.concurrency, 1, 1000),
        perHost: int('--per-host', flags.perHost, 1, 100),
        ratePerHost: flags.rate ? parseSeconds('--rate', flags.rate, 1000) : undefined,
        retries: int('--retries', flags.retries, 0, 10),
        run: {
          timeoutMs,
          deadlineMs: defaultDeadlineMs(timeoutMs),
          ca: flags.ca ? parseCaBundle(flags.ca, await readCa(flags.ca, io)) : [],
          dnsServer: flags.dnsServer ? parseDnsServer(flags.dnsServer) : undefined,
          trace: false,
          allowPlaintextAuth: Boolean(flags.allowPlaintextAuth),
          trustDiscovered: Boolean(flags.trustDiscovered),
          now: () => new Date(),
        },
        lang,
        env: io.env,
        autoconfigUrls: flags.autoconfigUrl.length ? flags.autoconfigUrl.map(parseAutoconfigUrl) : undefined,
        version: toolVersion(),
        signal: controller.signal,
      },
      (result) => {
        fresh.push(result)
        if (stream) (io.appendLine ?? (() => {}))(stream, JSON.stringify(result))
        progress.tick(result)
      },
    )
  } finally {
    progress.stop()
    stopListening()
  }
  const report = batchReport([...previous.filter((r) => mine.some((a) => a.key === r.key)), ...fresh], rowErrors, lang, outcome.stopped)
  const rendered = BATCH_FORMATS[flags.format](report)
  if (flags.output) await io.writeFile(flags.output, rendered)
  else io.stdout(rendered)
  if (outcome.stopped) return EXIT.interrupted
  if (rowErrors.length) return EXIT.usage
  if (report.summary.withErrors || report.summary.notChecked) return EXIT.problem
  return flags.strict && report.summary.withWarnings ? EXIT.problem : EXIT.ok
}

export function batchReport(results: AccountResult[], rowErrors: RowError[], lang: BatchReport['lang'], stopped: boolean): BatchReport {
  const normalized = normalizeResults(results)
  return { schemaVersion: 1, tool: { name: 'maildoctor', version: toolVersion() }, lang, stopped, summary: summarize(normalized, rowErrors), results: normalized }
}

async function batchProgress(io: Io, total: number): Promise<{ tick(r: AccountResult): void; stop(): void }> {
  if (!io.stderrIsTTY || 'NO_COLOR' in io.env || io.env.CI || !total) return { tick() {}, stop() {} }
  const { default: ora } = await import('ora')
  const spinner = ora({ stream: process.stderr }).start()
  const started = Date.now()
  let done = 0
  let problems = 0
  return {
    tick(r) {
      done++
      if (r.errors || r.inputError) problems++
      const eta = Math.round(((Date.now() - started) / done) * (total - done) / 1000)
      spinner.text = `${done}/${total} · ${problems} ✖ · ETA ${eta}s`
    },
    stop: () => void spinner.stop(),
  }
}
