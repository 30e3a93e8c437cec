// The one-screen answer for a person: which ways in work, what is wrong, what to click.
import { MESSAGES, protocolLabel, type Messages } from '../i18n/messages.js'
import { SECURITY_LABEL } from '../diagnose/working.js'
import { serviceOf, type Security, type ServiceVerdict, type Way } from '../model/types.js'
import type { Report, ReportEndpoint, ReportFinding } from './report-model.js'
import { printableDeep } from './printable.js'
import { paint, type Paint } from './style.js'
import { CAUSE_SHORT } from '../i18n/causes/short.js'
import type { CauseId } from '../diagnose/cause-ids.js'

export interface HumanOptions {
  color: boolean
  trace: boolean
}

export function renderHuman(raw: Report, opts: HumanOptions): string {
  // Server text (evidence, transcript, certificate names) reaches a terminal: no raw controls.
  const report = printableDeep(raw)
  const m = MESSAGES[report.lang]
  const p = paint(opts.color)
  const out: string[] = []
  const target = report.target.address ?? report.target.host ?? ''
  out.push(p('bold', `maildoctor — ${m.checking} ${target}`), '')
  out.push(...verdictLines(report, m, p), '')
  out.push(...endpointTable(report, p))
  out.push('')
  // The verdict lines already said when all is well; with no service checked, say it here.
  if (
    !report.findings.length &&
    report.verdict.receive.status === 'not_checked' &&
    report.verdict.send.status === 'not_checked'
  )
    out.push(p('green', `✔ ${m.allGood}`), '')
  for (const f of report.findings) out.push(...findingBlock(f, report, p), '')
  if (report.working.length) {
    out.push(p('bold', m.working))
    for (const w of report.working) {
      const details = workingDetails(report, w, m)
      const where = `${w.host}:${w.port}`.padEnd(22)
      const columns = `${w.protocol.toUpperCase().padEnd(4)}  ${where}  ${securityLabel(w.security, m).padEnd(8)}`
      out.push(`  ${p('green', '✔')} ${columns}${details ? p('dim', `  (${details})`) : ''}`)
    }
  } else {
    out.push(p('red', m.noneWorking))
  }
  if (report.settings.length) out.push('', ...settingsBlock(report, m, p))
  if (report.notChecked.includes('auth')) out.push('', p('dim', m.notChecked))
  if (report.notChecked.includes('deadline')) out.push('', ...wrap(m.notCheckedDeadline, 92).map((l) => p('yellow', l)))
  if (report.notChecked.includes('auth-untrusted'))
    out.push('', ...wrap(m.notCheckedUntrusted, 92).map((l) => p('yellow', l)))
  if (opts.trace) out.push(...transcripts(report.endpoints, m.transcript))
  const summary = [
    report.summary.errors ? m.problemsFound(report.summary.errors) : '',
    report.summary.warnings ? m.warningsFound(report.summary.warnings) : '',
  ]
    .filter(Boolean)
    .join(', ')
  out.push('', p('dim', `${summary ? summary + '. ' : ''}${m.tookMs(report.summary.durationMs)}`))
  return out.join('\n') + '\n'
}

export const securityLabel = (security: Security, m: Messages) =>
  security === 'plain' ? m.securityNone : SECURITY_LABEL[security]
export const wayLabel = (w: Way, m: Messages) => `${w.protocol.toUpperCase()} ${w.port} ${securityLabel(w.security, m)}`

