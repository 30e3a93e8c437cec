// Every batch output format as a streaming renderer (head, rows, tail): a report of any size is
// written without holding its rows in memory. Adding a format is one entry here.
import type { AccountResult } from '../../batch/result.js'
import { localiseAccount, localiseSummary, type AccountReport } from './localise.js'
import * as JUnit from '../junit.js'
import { MESSAGES } from '../../i18n/messages.js'
import {
  accountTitle,
  causesOf,
  rowState,
  rowSummary,
  type BatchHeader,
  type BatchRenderer,
  type BatchReport,
  type RowState,
} from './model.js'
import { batchHtml } from './html.js'

const table: BatchRenderer = {
  head(h) {
    const m = MESSAGES[h.lang].batch
    const s = h.summary
    const counts = [
      `${m.accounts}: ${s.accounts}`,
      `${m.ok}: ${s.ok}`,
      `${m.withErrors}: ${s.withErrors}`,
      `${m.withWarnings}: ${s.withWarnings}`,
      ...(s.notChecked ? [`${m.notChecked}: ${s.notChecked}`] : []),
      ...(s.duplicates ? [`${m.duplicates}: ${s.duplicates}`] : []),
      ...(h.stopped ? [m.stopped] : []),
    ]
    const lines = [counts.join(' · '), '']
    if (s.byCause.length) {
      const width = Math.max(...s.byCause.map((c) => c.cause.length), 10)
      lines.push(`  ${m.cause.padEnd(width)}  ${m.accounts.padStart(8)}  ${m.what}`)
      for (const c of s.byCause) lines.push(`  ${c.cause.padEnd(width)}  ${String(c.accounts).padStart(8)}  ${c.title}`)
      lines.push('')
    }
    return lines.map((l) => l + '\n').join('')
  },
  // Every row, in line order: a helpdesk looks an account up here, working or not.
  row(x, _i, h) {
    const m = MESSAGES[h.lang].batch
    const verdict = x.verdict ? verdictWords(x, m) : ''
    const summary = rowSummary(x, m)
    const title = accountTitle(x, m)
    const where = `${title ? `${title} ` : ''}(${m.line} ${x.line})`
    return `  ${ROW_MARK[rowState(x)]} ${where}${summary ? `: ${summary}` : ''}${verdict ? ` — ${verdict}` : ''}\n`
  },
  tail: () => '',
}

const ROW_MARK: Record<RowState, string> = { ok: '✔', warning: '!', problem: '✖', not_checked: '✖', duplicate: '=' }

/** "receive ok, send fail" for the services the row checked. */
function verdictWords(x: AccountReport, m: (typeof MESSAGES)['en']['batch']): string {
  const v = x.verdict!
  return [
    v.receive.status !== 'not_checked' ? `${m.receive} ${m.serviceStatus[v.receive.status]}` : '',
    v.send.status !== 'not_checked' ? `${m.send} ${m.serviceStatus[v.send.status]}` : '',
  ]
    .filter(Boolean)
    .join(', ')
}

// JSON.stringify(report, null, 2), with the rows spliced in one by one.
const json: BatchRenderer = {
  head: (h) => JSON.stringify({ ...h, results: [] }, null, 2).replace(/\[\]\n\}$/, '['),
  row: (x, i) => (i ? ',\n' : '\n') + JSON.stringify(x, null, 2).replace(/^/gm, '    '),
  tail: (h) => (h.summary.accounts ? '\n  ' : '') + ']\n}\n',
}

const jsonl: BatchRenderer = {
  head: () => '',
  row: (x) => JSON.stringify(x) + '\n',
  tail: () => '',
}

