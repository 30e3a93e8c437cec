// OAuth 2.0 logins end to end through the CLI: the token's sources (environment, stdin, a helper
// command that works, fails, hangs or prints nothing), the exact SASL messages on the wire, the
// advice for token-only servers, and a --secrets file feeding password_env / token_env rows.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture, type RunningSmtp } from '../fixtures/servers/smtp-fixture.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const TOKEN = 'ya29.test-Token_for-maildoctor'
const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-oauth-'))
const plusUser = (i: number) => FIXTURE_USER.replace('@', `+${i}@`)
/** The helpdesk's token accounts: user+i@… (odd i) with a token of its own. */
const TOKENS = {
  [FIXTURE_USER]: TOKEN,
  ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [plusUser(2 * i + 1), `${TOKEN}-${2 * i + 1}`])),
}

let imap: RunningServer
let pop3: RunningServer
let smtp: RunningSmtp
let passwordImap: RunningServer

beforeAll(async () => {
  imap = await startScriptedServer({
    protocol: 'imap',
    tls: 'implicit',
    tokens: TOKENS,
    capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=XOAUTH2', 'LOGINDISABLED'],
    mailbox: { messages: 2 },
  })
  pop3 = await startScriptedServer({
    protocol: 'pop3',
    tls: 'implicit',
    tokens: TOKENS,
    capabilities: ['SASL OAUTHBEARER', 'RESP-CODES'],
    mailbox: { messages: 2 },
  })
  smtp = await startSmtpFixture({ security: 'tls', tokens: TOKENS })
  // Fifty accounts of a helpdesk, each with its own password (user+i@…, pw-i).
  const accounts = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [plusUser(2 * i), `pw-${2 * i}`]))
  passwordImap = await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts, mailbox: { messages: 1 } })
})
afterAll(() => Promise.all([imap, pop3, smtp, passwordImap].map((s) => s.close())))

const checkImap = (extra: string[], opts: { env?: Record<string, string>; stdin?: string } = {}) =>
  runCli(
    [
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
      '--timeout',
      '1',
      ...extra,
    ],
    opts,
  )

/** A helper program as oauth2ms or gcloud would be: node running a script file. */
function helper(name: string, body: string): string {
  const path = join(dir, `${name}.mjs`)
  writeFileSync(path, body)
  return `"${process.execPath}" "${path}"`
}