/** The answer first: can the account receive and send, and what to do first. */
function verdictLines(report: Report, m: Messages, p: Paint): string[] {
  const v = report.verdict
  const loginUnchecked = report.notChecked.includes('auth')
  const line = (label: string, s: ServiceVerdict): string | undefined => {
    if (s.status === 'not_checked') return undefined
    if (s.status === 'ok') {
      const unchecked = loginUnchecked ? ` — ${m.verdict.loginNotChecked}` : ''
      return `${p('green', '✔')} ${p('bold', label)}: ${m.verdict.works} (${wayLabel(s.via!, m)})${unchecked}.`
    }
    const because = s.cause ? ` — ${causeShort(s.cause, report)}` : ''
    return `${p('red', '✖')} ${p('bold', label)}: ${m.verdict.fails}${because}.`
  }
  const lines = [line(m.verdict.receive, v.receive), line(m.verdict.send, v.send)].filter(
    (l): l is string => l !== undefined,
  )
  const primary = report.findings.find((f) => f.cause === v.primaryCause)
  if (primary?.fixes[0])
    lines.push(...wrap(`${m.verdict.whatToDo}: ${primary.fixes[0]}`, 96).map((l, i) => (i === 0 ? `→ ${l}` : `  ${l}`)))
  else if (!primary && lines.length) lines.push(`→ ${m.allGood}`)
  return lines
}

export const causeShort = (cause: string, report: Report) =>
  CAUSE_SHORT[report.lang][cause as CauseId] ?? report.findings.find((f) => f.cause === cause)?.title ?? cause

/** The settings to type into the mail client, and the seeds' advice on IMAP or POP. */
function settingsBlock(report: Report, m: Messages, p: Paint): string[] {
  const lines = [p('bold', m.settingsTitle)]
  for (const s of report.settings) {
    const user = s.username === 'provider-id' ? m.providerId : s.username
    const oauth = oauthOnly(report, s) ? ` · ${m.authOAuth}` : ''
    const fields = [
      `${m.server} ${s.host}`,
      `${m.port} ${s.port}`,
      `${m.encryption} ${securityLabel(s.security, m)}`,
      ...(user ? [`${m.username} ${user}`] : []),
    ]
    lines.push(`  ${protocolLabel(s.protocol, m).padEnd(24)} ${fields.join(' · ')}${oauth}`)
  }
  const sending = report.settings.find((s) => serviceOf(s.protocol) === 'send')
  if (sending && !oauthOnly(report, sending)) lines.push(`  ${''.padEnd(24)} ${m.authRequired}`)
  // The choice between IMAP and POP is advice only where both work: never recommend one that is off.
  const receiving = new Set(report.settings.map((s) => s.protocol).filter((p) => serviceOf(p) === 'receive'))
  if (receiving.size === 2)
    lines.push(...m.advice.flatMap((a) => wrap(a, 90).map((l, i) => p('dim', `${i === 0 ? '  • ' : '    '}${l}`))))
  return lines
}

/** The server takes only OAuth tokens on this way in (after STARTTLS where there is one). */
function oauthOnly(report: Report, s: Report['settings'][number]): boolean {
  const e = report.endpoints.find((x) => x.protocol === s.protocol && x.host === s.host && x.port === s.port)
  const facts = Object.assign({}, ...(e?.stages ?? []).map((st) => st.facts)) as Record<string, unknown>
  return Boolean(facts['after.caps.oauthOnly'] ?? facts['caps.oauthOnly'])
}

/** What a person wants to know of a working way in: the encryption, the certificate, the login. */
export function workingDetails(report: Report, w: Report['working'][number], m: Messages): string {
  const e = report.endpoints.find((x) => x.protocol === w.protocol && x.host === w.host && x.port === w.port)
  if (!e) return ''
  const facts = Object.assign({}, ...e.stages.map((s) => s.facts)) as Record<string, string | number | boolean>
  const parts: string[] = []
  if (facts['tls.version']) parts.push(String(facts['tls.version']))
  if (typeof facts['cert.daysLeft'] === 'number') parts.push(m.certDays(facts['cert.daysLeft']))
  if (e.stages.some((s) => s.stage === 'auth' && s.status === 'pass')) parts.push(m.loginOk)
  if (typeof facts['inbox.messages'] === 'number') parts.push(m.inboxMessages(facts['inbox.messages']))
  if (facts['auth.mechanism']) parts.push(`AUTH ${facts['auth.mechanism']}`)
  return parts.join(' · ')
}

