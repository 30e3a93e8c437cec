// Truth under load: the batch's own queue is not the server's time, an abort is "not checked"
// (never a cause), and a server that slows logins after refused ones is rate limiting.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { runCli } from './cli-harness.js'

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-load-'))

interface Row {
  line: number
  ok: boolean
  notChecked?: string
  findings: Array<{ cause: string }>
}

describe('a batch behind --per-host', () => {
  it(
    'no account is blamed for waiting in the queue: a slow greeting behind --per-host 1 is checked, ' + 'not timed out',
    async () => {
      // 50 accounts at ~130 ms each through one slot take ~6.5 s: far past the 3.8 s deadline
      // that used to start before the slot was free.
      const server = await startScriptedServer({ protocol: 'imap', tls: 'none', greetingDelayMs: 120 })
      try {
        const rows = Array.from({ length: 50 }, (_, i) => `q${i}@maildoctor.test,127.0.0.1,imap,${server.port},plain`)
        const file = join(dir, 'queue.csv')
        writeFileSync(file, ['address,host,protocols,port,security', ...rows].join('\n') + '\n')
        const started = performance.now()
        const r = await runCli([
          'batch',
          file,
          '--per-host',
          '1',
          '--concurrency',
          '50',
          '--timeout',
          '0.3',
          '--format',
          'json',
        ])
        const report = JSON.parse(r.stdout) as { results: Row[]; summary: { ok: number } }
        const took = performance.now() - started
        console.log(`50 accounts behind one slot: ${Math.round(took)} ms, max connections ${server.maxConcurrent}`)
        expect(took).toBeGreaterThan(3800)
        expect(server.maxConcurrent).toBe(1)
        expect(report.results.filter((x) => x.findings.length)).toEqual([])
        expect(report.summary.ok).toBe(50)
        expect(r.code).toBe(0)
      } finally {
        await server.close()
      }
    },
    30_000,
  )

  it(
    'right passwords on a server that slows logins after refused ones: auth_rate_limited, not ' + 'maintenance',
    async () => {
      const server = await startScriptedServer({
        protocol: 'imap',
        tls: 'none',
        accounts: { [FIXTURE_USER]: 'right' },
        loginDelay: { failedMs: 150, afterFailureMs: 3000 },
        capabilities: ['IMAP4rev1'],
      })
      try {
        const row = (i: number, env: string) =>
          `u${i}@maildoctor.test,${FIXTURE_USER},127.0.0.1,imap,${server.port},plain,${env}`
        const file = join(dir, 'penalty.csv')
        writeFileSync(
          file,
          [
            'address,user,host,protocols,port,security,password_env',
            row(1, 'MAILDOCTOR_WRONG'),
            row(2, 'MAILDOCTOR_RIGHT'),
            row(3, 'MAILDOCTOR_RIGHT'),
          ].join('\n') + '\n',
        )
        const r = await runCli(
          ['batch', file, '--concurrency', '1', '--timeout', '0.3', '--allow-plaintext-auth', '--format', 'json'],
          { env: { MAILDOCTOR_WRONG: 'wrong', MAILDOCTOR_RIGHT: 'right' } },
        )
        const report = JSON.parse(r.stdout) as { results: Row[] }
        const causes = report.results.map((x) => x.findings.map((f) => f.cause))
        expect(causes).toEqual([['auth_bad_credentials'], ['auth_rate_limited'], ['auth_rate_limited']])
      } finally {
        await server.close()
      }
    },
    30_000,
  )
})

describe('the deadline', () => {
  it('an endpoint the deadline cut short is "not checked: deadline", never a cause', async () => {
    const silent = await startScriptedServer({ protocol: 'imap', tls: 'none', greeting: null })
    try {
      const r = await runCli([
        'check',
        '127.0.0.1',
        '--imap',
        '--port',
        String(silent.port),
        '--security',
        'plain',
        '--timeout',
        '5',
        '--deadline',
        '0.5',
        '--json',
      ])
      const report = JSON.parse(r.stdout)
      expect(report.findings).toEqual([])
      expect(report.endpoints[0].status).toBe('skipped')
      const greeting = report.endpoints[0].stages.find((s: { stage: string }) => s.stage === 'greeting')
      expect(greeting.evidence).toEqual([{ code: 'DEADLINE', detail: expect.stringMatching(/^not checked: deadline/) }])
      expect(report.notChecked).toContain('deadline')
      expect(report.summary.durationMs).toBeLessThan(1500)
    } finally {
      await silent.close()
    }
  })
})

describe('an account the deadline cut short, in every batch format', () => {
  it('is "not checked", never ok, never a cause', async () => {
    const { summarize } = await import('../src/batch/result.js')
    const { renderBatchReport } = await import('../src/report/batch/formats.js')
    const row = {
      line: 2,
      key: 'k',
      address: 'late@maildoctor.test',
      ok: false,
      errors: 0,
      warnings: 0,
      findings: [],
      endpoints: [],
      attempts: 1,
      durationMs: 10,
      notChecked: 'deadline' as const,
    }
    const { summary } = summarize([row], [])
    expect(summary).toMatchObject({ accounts: 1, ok: 0, notChecked: 1, byCause: [] })
    const report = {
      schemaVersion: 1 as const,
      tool: { name: 'maildoctor' as const, version: 'test' },
      lang: 'en' as const,
      stopped: false,
      summary,
      results: [row],
    }
    expect(renderBatchReport('table', report)).toMatch(/✖ late@maildoctor\.test \(line 2\): not checked: deadline/)
    // The not_checked column (the verdict's columns follow it).
    const [head, line] = renderBatchReport('csv', report).trim().split('\n')
    expect(line.split(',')[head.split(',').indexOf('not_checked')]).toBe('deadline')
    expect(renderBatchReport('junit', report)).toMatch(/<failure message="not checked: deadline" type="not_checked"\/>/)
    expect(renderBatchReport('html', report)).toMatch(/<td>not checked<\/td><td>not checked: deadline<\/td>/)
  })
})
