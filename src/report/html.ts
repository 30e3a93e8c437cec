// The one-account report as HTML: the verdict first, the connections, the problems with their fixes,
// the settings to type into a mail program. One renderer for `check --format html` (a whole,
// self-contained file) and for the page of `maildoctor serve` (the same section inside the page).
import { escapeXml as esc } from './escape.js'
import { REPORT_CSS } from './html-style.js'
import { renderJson } from './json.js'
import { causeShort, securityLabel, seenLine, wayLabel, workingDetails } from './human.js'
import type { Report, ReportFinding } from './report-model.js'
import { MESSAGES, protocolLabel, type Messages } from '../i18n/messages.js'
import { WEB } from '../i18n/web.js'
import { serviceOf, type ServiceVerdict } from '../model/types.js'

export interface HtmlReportOptions {
  /** Links that download the JSON and a self-contained HTML copy (data: URLs, nothing stored). */
  downloads?: boolean
}

const verdictShown = (r: Report) =>
  r.verdict.receive.status !== 'not_checked' || r.verdict.send.status !== 'not_checked'

/** Table cells, each escaped. */
const cells = (tag: 'td' | 'th', values: Array<string | number>) =>
  values.map((v) => `<${tag}>${esc(v)}</${tag}>`).join('')

/** The report as one `<section>`; every server-derived string escaped. */
export function renderReportSection(report: Report, opts: HtmlReportOptions = {}): string {
  const m = MESSAGES[report.lang]
  const w = WEB[report.lang]
  const target = report.target.address ?? report.target.host ?? ''
  const parts = [
    `<section id="report" class="report" data-ok="${report.summary.ok}">`,
    `<h2>${esc(w.report)}: ${esc(target)}</h2>`,
    verdictBlock(report, m),
    opts.downloads ? downloadLinks(report) : '',
    endpointTable(report, m, w.endpoints),
    report.findings.length
      ? `<h2>${esc(w.findings)}</h2>${report.findings.map((f) => findingBlock(f, m)).join('')}`
      : '',
    // The verdict already says when all is well; with no service checked, it is said here.
    !report.findings.length && !verdictShown(report) ? `<p class="ok">✔ ${esc(m.allGood)}</p>` : '',
    settingsBlock(report, m),
    report.notChecked.includes('auth') ? `<p class="muted">${esc(m.notChecked)}</p>` : '',
    report.notChecked.includes('deadline') ? `<p class="warn">${esc(m.notCheckedDeadline)}</p>` : '',
    report.notChecked.includes('auth-untrusted') ? `<p class="warn">${esc(m.notCheckedUntrusted)}</p>` : '',
    `<p class="muted">${esc(m.tookMs(report.summary.durationMs))}</p>`,
    `</section>`,
  ]
  return parts.filter(Boolean).join('\n')
}