function endpointTable(report: Report, p: Paint): string[] {
  const m = MESSAGES[report.lang]
  const rows = report.endpoints.map((e) => {
    const failed = e.status === 'fail' ? e.stages.find((s) => s.status === 'fail') : undefined
    const label =
      e.role === 'relay'
        ? m.statusRelay
        : { ok: m.statusOk, warn: m.statusWarn, fail: m.statusFail, skipped: m.statusSkipped }[e.status]
    const status = failed && e.role !== 'relay' ? `${label} (${m.stageStops[failed.stage] ?? failed.stage})` : label
    return [
      e.protocol.toUpperCase(),
      `${e.host}:${e.port}`,
      securityLabel(e.security, m),
      status,
      `${e.durationMs} ms`,
      e.role === 'relay' ? 'skipped' : e.status,
    ] as const
  })
  const widths = [4, ...[1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)))]
  const mark: Record<string, string> = {
    ok: p('green', '✔'),
    warn: p('yellow', '!'),
    fail: p('red', '✖'),
    skipped: p('dim', '-'),
  }
  return rows.map(
    (r) =>
      `  ${mark[r[5]]} ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ` +
      `${r[3].padEnd(widths[3])}  ${p('dim', r[4].padStart(8))}`,
  )
}

function findingBlock(f: ReportFinding, report: Report, p: Paint): string[] {
  const m = MESSAGES[report.lang]
  const head = {
    error: p('red', `✖ ${m.error}`),
    warning: p('yellow', `! ${m.warning}`),
    info: p('dim', `i ${m.info}`),
  }[f.severity]
  const where = f.endpoints.map((e) => `${e.protocol.toUpperCase()} ${e.host}:${e.port}`).join(', ')
  const evidence = f.evidence
    .slice(0, 3)
    .map(seenLine)
    .map((line) => line.replace(/\s*\r?\n\s*/g, ' | '))
    .filter((line, i, all) => all.indexOf(line) === i)
  return [
    `${head}  ${p('bold', f.title)}  ${p('dim', `[${f.cause}]`)}`,
    `   ${m.seenOn} ${where}`,
    ...wrap(f.explanation, 92).map((l) => `   ${l}`),
    ...evidence.map((e) => p('dim', `   ${m.evidence}: ${e}`)),
    `   ${p('bold', m.whatToDo)}`,
    ...f.fixes.flatMap((fix, i) => wrap(fix, 88).map((l, j) => (j === 0 ? `     ${i + 1}. ${l}` : `        ${l}`))),
  ]
}

/**
 * One "Seen:" line per piece of evidence: the server's own words in full, but a library's or
 * OpenSSL's error line only as its code (the whole line stays in the trace and the JSON).
 */
export function seenLine(e: ReportFinding['evidence'][number]): string {
  const fromLibrary = e.source?.lib?.startsWith('node:') ?? false
  // A library's own sentence (detail and response the same words) is its code here, in any language.
  const libraryWords = fromLibrary && (e.detail === e.source?.response || /error:|routines|\n/.test(e.detail ?? ''))
  const detail = e.detail && !libraryWords ? e.detail : undefined
  const words = detail ?? (!fromLibrary && e.source?.response ? `"${e.source.response}"` : '')
  return [e.code, words, e.source?.code && e.source.code !== e.detail ? `(${e.source.code})` : '']
    .filter(Boolean)
    .join(' ')
}

function transcripts(endpoints: ReportEndpoint[], title: string): string[] {
  return endpoints.flatMap((e) =>
    e.transcript?.length
      ? [
          '',
          `${title} ${e.protocol.toUpperCase()} ${e.host}:${e.port}`,
          ...e.transcript.map((t) => `  ${String(t.atMs).padStart(5)} ms ${t.dir}: ${t.text}`),
        ]
      : [],
  )
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