describe('where the token comes from', () => {
  it('--oauth2-token-env: logs in by XOAUTH2 with SASL-IR, the exact Google message on the wire', async () => {
    const r = await checkImap(['--oauth2-token-env', 'MY_TOKEN', '--json', '--trace'], { env: { MY_TOKEN: TOKEN } })
    expect(r.code).toBe(0)
    const line = imap.received.find((l) => / AUTHENTICATE XOAUTH2 /.test(l))!
    expect(Buffer.from(line.split(' ')[3], 'base64').toString('utf8')).toBe(
      `user=${FIXTURE_USER}\x01auth=Bearer ${TOKEN}\x01\x01`,
    )
    const auth = JSON.parse(r.stdout).endpoints[0].stages.find((s: { stage: string }) => s.stage === 'auth')
    expect(auth.facts['auth.mechanism']).toBe('XOAUTH2')
    expect(r.stdout).not.toContain(TOKEN)
  })

  it('--oauth2-token-stdin: only the first line is the token; POP3 by OAUTHBEARER (RFC 7628 message)', async () => {
    const r = await runCli(
      [
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--pop3',
        '--port',
        String(pop3.port),
        '--security',
        'tls',
        '--ca',
        CA,
        '--timeout',
        '1',
        '--oauth2-token-stdin',
      ],
      { stdin: `${TOKEN}\nQUIT\n` },
    )
    expect(r.code).toBe(0)
    const line = pop3.received.find((l) => /^AUTH OAUTHBEARER /.test(l))!
    expect(Buffer.from(line.split(' ')[2], 'base64').toString('utf8')).toBe(
      `n,a=${FIXTURE_USER},\x01auth=Bearer ${TOKEN}\x01\x01`,
    )
    expect(pop3.received).not.toContain('QUIT\nQUIT')
  })

  it(
    '--oauth2-token-cmd: runs without a shell, first line of stdout, stderr never shown; SMTP by ' + 'XOAUTH2',
    async () => {
      const cmd = helper(
        'ok',
        `process.stderr.write('helper-secret-diagnostics\\n'); console.log(${JSON.stringify(TOKEN)}); ` +
          `console.log('second line')`,
      )
      const r = await runCli([
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        '--smtp',
        '--port',
        String(smtp.port),
        '--security',
        'tls',
        '--ca',
        CA,
        '--timeout',
        '2',
        '--oauth2-token-cmd',
        `${cmd} ; echo injected`,
      ])
      expect(r.code).toBe(0)
      expect(smtp.logins).toContain(FIXTURE_USER)
      expect(r.stdout + r.stderr).not.toContain('helper-secret-diagnostics')
      expect(r.stdout + r.stderr).not.toContain('injected')
    },
  )

  const failures: Array<[string, string, RegExp]> = [
    [
      'fails',
      `process.stderr.write('refresh token revoked: secret-detail'); process.exit(3)`,
      /--oauth2-token-cmd: the command failed \(exit code 3\)/,
    ],
    ['prints nothing', `process.exit(0)`, /--oauth2-token-cmd: the command printed nothing/],
    ['hangs', `setInterval(() => {}, 1000)`, /--oauth2-token-cmd: the command did not finish within 1 s/],
  ]
  for (const [what, body, message] of failures) {
    it(
      `--oauth2-token-cmd that ${what} → input error (exit 2), bounded by the stage timeout, nothing ` + `sent`,
      async () => {
        const before = imap.accepted
        const started = performance.now()
        const r = await checkImap(['--oauth2-token-cmd', helper(what.replace(/ /g, '-'), body)])
        expect(r.code).toBe(2)
        expect(r.stderr).toMatch(message)
        expect(r.stderr).not.toContain('secret-detail')
        expect(performance.now() - started).toBeLessThan(3000)
        expect(imap.accepted).toBe(before)
      },
    )
  }

  it(
    'a command that does not exist, an empty one, a token with a NUL, two sources at once → input ' + 'errors',
    async () => {
      expect((await checkImap(['--oauth2-token-cmd', 'no-such-helper-maildoctor'])).stderr).toMatch(
        /cannot run the command \(ENOENT\)/,
      )
      expect((await checkImap(['--oauth2-token-cmd', '  '])).code).toBe(2)
      const nul = await checkImap(['--oauth2-token-env', 'T'], { env: { T: 'abc\0LOGOUT' } })
      expect(nul.code).toBe(2)
      expect(nul.stderr).toMatch(/the access token holds a line break or a NUL character/)
      const both = await checkImap(['--oauth2-token-env', 'T', '--password-env', 'P'], { env: { T: TOKEN, P: 'pw' } })
      expect(both.stderr).toMatch(/either a password or an OAuth 2.0 token/)
    },
  )
})

describe('--password-cmd', () => {
  it('reads the password from a helper (first line, no shell), and fails like the token command does', async () => {
    const base = [
      'check',
      FIXTURE_USER,
      '--user',
      plusUser(0),
      '--host',
      '127.0.0.1',
      '--imap',
      '--port',
      String(passwordImap.port),
      '--security',
      'tls',
      '--ca',
      CA,
      '--timeout',
      '1',
    ]
    const ok = await runCli([...base, '--password-cmd', helper('pw', `console.log('pw-0'); console.log('LOGOUT')`)])
    expect(ok.code).toBe(0)
    const failed = await runCli([
      ...base,
      '--password-cmd',
      helper('pw-fails', `process.stderr.write('vault sealed: secret-detail'); process.exit(4)`),
    ])
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/--password-cmd: the command failed \(exit code 4\)/)
    expect(failed.stderr).not.toContain('secret-detail')
    expect((await runCli([...base, '--password-cmd', 'x', '--password-env', 'P'], { env: { P: 'y' } })).stderr).toMatch(
      /use one of --password-env/,
    )
  })
})