/** A whole HTML file that needs nothing else: style inlined, no script, no external resource. */
export function renderHtmlDocument(report: Report): string {
  const w = WEB[report.lang]
  const target = report.target.address ?? report.target.host ?? ''
  return `<!doctype html>
<html lang="${report.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${w.reportTitle} — ${target}`)}</title>
<style>${REPORT_CSS}</style></head><body><main>
<h1>${esc(w.reportTitle)}</h1>
${renderReportSection(report)}
</main></body></html>
`
}

const dataUrl = (type: string, text: string) =>
  `data:${type};charset=utf-8;base64,${Buffer.from(text, 'utf8').toString('base64')}`

function downloadLinks(report: Report): string {
  const w = WEB[report.lang]
  const link = (id: string, file: string, href: string, label: string) =>
    `<a id="${id}" class="button secondary" download="${file}" href="${href}">${esc(label)}</a>`
  return [
    '<p class="downloads">',
    link('download-json', 'maildoctor-report.json', dataUrl('application/json', renderJson(report)), w.downloadJson),
    link('download-html', 'maildoctor-report.html', dataUrl('text/html', renderHtmlDocument(report)), w.downloadHtml),
    '</p>',
  ].join('')
}

function verdictBlock(report: Report, m: Messages): string {
  const v = report.verdict
  const loginUnchecked = report.notChecked.includes('auth')
  const line = (id: string, label: string, s: ServiceVerdict) => {
    if (s.status === 'not_checked') return ''
    const open = (cls: string, mark: string) =>
      `<p id="verdict-${id}" class="${cls}" data-status="${cls}">${mark} <b>${esc(label)}</b>: `
    if (s.status === 'ok') {
      const note = loginUnchecked ? ` — ${m.verdict.loginNotChecked}` : ''
      return `${open('ok', '✔')}${esc(`${m.verdict.works} (${wayLabel(s.via!, m)})${note}`)}.</p>`
    }
    const because = s.cause ? ` — ${causeShort(s.cause, report)}` : ''
    return `${open('fail', '✖')}${esc(m.verdict.fails + because)}.</p>`
  }
  const primary = report.findings.find((f) => f.cause === v.primaryCause)
  const todo = primary?.fixes[0] ? `→ ${m.verdict.whatToDo}: ${primary.fixes[0]}` : !primary ? `→ ${m.allGood}` : ''
  return [
    `<div id="verdict" class="verdict" data-primary="${esc(v.primaryCause ?? '')}">`,
    line('receive', m.verdict.receive, v.receive),
    line('send', m.verdict.send, v.send),
    todo ? `<p class="todo">${esc(todo)}</p>` : '',
    '</div>',
  ].join('')
}

function endpointTable(report: Report, m: Messages, title: string): string {
  const labels = { ok: m.statusOk, warn: m.statusWarn, fail: m.statusFail, skipped: m.statusSkipped }
  const rows = report.endpoints.map((e) => {
    const failed = e.status === 'fail' ? e.stages.find((s) => s.status === 'fail') : undefined
    const label = e.role === 'relay' ? m.statusRelay : labels[e.status]
    const status = failed && e.role !== 'relay' ? `${label} (${m.stageStops[failed.stage] ?? failed.stage})` : label
    const cls = { ok: 'ok', warn: 'warn', fail: 'fail', skipped: 'muted' }[e.role === 'relay' ? 'skipped' : e.status]
    const where = `${e.host}:${e.port}`
    const values = [e.protocol.toUpperCase(), where, securityLabel(e.security, m), status, `${e.durationMs} ms`]
    return `<tr class="${cls}" data-endpoint="${esc(`${e.protocol}:${e.port}`)}">${cells('td', values)}</tr>`
  })
  const head = cells('th', ['', m.server, m.security, m.status, m.time])
  return `<h2>${esc(title)}</h2><div class="table"><table id="endpoints"><thead><tr>${head}</tr></thead>
<tbody>${rows.join('')}</tbody></table></div>`
}

function findingBlock(f: ReportFinding, m: Messages): string {
  const head = { error: m.error, warning: m.warning, info: m.info }[f.severity]
  const where = f.endpoints.map((e) => `${e.protocol.toUpperCase()} ${e.host}:${e.port}`).join(', ')
  const seen = [...new Set(f.evidence.slice(0, 3).map(seenLine))].map(
    (x) => `<p class="seen">${esc(`${m.evidence}: ${x}`)}</p>`,
  )
  return [
    `<div class="finding sev-${f.severity}" data-cause="${esc(f.cause)}">`,
    `<h3>${esc(`${head}: ${f.title}`)} <code>${esc(f.cause)}</code></h3>`,
    `<p class="muted">${esc(`${m.seenOn} ${where}`)}</p><p>${esc(f.explanation)}</p>`,
    ...seen,
    `<p><b>${esc(m.whatToDo)}</b></p><ol>${f.fixes.map((x) => `<li>${esc(x)}</li>`).join('')}</ol></div>`,
  ].join('')
}

function settingsBlock(report: Report, m: Messages): string {
  if (!report.settings.length) return report.working.length ? '' : `<p class="fail">${esc(m.noneWorking)}</p>`
  const rows = report.settings.map((s) => {
    const user = s.username === 'provider-id' ? m.providerId : s.username
    const w = report.working.find((x) => x.protocol === s.protocol && x.host === s.host && x.port === s.port)
    const details = w ? workingDetails(report, w, m) : ''
    const values = [protocolLabel(s.protocol, m), s.host, s.port, securityLabel(s.security, m), user]
    return `<tr data-protocol="${s.protocol}">${cells('td', values)}<td class="muted">${esc(details)}</td></tr>`
  })
  const sending = report.settings.some((s) => serviceOf(s.protocol) === 'send')
  const smtp = sending ? `<p class="muted">${esc(m.authRequired)}</p>` : ''
  const head = cells('th', ['', m.server, m.port, m.encryption, m.username, ''])
  return `<h2>${esc(m.settingsTitle)}</h2><div class="table"><table id="settings"><thead><tr>${head}</tr></thead>
<tbody>${rows.join('')}</tbody></table></div>${smtp}`
}
