// `check --format html --output report.html`: the one-account report as one self-contained file,
// rendered by the same code as the serve page, with every server word escaped.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-html-'))

describe('check --format html', () => {
  it('one self-contained file: verdict first, fixes, nothing external, server words escaped', async () => {
    const password = `Html-${randomUUID()}`
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: 'other' },
      loginRefusal: `[AUTHENTICATIONFAILED] ${hostile}`,
    })
    try {
      const output = join(dir, 'report.html')
      const argv = [
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--port',
        String(imap.port),
        '--imap',
        '--security',
        'tls',
        '--ca',
        CA,
        '--timeout',
        '2',
        '--password-env',
        'PW',
        '--lang',
        'it',
        '--format',
        'html',
        '--output',
        output,
      ]
      const r = await runCli(argv, { env: { PW: password } })
      expect(r.code).toBe(1)
      expect(r.stdout).toBe('')
      const html = readFileSync(output, 'utf8')
      expect(html).toMatch(/^<!doctype html>\n<html lang="it">/)
      expect(html).toMatch(/<meta name="viewport"/)
      // Verdict before the connections, the connections before the problems.
      const order = ['id="verdict"', 'id="endpoints"', 'class="finding sev-error"'].map((s) => html.indexOf(s))
      expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true)
      expect(html).toMatch(/id="verdict-receive" class="fail" data-status="fail">✖ <b>Ricevere<\/b>: non funziona/)
      expect(html).toContain('data-cause="auth_bad_credentials"')
      expect(html).toMatch(/<ol><li>/)
      // Self-contained: no script, no link, no external URL; the hostile reply only escaped.
      expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3)/)
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(html).not.toContain(password)
    } finally {
      await imap.close()
    }
  })

  it('shares its renderer with the serve page: the same section', async () => {
    const { renderHtmlDocument, renderReportSection } = await import('../src/report/html.js')
    const { buildReport } = await import('../src/report/report-model.js')
    const report = buildReport(
      {
        target: { host: 'mail.example.com' },
        endpoints: [],
        findings: [],
        durationMs: 5,
        verdict: {
          receive: { status: 'not_checked', via: null, cause: null },
          send: { status: 'not_checked', via: null, cause: null },
          primaryCause: null,
        },
      },
      'en',
      '0.0.0',
    )
    expect(renderHtmlDocument(report)).toContain(renderReportSection(report))
  })
})
