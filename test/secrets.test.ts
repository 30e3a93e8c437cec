// A unique password goes through every command and output format; it must appear nowhere.
// And the fixture servers' own records prove it is never sent in the clear or to a server
// whose certificate failed.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture } from '../fixtures/servers/smtp-fixture.js'
import { runCli } from './cli-harness.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const SECRET = `Uniq-${randomUUID()}`
const FORMS = [SECRET, Buffer.from(SECRET).toString('base64'), Buffer.from(`\0${FIXTURE_USER}\0${SECRET}`).toString('base64')]
const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const outDir = mkdtempSync(join(tmpdir(), 'maildoctor-secrets-'))

async function run(argv: string[]) {
  const r = await runCli(argv, { env: { MD_PASSWORD: SECRET, LANG: 'it_IT.UTF-8' }, stdin: SECRET + '\n' })
  return { code: r.code, text: r.stdout + r.stderr }
}

const leaks = (text: string) => FORMS.filter((f) => text.includes(f))

describe('the password never shows', () => {
  it('in any output of check, for good and failed logins, with --trace, --json and --output', async () => {
    const good = { [FIXTURE_USER]: SECRET }
    const servers = [
      { proto: '--imap', sec: 'tls', s: await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts: good, mailbox: { messages: 1 } }) },
      { proto: '--imap', sec: 'starttls', s: await startScriptedServer({ protocol: 'imap', tls: 'starttls', accounts: { [FIXTURE_USER]: 'other' } }) },
      { proto: '--pop3', sec: 'starttls', s: await startScriptedServer({ protocol: 'pop3', tls: 'starttls', accounts: good }) },
      { proto: '--pop3', sec: 'tls', s: await startScriptedServer({ protocol: 'pop3', tls: 'implicit', accounts: {} }) },
      { proto: '--smtp', sec: 'starttls', s: await startSmtpFixture({ security: 'starttls', accounts: good }) },
      { proto: '--smtp', sec: 'tls', s: await startSmtpFixture({ security: 'tls', accounts: {} }) },
    ]
    try {
      let all = ''
      let files = 0
      for (const { proto, sec, s } of servers) {
        const base = ['check', FIXTURE_USER, '--host', '127.0.0.1', proto, '--port', String(s.port), '--security', sec, '--ca', CA, '--timeout', '2']
        for (const extra of [['--password-env', 'MD_PASSWORD', '--trace'], ['--password-stdin', '--json', '--trace'], ['--password-env', 'MD_PASSWORD', '--output', join(outDir, `r${files++}.txt`)]]) {
          const r = await run([...base, ...extra])
          expect([0, 1]).toContain(r.code)
          all += r.text
        }
      }
      for (let i = 0; i < files; i++) all += readFileSync(join(outDir, `r${i}.txt`), 'utf8')
      expect(all).toContain('auth_bad_credentials')
      expect(all).toContain('C: PASS ********')
      expect(leaks(all)).toEqual([])
    } finally {
      await Promise.all(servers.map(({ s }) => s.close()))
    }
  })

  it('in usage errors and in explain', async () => {
    const texts = [
      (await run(['check', 'not an address', '--password-env', 'MD_PASSWORD'])).text,
      (await run(['check', FIXTURE_USER, '--port', '99999', '--password-stdin'])).text,
      (await run(['explain', `535 5.7.8 bad password ${'x'}`])).text,
    ]
    expect(leaks(texts.join('\n'))).toEqual([])
  })
})

describe('the password is never sent', () => {
  it('over a connection without encryption (unless --allow-plaintext-auth)', async () => {
    const s = await startScriptedServer({ protocol: 'pop3', tls: 'none', accounts: { [FIXTURE_USER]: SECRET } })
    try {
      const r = await run(['check', FIXTURE_USER, '--host', '127.0.0.1', '--pop3', '--port', String(s.port), '--security', 'plain', '--password-env', 'MD_PASSWORD', '--json'])
      expect(JSON.parse(r.text).findings.map((f: { cause: string }) => f.cause)).toContain('no_encryption_available')
      expect(leaks(s.received.join('\n'))).toEqual([])
      expect(s.received.some((l) => /^(USER|PASS)/i.test(l))).toBe(false)
      // With the user's explicit consent it is sent, and the login works.
      const allowed = await run(['check', FIXTURE_USER, '--host', '127.0.0.1', '--pop3', '--port', String(s.port), '--security', 'plain', '--password-env', 'MD_PASSWORD', '--allow-plaintext-auth', '--json'])
      expect(allowed.code).toBe(0)
      expect(s.received).toContain(`PASS ${SECRET}`)
    } finally {
      await s.close()
    }
  })

  it('to a server whose certificate failed', async () => {
    const imap = await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert: 'expired', accounts: { [FIXTURE_USER]: SECRET } })
    const smtp = await startScriptedServer({ protocol: 'smtp', tls: 'starttls', cert: 'wrong-host' })
    try {
      await run(['check', FIXTURE_USER, '--host', '127.0.0.1', '--imap', '--port', String(imap.port), '--security', 'tls', '--ca', CA, '--password-env', 'MD_PASSWORD'])
      await run(['check', FIXTURE_USER, '--host', '127.0.0.1', '--smtp', '--port', String(smtp.port), '--security', 'starttls', '--ca', CA, '--password-env', 'MD_PASSWORD'])
      expect(imap.received.some((l) => /LOGIN|AUTHENTICATE/i.test(l))).toBe(false)
      expect(smtp.received.some((l) => /^AUTH/i.test(l))).toBe(false)
      expect(leaks([...imap.received, ...smtp.received].join('\n'))).toEqual([])
    } finally {
      await Promise.all([imap.close(), smtp.close()])
    }
  })
})

describe('the password never shows in run', () => {
  it('in any format, with a login and a round trip', async () => {
    const { MailStore } = await import('../fixtures/servers/mail-store.js')
    const store = new MailStore()
    const imap = await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts: { [FIXTURE_USER]: SECRET }, mailbox: { messages: 0 }, store })
    const smtp = await startSmtpFixture({ security: 'tls', accounts: { [FIXTURE_USER]: SECRET }, store })
    const bad = await startScriptedServer({ protocol: 'pop3', tls: 'implicit', accounts: { [FIXTURE_USER]: 'other' } })
    try {
      const file = join(outDir, 'secret.yml')
      const { writeFileSync } = await import('node:fs')
      writeFileSync(file, `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { imap: ${imap.port}, smtp: ${smtp.port} }\n    security: tls\n    password_env: MD_PASSWORD\n    expect: { imap: ok, smtp: ok, roundtrip_seconds: 10 }\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    name: bad\n    port: ${bad.port}\n    security: tls\n    password_env: MD_PASSWORD\n    expect: { pop3: ok }\n`)
      let all = ''
      for (const format of ['human', 'json', 'junit', 'nagios', 'prometheus']) {
        const r = await run(['run', file, '--allow-env', 'MD_PASSWORD', '--ca', CA, '--timeout', '2', '--format', format, '--roundtrip'])
        all += r.text
      }
      expect(all).toContain('auth_bad_credentials')
      expect(all).toContain('roundtrip')
      expect(leaks(all)).toEqual([])
    } finally {
      await Promise.all([imap.close(), smtp.close(), bad.close()])
    }
  })
})
