// A canary password goes through every command (check, batch, run) and every output format, to
// servers that echo it back in every form: in their greetings (as if remembered from an earlier
// connection), login refusals, SASL continuations and mailbox replies. It must show nowhere, in
// no form: plain, base64, SASL PLAIN base64, IMAP-quoted, URL-encoded, hex, upper or lower case;
// nor in the messages that refuse a password typed in the wrong column of a file.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  FIXTURE_USER,
  startScriptedServer,
  type ConnectionState,
  type RunningServer,
} from '../fixtures/servers/scripted-server.js'
import { escapeXml } from '../src/report/escape.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'
import { canaryForms } from './helpers.js'
import { expectValidReport } from './schema.js'

// Quotes and backslashes (IMAP quoting), a space, "+", "/" and "%" (URL encoding), both cases.
const CANARY = `Cn"ry\\${randomUUID().slice(0, 8)}/x+y %Z`
const FORMS = canaryForms(CANARY, FIXTURE_USER)
/** As JSON strings and XML/HTML text would carry each form. */
const WRITTEN = [...new Set(FORMS.flatMap((f) => [f, JSON.stringify(f).slice(1, -1), escapeXml(f)]))]
const leaks = (text: string) => WRITTEN.filter((f) => text.includes(f))
/** What the hostile servers say back: every form, every case. */
const ECHO = FORMS.join(' ~ ')

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-canary-'))
const ENV = { MAILDOCTOR_CANARY: CANARY, LANG: 'it_IT.UTF-8' }

type Proto = 'imap' | 'pop3' | 'smtp'
const servers: Array<{ protocol: Proto; s: RunningServer }> = []

beforeAll(async () => {
  const start = async (protocol: Proto, opts: Parameters<typeof startScriptedServer>[0]) =>
    servers.push({ protocol, s: await startScriptedServer(opts) })
  // IMAP LOGIN with quoted strings, echoed back with the refusal; the greeting echoes too.
  await start('imap', {
    protocol: 'imap',
    tls: 'implicit',
    greeting: [`* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready ${ECHO}`],
    handlers: {
      LOGIN: (args: string, c: ConnectionState) => [
        `* NO [ALERT] you sent: ${args}`,
        `${c.tag} NO [AUTHENTICATIONFAILED] ${ECHO}`,
      ],
    },
  })
  // IMAP login that works, then a mailbox stage whose replies echo.
  await start('imap', {
    protocol: 'imap',
    tls: 'implicit',
    accounts: { [FIXTURE_USER]: CANARY },
    mailbox: { messages: 1 },
    handlers: { STATUS: (_a: string, c: ConnectionState) => [`* NO ${ECHO}`, `${c.tag} NO [SERVERBUG] ${ECHO}`] },
  })
  // IMAP SASL-IR: AUTHENTICATE PLAIN with the base64 initial response, echoed.
  await start('imap', {
    protocol: 'imap',
    tls: 'implicit',
    capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=PLAIN'],
    handlers: { AUTHENTICATE: (args: string, c: ConnectionState) => [`${c.tag} NO you sent ${args} ${ECHO}`] },
  })
  // POP3 USER/PASS, PASS echoed; the greeting echoes.
  await start('pop3', {
    protocol: 'pop3',
    tls: 'implicit',
    greeting: [`+OK ready ${ECHO}`],
    handlers: { PASS: (args: string) => [`-ERR [AUTH] you sent ${args} ${ECHO}`] },
  })
  // SMTP AUTH LOGIN: the base64 password after "Password:", echoed.
  const login = (_args: string, c: ConnectionState) => {
    c.continuation = () => {
      c.continuation = (pass) => [`535 5.7.8 you sent ${pass} ${ECHO}`]
      return ['334 UGFzc3dvcmQ6']
    }
    return ['334 VXNlcm5hbWU6']
  }
  await start('smtp', {
    protocol: 'smtp',
    tls: 'implicit',
    greeting: [`220 fixture ESMTP ${ECHO}`],
    capabilities: ['AUTH LOGIN'],
    handlers: { AUTH: login },
  })
  // SMTP AUTH PLAIN with the initial response, echoed.
  await start('smtp', {
    protocol: 'smtp',
    tls: 'implicit',
    capabilities: ['AUTH PLAIN'],
    handlers: { AUTH: (args: string) => [`535 5.7.8 you sent ${args} ${ECHO}`] },
  })
})
afterAll(() => Promise.all(servers.map(({ s }) => s.close())))

