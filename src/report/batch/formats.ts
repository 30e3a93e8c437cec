// Every batch output format: (report) => text. Adding a format is one line here.
import { escapeXml } from '../escape.js'
import { MESSAGES } from '../../i18n/messages.js'
import { accountLabel, causesOf, type BatchReport } from './model.js'
import { renderBatchHtml } from './html.js'

export const BATCH_FORMATS = {
  table: renderTable,
  json: (r: BatchReport) => JSON.stringify(r, null, 2) + '\n',
  jsonl: (r: BatchReport) => r.results.map((x) => JSON.stringify(x)).join('\n') + (r.results.length ? '\n' : ''),
  csv: renderCsv,
  junit: renderJunit,
  html: renderBatchHtml,
} satisfies Record<string, (r: BatchReport) => string>

export type BatchFormat = keyof typeof BATCH_FORMATS

function renderTable(r: BatchReport): string {
  const m = MESSAGES[r.lang].batch
  const s = r.summary
  const lines = [
    `${m.accounts}: ${s.accounts} · ${m.ok}: ${s.ok} · ${m.withErrors}: ${s.withErrors} · ${m.withWarnings}: ${s.withWarnings}${s.notChecked ? ` · ${m.notChecked}: ${s.notChecked}` : ''}${r.stopped ? ` · ${m.stopped}` : ''}`,
    '',
  ]
  if (s.byCause.length) {
    const width = Math.max(...s.byCause.map((c) => c.cause.length), 10)
    lines.push(`  ${m.cause.padEnd(width)}  ${m.accounts.padStart(8)}  ${m.what}`)
    for (const c of s.byCause) lines.push(`  ${c.cause.padEnd(width)}  ${String(c.accounts).padStart(8)}  ${c.title}`)
    lines.push('')
  }
  for (const e of s.rowErrors) lines.push(`  ${m.line} ${e.line}: ${e.message}`)
  for (const x of r.results.filter((x) => !x.ok || x.inputError)) lines.push(`  ✖ ${accountLabel(x)} (${m.line} ${x.line}): ${x.inputError ?? causesOf(x).join(', ')}`)
  return lines.join('\n') + '\n'
}

const csvCell = (v: string | number | boolean) => {
  const text = String(v)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function renderCsv(r: BatchReport): string {
  const header = ['line', 'address', 'host', 'ok', 'errors', 'warnings', 'causes', 'attempts', 'duration_ms', 'input_error']
  const rows = r.results.map((x) => [x.line, x.address ?? '', x.host ?? '', x.ok, x.errors, x.warnings, causesOf(x).join(' '), x.attempts, x.durationMs, x.inputError ?? ''])
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n'
}


function renderJunit(r: BatchReport): string {
  const failures = r.results.filter((x) => x.errors > 0 || x.inputError).length
  const cases = r.results.map((x) => {
    const name = `${accountLabel(x)} (line ${x.line})`
    const time = (x.durationMs / 1000).toFixed(3)
    if (x.inputError) return `    <testcase classname="maildoctor.batch" name="${escapeXml(name)}" time="${time}"><error message="${escapeXml(x.inputError)}" type="input"/></testcase>`
    const errors = x.findings.filter((f) => f.severity === 'error')
    if (!errors.length) return `    <testcase classname="maildoctor.batch" name="${escapeXml(name)}" time="${time}"/>`
    const message = errors.map((f) => f.cause).join(', ')
    const body = errors.map((f) => `${f.cause}: ${f.title}\n  ${f.fixes.join('\n  ')}`).join('\n')
    return `    <testcase classname="maildoctor.batch" name="${escapeXml(name)}" time="${time}"><failure message="${escapeXml(message)}" type="${escapeXml(errors[0].cause)}">${escapeXml(body)}</failure></testcase>`
  })
  const total = (r.results.reduce((a, x) => a + x.durationMs, 0) / 1000).toFixed(3)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="maildoctor" tests="${r.results.length}" failures="${failures}" errors="0" time="${total}">\n  <testsuite name="maildoctor batch" tests="${r.results.length}" failures="${failures}" errors="0" skipped="0" time="${total}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`
}
