// Hostile input files and values: CR, LF and NUL never reach a protocol command from a user name
// or a password (whatever their source), files name only the environment variables they may,
// and a dotted number that is not a whole IPv4 address is not taken for a host name. A real
// POP3 fixture server records every command it receives: nothing extra reaches it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'
import { expectValidReport } from './schema.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-input-'))
const PASSWORD = 'pop-Passw0rd'
const INJECTED = /^(LIST|DELE|RETR|NOOP)\b/i

let pop3: RunningServer
beforeAll(async () => {
  pop3 = await startScriptedServer({
    protocol: 'pop3',
    tls: 'implicit',
    accounts: { [FIXTURE_USER]: PASSWORD },
    mailbox: { messages: 2 },
  })
})
afterAll(() => pop3.close())

const check = (extra: string[], opts: { env?: Record<string, string>; stdin?: string } = {}) =>
  runCli(
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
      '2',
      '--json',
      ...extra,
    ],
    opts,
  )

function write(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

describe('CR, LF and NUL in a user name or password', () => {
  it('--user with CR LF is a usage error, and the server receives nothing', async () => {
    const before = pop3.accepted
    for (const user of [`${FIXTURE_USER}\r\nLIST`, `${FIXTURE_USER}\nDELE 1`, `${FIXTURE_USER}\0x`]) {
      const r = await check(['--user', user, '--password-env', 'PW'], { env: { PW: PASSWORD } })
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/user name holds a line break or a NUL/)
      expect(r.stderr).not.toContain('DELE')
    }
    expect(pop3.accepted).toBe(before)
  })

  it('a password with CR LF from the environment is a usage error', async () => {
    const before = pop3.accepted
    const r = await check(['--password-env', 'PW'], { env: { PW: `${PASSWORD}\r\nDELE 1` } })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/password holds a line break/)
    expect(r.stderr).not.toContain(PASSWORD)
    expect(pop3.accepted).toBe(before)
  })

  it('--password-stdin reads only the first line: the next lines never become commands', async () => {
    const from = pop3.received.length
    const r = await check(['--password-stdin'], { stdin: `${PASSWORD}\nDELE 1\nRETR 1\nLIST\r\nQUIT\n` })
    expect(r.code).toBe(0)
    const received = pop3.received.slice(from)
    expect(received).toContain(`PASS ${PASSWORD}`)
    expect(received.filter((l) => INJECTED.test(l))).toEqual([])
    // QUIT is pipelined and nobody waits for its answer: it may arrive after the check ends.
    expect(received.slice(0, 4)).toEqual(['CAPA', `USER ${FIXTURE_USER}`, `PASS ${PASSWORD}`, 'STAT'])
  })

  it('a quoted CSV user cell with CR LF is an input error on its row; the other rows run', async () => {
    const from = pop3.received.length
    const file = write(
      'crlf.csv',
      [
        'address,user,host,protocols,port,security,password_env',
        `${FIXTURE_USER},"${FIXTURE_USER}\r\nLIST",127.0.0.1,pop3,${pop3.port},tls,MAILDOCTOR_PW`,
        `${FIXTURE_USER},${FIXTURE_USER},127.0.0.1,pop3,${pop3.port},tls,MAILDOCTOR_PW_CRLF`,
        `${FIXTURE_USER},,127.0.0.1,pop3,${pop3.port},tls,MAILDOCTOR_PW`,
        '',
      ].join('\n'),
    )
    const r = await runCli(['batch', file, '--ca', CA, '--timeout', '2', '--format', 'jsonl'], {
      env: { MAILDOCTOR_PW: PASSWORD, MAILDOCTOR_PW_CRLF: `${PASSWORD}\nDELE 1` },
    })
    expect(r.code).toBe(2)
    // (csv-parse numbers the lines of a record that spans lines by where it ends)
    expect(r.stderr).toMatch(/line \d+: the user name holds a line break/)
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    // Every row is a row of the report: the bad one as an input error on its line.
    expect(rows).toHaveLength(3)
    expect(rows[0].inputError).toMatch(/the user name holds a line break/)
    expect(rows[1].inputError).toMatch(/password \(password_env\) holds a line break/)
    expect(rows[2].ok).toBe(true)
    const received = pop3.received.slice(from)
    expect(received.filter((l) => INJECTED.test(l))).toEqual([])
    expect(received.filter((l) => l.startsWith('USER'))).toEqual([`USER ${FIXTURE_USER}`])
  })

  it('a YAML user with a line break is a config error (run), nothing is sent', async () => {
    const before = pop3.accepted
    const file = write(
      'crlf.yml',
      `targets:\n  - address: ${FIXTURE_USER}\n    user: "${FIXTURE_USER}\\r\\nLIST"\n    host: ` +
        `127.0.0.1\n    port: ${pop3.port}\n    security: tls\n    password_env: MAILDOCTOR_PW\n    ` +
        `expect: { pop3: ok }\n`,
    )
    const r = await runCli(['run', file, '--ca', CA, '--timeout', '2'], { env: { MAILDOCTOR_PW: PASSWORD } })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/line 3: the user name holds a line break/)
    expect(pop3.accepted).toBe(before)
  })
})

