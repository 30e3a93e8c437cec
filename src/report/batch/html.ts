// One self-contained HTML file a helpdesk can open or mail: summary by cause with a bar chart,
// a filterable table of accounts, each account's findings and fixes. No external resources.
import { escapeXml } from '../escape.js'
import { MESSAGES } from '../../i18n/messages.js'
import type { AccountReport } from './localise.js'
import {
  accountDetails,
  accountLabel,
  causesOf,
  rowState,
  rowSummary,
  type ReportedHeader,
  type BatchRenderer,
  type RowState,
} from './model.js'

const ROW_CLASS: Record<RowState, string> = {
  problem: 'bad',
  not_checked: 'bad',
  warning: 'warn',
  ok: 'good',
  duplicate: 'good',
}

export const batchHtml: BatchRenderer = {
  head: (h) => page(h).split(ROWS)[0],
  row: (x, i, h) => (i ? '\n' : '') + row(x, h),
  tail: (h) => page(h).split(ROWS)[1],
}

/** The page's style: lines of rules, as the page holds them. */
const CSS = [
  '.cards{display:flex;gap:12px;margin:12px 0 20px}.card{border:1px solid #ddd;border-radius:8px;padding:10px 16px;' +
    'min-width:110px}',
  '.card b{display:block;font-size:24px}table{border-collapse:collapse;width:100%;margin-top:12px}',
  'td,th{border-bottom:1px solid #eee;padding:6px 8px;text-align:left;vertical-align:top}' +
    'tr.bad td:nth-child(3){color:#c0392b}',
  'tr.warn td:nth-child(3){color:#b9770e}tr.good td:nth-child(3){color:#1e8449}' +
    'input,select{padding:6px;font:inherit;margin-right:8px}',
].join('\n')

/** The filter's test for one row, a line of the page's script. */
const SHOW =
  "const show = (!text || row.textContent.toLowerCase().includes(text)) && (!c || row.dataset.causes.split(' ')" +
  '.includes(c))'

/** Where the rows go in the page. */
const ROWS = '\u0000rows\u0000'

function row(x: AccountReport, h: ReportedHeader): string {
  const m = MESSAGES[h.lang].batch
  const causes = causesOf(x)
  const state = {
    duplicate: m.duplicateOf(x.duplicateOf ?? 0),
    not_checked: m.notChecked,
    problem: m.withErrors,
    warning: m.withWarnings,
    ok: m.ok,
  }[rowState(x)]
  const details = x.findings.map(findingItem).join('')
  const more = accountDetails(x, m)
  const cells = [
    `${x.line}`,
    escapeXml(accountLabel(x)) + (more ? `<br><small>${escapeXml(more)}</small>` : ''),
    escapeXml(state),
    escapeXml(rowSummary(x, m)),
    details ? `<details><summary>${x.findings.length}</summary><ul>${details}</ul></details>` : '',
  ]
  const attributes = `data-causes="${escapeXml(causes.join(' '))}" class="${ROW_CLASS[rowState(x)]}"`
  return `<tr ${attributes}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
}

function findingItem(f: AccountReport['findings'][number]): string {
  const fixes = f.fixes.map((fix) => `<li>${escapeXml(fix)}</li>`).join('')
  return `<li><b>${escapeXml(f.title)}</b> <code>${escapeXml(f.cause)}</code><ol>${fixes}</ol></li>`
}

/** One bar of the chart per cause: its name, a bar as long as its count, the count. */
function bar(c: ReportedHeader['summary']['byCause'][number], y: number, w: number): string {
  const fill = c.severity === 'error' ? '#c0392b' : '#d68910'
  return (
    `<text x="0" y="${y + 16}" font-size="13">${escapeXml(c.cause)}</text>` +
    `<rect x="230" y="${y}" width="${w}" height="20" rx="3" fill="${fill}"/>` +
    `<text x="${236 + w}" y="${y + 15}" font-size="13" data-count="${escapeXml(c.cause)}">${c.accounts}</text>`
  )
}

function page(r: ReportedHeader): string {
  const m = MESSAGES[r.lang].batch
  const s = r.summary
  const max = Math.max(1, ...s.byCause.map((c) => c.accounts))
  const barHeight = 26
  const options = s.byCause
    .map((c) => `<option value="${escapeXml(c.cause)}">${escapeXml(c.cause)} (${c.accounts})</option>`)
    .join('')
  const height = s.byCause.length * barHeight + 10
  const bars = s.byCause
    .map((c, i) => bar(c, i * barHeight + 5, Math.max(2, Math.round((c.accounts / max) * 420))))
    .join('')
  const size = `width="720" height="${height}" viewBox="0 0 720 ${height}"`
  const svg = `role="img" aria-label="${escapeXml(m.byCause)}" ${size}`
  const chart = s.byCause.length ? `<svg ${svg}>${bars}</svg>` : `<p>${escapeXml(m.noProblem)}</p>`
  const headings = [m.line, m.account, m.status, m.cause, m.findings].map((t) => `<th>${escapeXml(t)}</th>`).join('')
  const filter = `<input id="filter" type="search" placeholder="${escapeXml(m.filter)}">`
  const select = `<select id="cause"><option value="">${escapeXml(m.allCauses)}</option>${options}</select>`
  return `<!doctype html>
<html lang="${r.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(m.title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222}h1{font-size:20px}
${CSS}
</style></head><body>
<h1>${escapeXml(m.title)}${r.stopped ? ` — ${escapeXml(m.stopped)}` : ''}</h1>
<div class="cards">
<div class="card" id="n-accounts"><b>${s.accounts}</b>${escapeXml(m.accounts)}</div>
<div class="card" id="n-ok"><b>${s.ok}</b>${escapeXml(m.ok)}</div>
<div class="card" id="n-errors"><b>${s.withErrors}</b>${escapeXml(m.withErrors)}</div>
<div class="card" id="n-warnings"><b>${s.withWarnings}</b>${escapeXml(m.withWarnings)}</div>
</div>
<h2>${escapeXml(m.byCause)}</h2>
${chart}
<div>${filter}${select}</div>
<table><thead><tr>${headings}</tr></thead>
<tbody id="rows">
${ROWS}
</tbody></table>
<script>
const filter = document.getElementById('filter'), cause = document.getElementById('cause')
function apply() {
  const text = filter.value.toLowerCase(), c = cause.value
  for (const row of document.querySelectorAll('#rows tr')) {
    ${SHOW}
    row.hidden = !show
  }
}
filter.addEventListener('input', apply); cause.addEventListener('change', apply)
</script>
</body></html>
`
}