describe('what the report says', () => {
  it('every endpoint lists the mechanisms offered before and after STARTTLS, and the token-only flag', async () => {
    const s = await startSmtpFixture({ security: 'starttls', tokens: TOKENS })
    try {
      const r = await runCli(
        [
          'check',
          FIXTURE_USER,
          '--host',
          '127.0.0.1',
          '--smtp',
          '--port',
          String(s.port),
          '--security',
          'starttls',
          '--ca',
          CA,
          '--timeout',
          '1',
          '--oauth2-token-env',
          'T',
          '--json',
        ],
        { env: { T: TOKEN } },
      )
      expect(r.code).toBe(0)
      const facts = Object.assign(
        {},
        ...JSON.parse(r.stdout).endpoints[0].stages.map((st: { facts: object }) => st.facts),
      )
      expect(facts).toMatchObject({
        'caps.auth': 'XOAUTH2',
        'after.caps.auth': 'XOAUTH2',
        'after.caps.oauthOnly': true,
        'auth.mechanism': 'XOAUTH2',
      })
    } finally {
      await s.close()
    }
  })

  it(
    'a password against a token-only IMAP 993: modern sign-in, never "Normal password" nor "before ' + 'encryption"',
    async () => {
      const r = await checkImap(['--password-env', 'P'], { env: { P: 'pw', LANG: 'en_US.UTF-8' } })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('This server needs a modern sign-in (OAuth)')
      expect(r.stdout).toContain('XOAUTH2')
      expect(r.stdout).not.toMatch(/Normal password|before encryption/)
      expect(imap.received.some((l) => / LOGIN /.test(l))).toBe(false)
    },
  )

  it('the settings block says "authentication: OAuth2" where the server offers only tokens', async () => {
    const r = await checkImap(['--oauth2-token-env', 'T'], { env: { T: TOKEN, LANG: 'en_US.UTF-8' } })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/authentication: OAuth2/)
  })
})

