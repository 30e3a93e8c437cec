// A batch against real Dovecot that slows logins down after failed ones (auth_failure_delay and
// its per-IP auth penalty), behind --per-host: accounts are never blamed for the batch's own
// queue, and a login the server holds back after refused ones is rate limiting, not maintenance.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../../src/package-root.js'
import { runCli } from '../cli-harness.js'

const PASSWORD = process.env.MD_REAL_PASSWORD ?? 'real-Passw0rd'
const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')

describe('batch against a Dovecot that delays failed logins', () => {
  it(
    'wrong passwords first: no cause but bad credentials and rate limiting, right passwords never ' + '"wrong"',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'maildoctor-real-load-'))
      const file = join(dir, 'accounts.csv')
      const row = (i: number, env: string) =>
        `a${i}@maildoctor.test,mario@maildoctor.test,127.0.0.1,imap,16993,tls,${env}`
      const rows = [1, 2, 3]
        .map((i) => row(i, 'MAILDOCTOR_WRONG'))
        .concat([4, 5, 6, 7, 8, 9].map((i) => row(i, 'MAILDOCTOR_RIGHT')))
      writeFileSync(file, ['address,user,host,protocols,port,security,password_env', ...rows].join('\n') + '\n')
      const started = performance.now()
      const r = await runCli(
        ['batch', file, '--ca', CA, '--concurrency', '9', '--per-host', '2', '--timeout', '1.5', '--format', 'json'],
        { env: { MAILDOCTOR_WRONG: 'wrong', MAILDOCTOR_RIGHT: PASSWORD } },
      )
      const results = JSON.parse(r.stdout).results as Array<{ line: number; findings: Array<{ cause: string }> }>
      const causes = results.map((x) => x.findings.map((f) => f.cause))
      const elapsed = Math.round(performance.now() - started)
      console.log(`9 accounts against slowauth Dovecot in ${elapsed} ms: ${JSON.stringify(causes)}`)
      expect(causes.flat().filter((c) => c !== 'auth_bad_credentials' && c !== 'auth_rate_limited')).toEqual([])
      expect(causes.slice(3).flat()).not.toContain('auth_bad_credentials')
      expect(causes.flat()).toContain('auth_bad_credentials')
      expect(causes.slice(3).flat()).toContain('auth_rate_limited')
    },
    120_000,
  )
})
