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
const FORMS = [
  SECRET,
  Buffer.from(SECRET).toString('base64'),
  Buffer.from(`\0${FIXTURE_USER}\0${SECRET}`).toString('base64'),
]
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
      {
        proto: '--imap',
        sec: 'tls',
        s: await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts: good, mailbox: { messages: 1 } }),
      },
      {
        proto: '--imap',
        sec: 'starttls',
        s: await startScriptedServer({ protocol: 'imap', tls: 'starttls', accounts: { [FIXTURE_USER]: 'other' } }),
      },
      {
        proto: '--pop3',
        sec: 'starttls',
        s: await startScriptedServer({ protocol: 'pop3', tls: 'starttls', accounts: good }),
      },
      {
        proto: '--pop3',
        sec: 'tls',
        s: await startScriptedServer({ protocol: 'pop3', tls: 'implicit', accounts: {} }),
      },
      { proto: '--smtp', sec: 'starttls', s: await startSmtpFixture({ security: 'starttls', accounts: good }) },
      { proto: '--smtp', sec: 'tls', s: await startSmtpFixture({ security: 'tls', accounts: {} }) },
    ]
    try {
      let all = ''
      let files = 0
      for (const { proto, sec, s } of servers) {
        const base = [
          'check',
          FIXTURE_USER,
          '--host',
          '127.0.0.1',
          proto,
          '--port',
          String(s.port),
          '--security',
          sec,
          '--ca',
          CA,
          '--timeout',
          '2',
        ]
        for (const extra of [
          ['--password-env', 'MD_PASSWORD', '--trace'],
          ['--password-stdin', '--json', '--trace'],
          ['--password-env', 'MD_PASSWORD', '--output', join(outDir, `r${files++}.txt`)],
        ]) {
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
      const r = await run([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--pop3',
        '--port',
        String(s.port),
        '--security',
        'plain',
        '--password-env',
        'MD_PASSWORD',
        '--json',
      ])
      expect(JSON.parse(r.text).findings.map((f: { cause: string }) => f.cause)).toContain('no_encryption_available')
      expect(leaks(s.received.join('\n'))).toEqual([])
      expect(s.received.some((l) => /^(USER|PASS)/i.test(l))).toBe(false)
      // With the user's explicit consent it is sent, and the login works.
      const allowed = await run([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--pop3',
        '--port',
        String(s.port),
        '--security',
        'plain',
        '--password-env',
        'MD_PASSWORD',
        '--allow-plaintext-auth',
        '--json',
      ])
      expect(allowed.code).toBe(0)
      expect(s.received).toContain(`PASS ${SECRET}`)
    } finally {
      await s.close()
    }
  })

  it('to a server whose certificate failed', async () => {
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      cert: 'expired',
      accounts: { [FIXTURE_USER]: SECRET },
    })
    const smtp = await startScriptedServer({ protocol: 'smtp', tls: 'starttls', cert: 'wrong-host' })
    try {
      await run([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--imap',
        '--port',
        String(imap.port),
        '--security',
        'tls',
        '--ca',
        CA,
        '--password-env',
        'MD_PASSWORD',
      ])
      await run([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--smtp',
        '--port',
        String(smtp.port),
        '--security',
        'starttls',
        '--ca',
        CA,
        '--password-env',
        'MD_PASSWORD',
      ])
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
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: SECRET },
      mailbox: { messages: 0 },
      store,
    })
    const smtp = await startSmtpFixture({ security: 'tls', accounts: { [FIXTURE_USER]: SECRET }, store })
    const bad = await startScriptedServer({ protocol: 'pop3', tls: 'implicit', accounts: { [FIXTURE_USER]: 'other' } })
    try {
      const file = join(outDir, 'secret.yml')
      const { writeFileSync } = await import('node:fs')
      writeFileSync(
        file,
        `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { imap: ${imap.port}, ` +
          `smtp: ${smtp.port} }\n    security: tls\n    password_env: MD_PASSWORD\n    expect: { imap: ok, ` +
          `smtp: ok, roundtrip_seconds: 10 }\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    name: ` +
          `bad\n    port: ${bad.port}\n    security: tls\n    password_env: MD_PASSWORD\n    expect: { ` +
          `pop3: ok }\n`,
      )
      let all = ''
      for (const format of ['human', 'json', 'junit', 'nagios', 'prometheus']) {
        const r = await run([
          'run',
          file,
          '--allow-env',
          'MD_PASSWORD',
          '--ca',
          CA,
          '--timeout',
          '2',
          '--format',
          format,
          '--roundtrip',
        ])
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

describe('an OAuth token is a secret like a password', () => {
  const TOKEN = `ya29.Uniq-${randomUUID()}`
  const b64 = (s: string) => Buffer.from(s).toString('base64')
  const TOKEN_FORMS = [
    TOKEN,
    b64(TOKEN),
    b64(`user=${FIXTURE_USER}\x01auth=Bearer ${TOKEN}\x01\x01`),
    b64(`n,a=${FIXTURE_USER},\x01auth=Bearer ${TOKEN}\x01\x01`),
  ]
  const tokenLeaks = (text: string) => TOKEN_FORMS.filter((f) => text.includes(f))
  const runToken = async (argv: string[]) => {
    const r = await runCli(argv, { env: { MD_TOKEN: TOKEN, LANG: 'en_US.UTF-8' } })
    return { code: r.code, text: r.stdout + r.stderr }
  }

  it('never shows in check output, good or refused, with --trace and --json', async () => {
    const tokens = { [FIXTURE_USER]: TOKEN }
    const servers = [
      {
        proto: '--imap',
        s: await startScriptedServer({
          protocol: 'imap',
          tls: 'implicit',
          tokens,
          capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=XOAUTH2'],
          mailbox: { messages: 1 },
        }),
      },
      {
        proto: '--imap',
        s: await startScriptedServer({
          protocol: 'imap',
          tls: 'implicit',
          tokens: { [FIXTURE_USER]: 'other' },
          capabilities: ['IMAP4rev1', 'AUTH=OAUTHBEARER'],
        }),
      },
      {
        proto: '--pop3',
        s: await startScriptedServer({
          protocol: 'pop3',
          tls: 'implicit',
          tokens,
          capabilities: ['SASL OAUTHBEARER'],
          mailbox: { messages: 1 },
        }),
      },
      { proto: '--smtp', s: await startSmtpFixture({ security: 'tls', tokens: { [FIXTURE_USER]: 'other' } }) },
    ]
    try {
      let all = ''
      for (const { proto, s } of servers) {
        for (const extra of [['--trace'], ['--json', '--trace']]) {
          const r = await runToken([
            'check',
            FIXTURE_USER,
            '--host',
            '127.0.0.1',
            proto,
            '--port',
            String(s.port),
            '--security',
            'tls',
            '--ca',
            CA,
            '--timeout',
            '2',
            '--oauth2-token-env',
            'MD_TOKEN',
            ...extra,
          ])
          expect([0, 1]).toContain(r.code)
          all += r.text
        }
      }
      expect(all).toContain('auth_token_invalid')
      expect(all).toMatch(/AUTHENTICATE XOAUTH2 \*{8}/)
      expect(tokenLeaks(all)).toEqual([])
    } finally {
      await Promise.all(servers.map(({ s }) => s.close()))
    }
  })

  it('is never sent without encryption, nor to a server whose certificate failed', async () => {
    const plain = await startScriptedServer({
      protocol: 'imap',
      tls: 'none',
      tokens: { [FIXTURE_USER]: TOKEN },
      capabilities: ['IMAP4rev1', 'AUTH=XOAUTH2'],
    })
    const expired = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      cert: 'expired',
      tokens: { [FIXTURE_USER]: TOKEN },
      capabilities: ['IMAP4rev1', 'AUTH=XOAUTH2'],
    })
    try {
      const r = await runToken([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--imap',
        '--port',
        String(plain.port),
        '--security',
        'plain',
        '--oauth2-token-env',
        'MD_TOKEN',
        '--json',
      ])
      expect(JSON.parse(r.text).findings.map((f: { cause: string }) => f.cause)).toContain('no_encryption_available')
      await runToken([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--imap',
        '--port',
        String(expired.port),
        '--security',
        'tls',
        '--ca',
        CA,
        '--oauth2-token-env',
        'MD_TOKEN',
      ])
      expect([...plain.received, ...expired.received].some((l) => /AUTHENTICATE/i.test(l))).toBe(false)
      expect(tokenLeaks([...plain.received, ...expired.received].join('\n'))).toEqual([])
    } finally {
      await Promise.all([plain.close(), expired.close()])
    }
  })
})