describe('--secrets FILE', () => {
  const secretsFile = (name: string, text: string, mode: number) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    chmodSync(path, mode)
    return path
  }

  it('is refused (exit 2) when others can read it, without showing any value', async () => {
    const path = secretsFile('open.env', `MAILDOCTOR_T=${TOKEN}\n`, 0o644)
    const r = await checkImap(['--secrets', path, '--oauth2-token-env', 'MAILDOCTOR_T'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/others can read or change it \(mode 644\): run chmod 600/)
    expect(r.stderr).not.toContain(TOKEN)
  })

  it('check: --oauth2-token-env names an entry of the file, which wins over the environment', async () => {
    const path = secretsFile('check.env', `# helpdesk\nMAILDOCTOR_T=${TOKEN}\n`, 0o600)
    const r = await checkImap(['--secrets', path, '--oauth2-token-env', 'MAILDOCTOR_T'], {
      env: { MAILDOCTOR_T: 'stale-token' },
    })
    expect(r.code).toBe(0)
  })

  it('a 100-row batch: half by password_env, half by token_env, all from one file', async () => {
    const n = 100
    const lines = ['# one line per account']
    const rows = ['address,user,host,protocols,port,security,password_env,token_env']
    for (let i = 0; i < n; i++) {
      if (i % 2) {
        lines.push(`MAILDOCTOR_T${i}=${TOKEN}-${i}`)
        rows.push(`${FIXTURE_USER},${plusUser(i)},127.0.0.1,imap,${imap.port},tls,,MAILDOCTOR_T${i}`)
      } else {
        lines.push(`MAILDOCTOR_P${i}="pw-${i}"`)
        rows.push(`${FIXTURE_USER},${plusUser(i)},127.0.0.1,imap,${passwordImap.port},tls,MAILDOCTOR_P${i},`)
      }
    }
    const path = secretsFile('batch.env', lines.join('\n') + '\n', 0o600)
    const loginsBefore = passwordImap.received.filter((l) => / LOGIN /.test(l)).length
    const csv = join(dir, 'accounts.csv')
    writeFileSync(csv, rows.join('\n') + '\n')
    const r = await runCli([
      'batch',
      csv,
      '--secrets',
      path,
      '--ca',
      CA,
      '--timeout',
      '2',
      '--format',
      'jsonl',
      '--concurrency',
      '10',
      '--per-host',
      '10',
    ])
    const results = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(results).toHaveLength(n)
    // Every row logged in with its own secret from the file (a wrong one would be auth_bad_credentials).
    expect(results.filter((x) => !x.ok)).toEqual([])
    expect(r.code).toBe(0)
    expect(results.every((x) => x.durationMs > 0)).toBe(true)
    expect(passwordImap.received.filter((l) => / LOGIN /.test(l)).length - loginsBefore).toBe(n / 2)
    expect(imap.received.filter((l) => / AUTHENTICATE XOAUTH2 /.test(l)).length).toBeGreaterThanOrEqual(n / 2)
    expect(r.stdout).not.toContain(TOKEN)
  })

  it('names in the file follow the MAILDOCTOR_ / --allow-env rule; commands are never taken from a file', async () => {
    const path = secretsFile('rule.env', `OTHER_TOKEN=${TOKEN}\n`, 0o600)
    const csv = join(dir, 'rule.csv')
    writeFileSync(
      csv,
      `address,host,protocols,port,security,token_env\n${FIXTURE_USER},127.0.0.1,imap,${imap.port},tls,OTHER_TOKEN\n`,
    )
    const refused = await runCli(['batch', csv, '--secrets', path, '--ca', CA, '--timeout', '1', '--format', 'jsonl'])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/token_env may only name a variable that starts with MAILDOCTOR_/)
    const allowed = await runCli([
      'batch',
      csv,
      '--secrets',
      path,
      '--allow-env',
      'OTHER_TOKEN',
      '--ca',
      CA,
      '--timeout',
      '1',
      '--format',
      'jsonl',
    ])
    expect(allowed.code).toBe(0)
    const cmd = join(dir, 'cmd.csv')
    writeFileSync(cmd, `address,host,token_cmd\n${FIXTURE_USER},127.0.0.1,echo x\n`)
    const fromFile = await runCli(['batch', cmd, '--timeout', '1', '--format', 'jsonl'])
    expect(fromFile.code).toBe(2)
    expect(fromFile.stderr).toMatch(/unknown field "token_cmd"/)
  })

  it('run: a target logs in with token_env from the secrets file', async () => {
    const path = secretsFile('run.env', `MAILDOCTOR_RUN_TOKEN=${TOKEN}\n`, 0o600)
    const yml = join(dir, 'run.yml')
    writeFileSync(
      yml,
      `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: ${imap.port}\n    ` +
        `security: tls\n    token_env: MAILDOCTOR_RUN_TOKEN\n    expect: { imap: ok }\n`,
    )
    const r = await runCli(['run', yml, '--secrets', path, '--ca', CA, '--timeout', '1', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain(TOKEN)
    const bad = join(dir, 'run-cmd.yml')
    writeFileSync(bad, `targets:\n  - address: ${FIXTURE_USER}\n    token_cmd: "echo x"\n    expect: { imap: ok }\n`)
    expect((await runCli(['run', bad, '--timeout', '1'])).code).toBe(2)
  })
})

describe('run --roundtrip with a token', () => {
  it('submits over SMTP by XOAUTH2, finds and deletes it over IMAP by token', async () => {
    const { MailStore } = await import('../fixtures/servers/mail-store.js')
    const store = new MailStore()
    const imapStore = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      tokens: TOKENS,
      capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=XOAUTH2', 'LOGINDISABLED'],
      mailbox: { messages: 0 },
      store,
    })
    const smtpStore = await startSmtpFixture({ security: 'tls', tokens: TOKENS, store })
    try {
      const yml = join(dir, 'roundtrip.yml')
      writeFileSync(
        yml,
        `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: { imap: ` +
          `${imapStore.port}, smtp: ${smtpStore.port} }\n    security: tls\n    token_env: ` +
          `MAILDOCTOR_RT_TOKEN\n    expect:\n      imap: ok\n      smtp: ok\n      roundtrip_seconds: 10\n`,
      )
      const r = await runCli(['run', yml, '--ca', CA, '--timeout', '2', '--format', 'json', '--roundtrip'], {
        env: { MAILDOCTOR_RT_TOKEN: TOKEN },
      })
      const report = JSON.parse(r.stdout)
      expect(report.targets[0].outcomes.every((o: { met: boolean }) => o.met)).toBe(true)
      expect(report.targets[0].roundtripSeconds).toBeGreaterThan(0)
      expect(store.messages).toHaveLength(0)
      expect(r.stdout).not.toContain(TOKEN)
    } finally {
      await Promise.all([imapStore.close(), smtpStore.close()])
    }
  })
})