/** Proof that the servers did echo, and that the report shows where something was taken out. */
function expectEchoed(all: string): void {
  expect(servers.every(({ s }) => s.received.length > 0)).toBe(true)
  expect(all).toContain('********')
}

describe('a canary password echoed back by hostile servers', () => {
  it('check: human, --trace, --json, --output', async () => {
    let all = ''
    let n = 0
    for (const { protocol, s } of servers) {
      const base = [
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        `--${protocol}`,
        '--port',
        String(s.port),
        '--security',
        'tls',
        '--ca',
        CA,
        '--timeout',
        '2',
      ]
      for (const extra of [
        ['--password-env', 'MAILDOCTOR_CANARY', '--trace'],
        ['--password-stdin', '--json', '--trace'],
        ['--password-env', 'MAILDOCTOR_CANARY', '--trace', '--output', join(dir, `check-${n}.txt`)],
      ]) {
        const r = await runCli([...base, ...extra], { env: ENV, stdin: CANARY + '\n' })
        expect([0, 1]).toContain(r.code)
        if (extra.includes('--json')) expectValidReport(r.stdout)
        all += r.stdout + r.stderr
      }
      all += readFileSync(join(dir, `check-${n++}.txt`), 'utf8')
    }
    expectEchoed(all)
    expect(all).toContain('auth_bad_credentials')
    expect(leaks(all)).toEqual([])
  })

  it('batch: table, json, jsonl, csv, junit, html and the stream', async () => {
    const rows = servers.map(
      ({ protocol, s }) => `${FIXTURE_USER},127.0.0.1,${protocol},${s.port},tls,MAILDOCTOR_CANARY`,
    )
    const file = join(dir, 'canary.csv')
    writeFileSync(file, `address,host,protocols,port,security,password_env\n${rows.join('\n')}\n`)
    let all = ''
    for (const format of ['table', 'json', 'jsonl', 'csv', 'junit', 'html']) {
      const stream = join(dir, `canary-${format}.jsonl`)
      const r = await runCli(['batch', file, '--ca', CA, '--timeout', '2', '--format', format, '--stream', stream], {
        env: ENV,
      })
      expect([0, 1]).toContain(r.code)
      all += r.stdout + r.stderr + readFileSync(stream, 'utf8')
    }
    expect(all).toContain('auth_bad_credentials')
    expect(leaks(all)).toEqual([])
  })

  it('run: human, json, junit, nagios, prometheus, with --roundtrip', async () => {
    const targets = servers.map(
      ({ protocol, s }, i) =>
        `  - name: t${i}\n    address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: ${s.port}\n    ` +
        `security: tls\n    password_env: MAILDOCTOR_CANARY\n    expect: { ${protocol}: ok }\n`,
    )
    const file = join(dir, 'canary.yml')
    writeFileSync(file, `targets:\n${targets.join('')}`)
    let all = ''
    for (const format of ['human', 'json', 'junit', 'nagios', 'prometheus']) {
      const r = await runCli(
        ['run', file, '--ca', CA, '--timeout', '2', '--format', format, '--roundtrip', '--roundtrip-timeout', '1'],
        { env: ENV },
      )
      all += r.stdout + r.stderr
    }
    expect(all).toContain('auth_bad_credentials')
    expect(leaks(all)).toEqual([])
  })
})