const csvCell = (v: string | number | boolean) => {
  const text = String(v)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
const csvLine = (cells: Array<string | number | boolean>) => cells.map(csvCell).join(',') + '\n'

const csv: BatchRenderer = {
  head: () =>
    csvLine([
      'line',
      'address',
      'host',
      'ok',
      'errors',
      'warnings',
      'causes',
      'attempts',
      'duration_ms',
      'input_error',
      'not_checked',
      'user',
      'protocols',
      'port',
      'receive',
      'send',
      'primary_cause',
      'duplicate_of',
    ]),
  row: (x) =>
    csvLine([
      x.line,
      x.address ?? '',
      x.host ?? '',
      x.ok,
      x.errors,
      x.warnings,
      causesOf(x).join(' '),
      x.attempts,
      x.durationMs,
      x.inputError ?? '',
      x.notChecked ?? '',
      x.user ?? '',
      (x.protocols ?? []).join(' '),
      x.port ?? '',
      x.verdict?.receive.status ?? '',
      x.verdict?.send.status ?? '',
      x.verdict?.primaryCause ?? '',
      x.duplicateOf ?? '',
    ]),
  tail: () => '',
}

const junit: BatchRenderer = {
  head(h, totalMs) {
    const s = h.summary
    // A row that could not be checked is an error test case, a repeated account a skipped one.
    const counts = { tests: s.accounts, failures: s.withErrors, errors: s.notChecked }
    return (
      JUnit.suitesOpen({ name: 'maildoctor', ...counts, time: JUnit.seconds(totalMs) }) +
      JUnit.suiteOpen({ name: 'maildoctor batch', ...counts, skipped: s.duplicates, time: JUnit.seconds(totalMs) })
    )
  },
  row: (x) =>
    JUnit.testCase(
      { classname: 'maildoctor.batch', name: `${accountTitle(x) || 'row'} (line ${x.line})`, ms: x.durationMs },
      junitProblem(x),
    ),
  tail: () => JUnit.SUITE_CLOSE + JUnit.SUITES_CLOSE,
}

function junitProblem(x: AccountReport): JUnit.JunitProblem | undefined {
  if (x.inputError) return { kind: 'error', message: x.inputError, type: 'input' }
  if (x.duplicateOf !== undefined) return { kind: 'skipped', message: `duplicate of line ${x.duplicateOf}` }
  const errors = x.findings.filter((f) => f.severity === 'error')
  // Counted among the failures in the head: not known to work.
  if (!errors.length && x.notChecked)
    return { kind: 'failure', message: `not checked: ${x.notChecked}`, type: 'not_checked' }
  if (!errors.length && x.ok) return undefined
  const primary = x.verdict?.primaryCause ?? errors[0]?.cause ?? 'fail'
  const message = errors.length ? errors.map((f) => f.cause).join(', ') : primary
  const body = errors.map((f) => `${f.cause}: ${f.title}\n  ${f.fixes.join('\n  ')}`).join('\n')
  return { kind: 'failure', message, type: primary, body }
}

export const BATCH_FORMATS = { table, json, jsonl, csv, junit, html: batchHtml } satisfies Record<string, BatchRenderer>

export type BatchFormat = keyof typeof BATCH_FORMATS

/** Writes a whole report through `write`, reading the rows as it goes. */
export function renderBatch(
  format: BatchFormat,
  header: BatchHeader,
  totalMs: number,
  rows: Iterable<AccountResult>,
  write: (chunk: string) => void,
): void {
  const r = BATCH_FORMATS[format]
  const reported = { ...header, summary: localiseSummary(header.summary, header.lang) }
  write(r.head(reported, totalMs))
  let i = 0
  for (const x of rows) write(r.row(localiseAccount(x, header.lang), i++, reported))
  write(r.tail(reported))
}

/** The same, into one string: for reports already in memory. */
export function renderBatchReport(format: BatchFormat, report: BatchReport): string {
  const { results, ...header } = report
  const chunks: string[] = []
  renderBatch(
    format,
    header,
    results.reduce((a, x) => a + x.durationMs, 0),
    results,
    (c) => chunks.push(c),
  )
  return chunks.join('')
}