describe('files choose only the environment variables they may', () => {
  const SECRET_TOKEN = 'ci-token-Sup3rSecret'
  const env = { GITHUB_TOKEN: SECRET_TOKEN, MAILDOCTOR_PW: PASSWORD }

  it('batch: a row naming GITHUB_TOKEN is an input error on that row, its value never sent nor printed', async () => {
    const from = pop3.received.length
    const file = write(
      'env.csv',
      [
        'address,host,protocols,port,security,password_env',
        `${FIXTURE_USER},127.0.0.1,pop3,${pop3.port},tls,GITHUB_TOKEN`,
        `${FIXTURE_USER},127.0.0.1,pop3,${pop3.port},tls,MAILDOCTOR_PW`,
        '',
      ].join('\n'),
    )
    for (const format of ['jsonl', 'json', 'table']) {
      const r = await runCli(['batch', file, '--ca', CA, '--timeout', '2', '--format', format], { env })
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/line 2: password_env may only name a variable that starts with MAILDOCTOR_/)
      expect(r.stdout + r.stderr).not.toContain(SECRET_TOKEN)
      expect(r.stdout + r.stderr).not.toContain('GITHUB_TOKEN')
    }
    expect(pop3.received.slice(from).some((l) => l.includes(SECRET_TOKEN))).toBe(false)
    expect(pop3.received.slice(from)).toContain(`PASS ${PASSWORD}`)
  })

  it('batch: --allow-env NAME lets the file use that variable', async () => {
    const file = write(
      'env-allowed.jsonl',
      JSON.stringify({
        address: FIXTURE_USER,
        host: '127.0.0.1',
        protocols: 'pop3',
        port: pop3.port,
        security: 'tls',
        password_env: 'POP_PW',
      }) + '\n',
    )
    const refused = await runCli(['batch', file, '--ca', CA, '--timeout', '2', '--format', 'jsonl'], {
      env: { POP_PW: PASSWORD },
    })
    expect(refused.code).toBe(2)
    const allowed = await runCli(
      [
        'batch',
        file,
        '--ca',
        CA,
        '--timeout',
        '2',
        '--format',
        'jsonl',
        '--allow-env',
        'OTHER',
        '--allow-env',
        'POP_PW',
      ],
      { env: { POP_PW: PASSWORD } },
    )
    expect(allowed.code).toBe(0)
    expect(JSON.parse(allowed.stdout).ok).toBe(true)
  })

  it('run: a target naming GITHUB_TOKEN is a config error, with nothing sent (also under nagios)', async () => {
    const from = pop3.received.length
    const yaml = (name: string) =>
      `targets:\n  - address: ${FIXTURE_USER}\n    host: 127.0.0.1\n    port: ${pop3.port}\n    ` +
      `security: tls\n    password_env: ${name}\n    expect: { pop3: ok }\n`
    const file = write('env.yml', yaml('GITHUB_TOKEN'))
    const r = await runCli(['run', file, '--ca', CA, '--timeout', '2'], { env })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/line 2: password_env may only name a variable that starts with MAILDOCTOR_/)
    const nagios = await runCli(['run', file, '--ca', CA, '--timeout', '2', '--format', 'nagios'], { env })
    expect(nagios.stdout).toMatch(/^MAILDOCTOR UNKNOWN - /)
    expect(r.stdout + r.stderr + nagios.stdout).not.toContain(SECRET_TOKEN)
    expect(pop3.received.slice(from).filter((l) => /^(USER|PASS|AUTH)/.test(l))).toEqual([])
    const allowed = await runCli(['run', file, '--ca', CA, '--timeout', '2', '--allow-env', 'GITHUB_TOKEN'], {
      env: { GITHUB_TOKEN: PASSWORD },
    })
    expect(allowed.code).toBe(0)
    const own = await runCli(['run', write('env-own.yml', yaml('MAILDOCTOR_PW')), '--ca', CA, '--timeout', '2'], {
      env,
    })
    expect(own.code).toBe(0)
  })

  it("check: the user's own --password-env may name any variable", async () => {
    const r = await check(['--password-env', 'ANY_NAME_AT_ALL'], { env: { ANY_NAME_AT_ALL: PASSWORD } })
    expect(r.code).toBe(0)
  })
})

describe('a dotted number that is not a whole IPv4 address is not a host name', () => {
  for (const host of ['1.2.3', '10.1', '127.1', '0x7f.1', '010.0.0.1', 'mail.123']) {
    it(`${host} is refused (check, batch, run)`, async () => {
      const c = await runCli(['check', host, '--imap', '--timeout', '1'])
      expect(c.code).toBe(2)
      const h = await runCli(['check', FIXTURE_USER, '--host', host, '--imap', '--timeout', '1'])
      expect(h.code).toBe(2)
      const b = await runCli([
        'batch',
        write('dotted.csv', `host,protocols\n${host},imap\n`),
        '--timeout',
        '1',
        '--format',
        'jsonl',
      ])
      expect(b.code).toBe(2)
      expect(b.stderr).toMatch(/line 2: host is not a host name/)
      const r = await runCli([
        'run',
        write('dotted.yml', `targets:\n  - host: "${host}"\n    expect: { imap: ok }\n`),
        '--timeout',
        '1',
      ])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/line 2: host is not a host name/)
    })
  }
  it('whole addresses and names still are', async () => {
    const r = await runCli([
      'check',
      '127.0.0.1',
      '--pop3',
      '--port',
      String(pop3.port),
      '--security',
      'tls',
      '--ca',
      CA,
      '--timeout',
      '2',
      '--json',
    ])
    expect(r.code).toBe(0)
    expectValidReport(r.stdout)
  })
})