describe('a password typed in the wrong place is not repeated by the error', () => {
  const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`

  it('CSV: in the address, host, protocols, port, security or password_env column', async () => {
    const columns = ['address', 'host', 'protocols', 'port', 'security', 'password_env']
    const good: Record<string, string> = {
      address: FIXTURE_USER,
      host: '127.0.0.1',
      protocols: 'imap',
      port: '993',
      security: 'tls',
      password_env: 'MAILDOCTOR_X',
    }
    const rows = columns.map((wrong) => columns.map((c) => csvCell(c === wrong ? CANARY : good[c])).join(','))
    const file = join(dir, 'wrong-column.csv')
    writeFileSync(file, `${columns.join(',')}\n${rows.join('\n')}\n`)
    const r = await runCli(['batch', file, '--timeout', '1', '--format', 'jsonl'], { env: ENV })
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(columns.length)
    expect(leaks(r.stdout + r.stderr)).toEqual([])
  })

  it('YAML run file, also on the Nagios UNKNOWN line', async () => {
    for (const field of ['host', 'port', 'security', 'password_env', 'address']) {
      const file = join(dir, `wrong-${field}.yml`)
      const values: Record<string, string> = {
        host: '127.0.0.1',
        address: FIXTURE_USER,
        port: '993',
        security: 'tls',
        password_env: 'MAILDOCTOR_CANARY',
      }
      values[field] = CANARY
      writeFileSync(
        file,
        `targets:\n${Object.entries(values)
          .map(([k, v], i) => `${i ? '   ' : '  -'} ${k}: ${JSON.stringify(v)}\n`)
          .join('')}    expect: { imap: ok }\n`,
      )
      for (const format of ['human', 'nagios']) {
        const r = await runCli(['run', file, '--timeout', '1', '--format', format], { env: ENV })
        expect([2, 3]).toContain(r.code)
        expect(leaks(r.stdout + r.stderr)).toEqual([])
      }
    }
  })

  it('as a field name: a secrets file given as a batch file, a JSON key, a YAML key', async () => {
    // A --secrets file (NAME=value lines) read as CSV: its first line becomes the header.
    const secrets = join(dir, 'secrets.env')
    writeFileSync(secrets, `MAILDOCTOR_PW=${CANARY}\nOTHER=x\n`)
    const jsonl = join(dir, 'key.jsonl')
    writeFileSync(jsonl, `${JSON.stringify({ address: FIXTURE_USER, [CANARY]: 'x', adress: 'y' })}\n`)
    const yml = join(dir, 'key.yml')
    writeFileSync(yml, `targets:\n  - host: 127.0.0.1\n    ${JSON.stringify(CANARY)}: x\n    expect: { imap: ok }\n`)
    const runs = [
      await runCli(['batch', secrets, '--timeout', '1'], { env: ENV }),
      await runCli(['batch', jsonl, '--timeout', '1', '--format', 'json'], { env: ENV }),
      await runCli(['run', yml, '--timeout', '1', '--format', 'nagios'], { env: ENV }),
    ]
    // Nagios says UNKNOWN (3) of a file it cannot read.
    expect(runs.map((r) => r.code)).toEqual([2, 2, 3])
    for (const r of runs) expect(leaks(r.stdout + r.stderr)).toEqual([])
    // A near miss of a field's name is still named, with the field it misses.
    expect(runs[1].stderr).toMatch(/"adress" \(forse "address"\?\) e altri 1, non nominati qui/)
    // Its quote makes the CSV invalid; a password without one makes it an unknown header field.
    expect(runs[0].stderr).toMatch(/CSV non valido: virgolette dentro un campo/)
    writeFileSync(secrets, 'MAILDOCTOR_PW=Summer2024x\nOTHER=x\n')
    const plain = await runCli(['batch', secrets, '--timeout', '1'], { env: ENV })
    expect(plain.stderr).toMatch(/un campo sconosciuto, non nominato qui/)
    expect((plain.stdout + plain.stderr).toLowerCase()).not.toContain('summer2024x')
  })

  it('check: --password-env and --port', async () => {
    const a = await runCli(['check', FIXTURE_USER, '--password-env', CANARY], { env: ENV })
    const b = await runCli(['check', FIXTURE_USER, '--port', CANARY], { env: ENV })
    expect([a.code, b.code]).toEqual([2, 2])
    expect(leaks(a.stderr + b.stderr)).toEqual([])
  })
})

describe('a long server line cut for the report', () => {
  it('is scrubbed before it is cut: no half of the password is left at the cut', async () => {
    // The greeting fact keeps 240 characters: the canary straddles that cut.
    const s = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      greeting: [`* OK ${'x'.repeat(230)}${CANARY} ready`],
    })
    try {
      const r = await runCli(
        [
          'check',
          FIXTURE_USER,
          '--host',
          '127.0.0.1',
          '--imap',
          '--port',
          String(s.port),
          '--security',
          'tls',
          '--ca',
          CA,
          '--timeout',
          '2',
          '--password-env',
          'MAILDOCTOR_CANARY',
          '--json',
        ],
        { env: ENV },
      )
      const greeting = JSON.parse(r.stdout).endpoints[0].stages.find((x: { stage: string }) => x.stage === 'greeting')
        .facts.greeting as string
      expect(greeting).toMatch(/x\*{4}/)
      expect(greeting).not.toContain(CANARY.slice(0, 4))
    } finally {
      await s.close()
    }
  })
})

describe('a canary OAuth token echoed back by hostile servers, also from a --secrets file', () => {
  const TOKEN_CANARY = `ya29.Cn"ry\\${randomUUID().slice(0, 8)}/t+k %Q`
  // Written here, apart from the code under test: the token as it travels in XOAUTH2 and OAUTHBEARER.
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
  const messages = [
    `user=${FIXTURE_USER}\x01auth=Bearer ${TOKEN_CANARY}\x01\x01`,
    `n,a=${FIXTURE_USER},\x01auth=Bearer ${TOKEN_CANARY}\x01\x01`,
  ]
  const TOKEN_FORMS = [
    ...new Set(
      [...canaryForms(TOKEN_CANARY, FIXTURE_USER), ...messages.map(b64)].flatMap((f) => [
        f,
        f.toUpperCase(),
        f.toLowerCase(),
      ]),
    ),
  ]
  const TOKEN_WRITTEN = [...new Set(TOKEN_FORMS.flatMap((f) => [f, JSON.stringify(f).slice(1, -1), escapeXml(f)]))]
  const tokenLeaks = (text: string) => TOKEN_WRITTEN.filter((f) => text.includes(f))
  const TOKEN_ECHO = TOKEN_FORMS.join(' ~ ')
  const tokenServers: Array<{ protocol: Proto; s: RunningServer }> = []
  const secrets = join(dir, 'canary-secrets.env')

  beforeAll(async () => {
    const start = async (protocol: Proto, opts: Parameters<typeof startScriptedServer>[0]) =>
      tokenServers.push({ protocol, s: await startScriptedServer(opts) })
    // IMAP XOAUTH2 with SASL-IR: the initial response echoed in the refusal and the greeting.
    await start('imap', {
      protocol: 'imap',
      tls: 'implicit',
      greeting: [`* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready ${TOKEN_ECHO}`],
      handlers: {
        AUTHENTICATE: (args: string, c: ConnectionState) => [
          `* NO [ALERT] you sent: ${args}`,
          `${c.tag} NO ${TOKEN_ECHO}`,
        ],
      },
    })
    // IMAP OAUTHBEARER without SASL-IR: the token after "+", echoed in an error challenge (base64 JSON).
    await start('imap', {
      protocol: 'imap',
      tls: 'implicit',
      capabilities: ['IMAP4rev1', 'AUTH=OAUTHBEARER', 'LOGINDISABLED'],
      handlers: {
        AUTHENTICATE: (_args: string, c: ConnectionState) => {
          c.continuation = (response) => {
            c.continuation = () => [`${c.tag} NO [AUTHENTICATIONFAILED] ${TOKEN_ECHO}`]
            return [`+ ${b64(JSON.stringify({ status: 'invalid_token', echo: `${response} ${TOKEN_ECHO}` }))}`]
          }
          return ['+ ']
        },
      },
    })
    // POP3 XOAUTH2, echoed.
    await start('pop3', {
      protocol: 'pop3',
      tls: 'implicit',
      capabilities: ['SASL XOAUTH2'],
      handlers: { AUTH: (args: string) => [`-ERR [AUTH] you sent ${args} ${TOKEN_ECHO}`] },
    })
    // SMTP XOAUTH2: a Gmail-like 334 error challenge that carries the echo, then 535 with it too.
    await start('smtp', {
      protocol: 'smtp',
      tls: 'implicit',
      capabilities: ['AUTH XOAUTH2'],
      handlers: {
        AUTH: (args: string, c: ConnectionState) => {
          c.continuation = () => [`535 5.7.8 you sent ${args} ${TOKEN_ECHO}`]
          return [`334 ${b64(JSON.stringify({ status: '401', schemes: 'Bearer', scope: TOKEN_ECHO }))}`]
        },
      },
    })
    // Single quotes: dotenv takes the value literally (the canary holds " and \).
    writeFileSync(secrets, `# tokens\nMAILDOCTOR_TOKEN_CANARY='${TOKEN_CANARY}'\n`, { mode: 0o600 })
  })
  afterAll(() => Promise.all(tokenServers.map(({ s }) => s.close())))

  it('check: --oauth2-token-env, -stdin, -cmd and --secrets; human, --trace, --json, --output', async () => {
    const cmdScript = join(dir, 'print-token.mjs')
    writeFileSync(cmdScript, `console.log(${JSON.stringify(TOKEN_CANARY)})`)
    const sources = [
      ['--oauth2-token-env', 'MAILDOCTOR_TOKEN_CANARY'],
      ['--oauth2-token-stdin', '--json'],
      ['--oauth2-token-cmd', `"${process.execPath}" "${cmdScript}"`],
      ['--secrets', secrets, '--oauth2-token-env', 'MAILDOCTOR_TOKEN_CANARY', '--json'],
    ]
    let all = ''
    let n = 0
    for (const { protocol, s } of tokenServers) {
      const base = [
        'check',
        FIXTURE_USER,
        '--host',
        '127.0.0.1',
        `--${protocol}`,
        '--port',
        String(s.port),
        '--security',
        'tls',
        '--ca',
        CA,
        '--timeout',
        '2',
        '--trace',
      ]
      for (const source of sources) {
        const output = join(dir, `token-check-${n++}.txt`)
        const r = await runCli([...base, ...source, '--output', output], {
          env: { ...ENV, MAILDOCTOR_TOKEN_CANARY: TOKEN_CANARY },
          stdin: TOKEN_CANARY + '\n',
        })
        expect(r.code).toBe(1)
        all += r.stdout + r.stderr + readFileSync(output, 'utf8')
      }
    }
    expect(tokenServers.every(({ s }) => s.received.length > 0)).toBe(true)
    expect(all).toContain('********')
    expect(all).toContain('auth_token_invalid')
    expect(tokenLeaks(all)).toEqual([])
  })

  it(
    'batch (token_env from --secrets): table, json, jsonl, csv, junit, html and the stream; run in ' + 'every format',
    async () => {
      const rows = tokenServers.map(
        ({ protocol, s }) => `${FIXTURE_USER},127.0.0.1,${protocol},${s.port},tls,MAILDOCTOR_TOKEN_CANARY`,
      )
      const file = join(dir, 'token-canary.csv')
      writeFileSync(file, `address,host,protocols,port,security,token_env\n${rows.join('\n')}\n`)
      let all = ''
      for (const format of ['table', 'json', 'jsonl', 'csv', 'junit', 'html']) {
        const stream = join(dir, `token-canary-${format}.jsonl`)
        const r = await runCli(
          ['batch', file, '--secrets', secrets, '--ca', CA, '--timeout', '2', '--format', format, '--stream', stream],
          { env: ENV },
        )
        expect(r.code).toBe(1)
        all += r.stdout + r.stderr + readFileSync(stream, 'utf8')
      }
      const targets = tokenServers.map(
        ({ protocol, s }, i) =>
          `  - name: t${i}\n    address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: ${s.port}\n    ` +
          `security: tls\n    token_env: MAILDOCTOR_TOKEN_CANARY\n    expect: { ${protocol}: ok }\n`,
      )
      const yml = join(dir, 'token-canary.yml')
      writeFileSync(yml, `targets:\n${targets.join('')}`)
      for (const format of ['human', 'json', 'junit', 'nagios', 'prometheus']) {
        const r = await runCli(['run', yml, '--secrets', secrets, '--ca', CA, '--timeout', '2', '--format', format], {
          env: ENV,
        })
        all += r.stdout + r.stderr
      }
      expect(all).toContain('auth_token_invalid')
      expect(tokenLeaks(all)).toEqual([])
    },
  )
})
