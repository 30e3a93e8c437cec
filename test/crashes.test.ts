// No crash, no wrong exit: closed pipes, huge lines, YAML aliases and bombs, floods of bad rows,
// a server that never ends its SASL exchange or closes after its greeting, and text that would
// break JUnit XML or a Nagios line.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  FIXTURE_USER,
  startScriptedServer,
  type ConnectionState,
  type RunningServer,
} from '../fixtures/servers/scripted-server.js'
import { readAccounts, type AccountItem } from '../src/batch/accounts.js'
import { nameList } from '../src/probes/certificate.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-crash-'))

/** Runs a shell pipeline; returns the first command's exit status and its stderr. */
function pipeline(command: string): Promise<{ status: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `${command}; echo "status=\${PIPESTATUS[0]}"`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.once('close', () => resolve({ status: Number(/status=(\d+)/.exec(stdout)?.[1]), stderr, stdout }))
  })
}

async function rows(path: string, format: 'csv' | 'jsonl' | 'yaml'): Promise<AccountItem[]> {
  const out: AccountItem[] = []
  for await (const item of readAccounts(path, format)) out.push(item)
  return out
}

describe('closed pipes', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startScriptedServer({ protocol: 'imap', tls: 'none' })
  })
  afterAll(() => server.close())

  it('batch … | head -1 ends quietly, no EPIPE stack', async () => {
    const file = join(dir, 'many.csv')
    writeFileSync(
      file,
      [
        'address,host,protocols,port,security',
        ...Array.from({ length: 600 }, (_, i) => `p${i}@maildoctor.test,127.0.0.1,imap,${server.port},plain`),
      ].join('\n') + '\n',
    )
    const r = await pipeline(
      `${process.execPath} ${BIN} batch ${file} --format jsonl --concurrency 50 --per-host 50 | head -1`,
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 30_000)

  it('explain --jsonl … | head -1 ends quietly, no EPIPE stack', async () => {
    const input = join(dir, 'explain.jsonl')
    writeFileSync(
      input,
      Array.from({ length: 20000 }, (_, i) =>
        JSON.stringify({ id: i, text: '535 5.7.8 Authentication credentials invalid' }),
      ).join('\n') + '\n',
    )
    const r = await pipeline(`${process.execPath} ${BIN} explain --jsonl < ${input} | head -1`)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 30_000)
})

describe('explain --jsonl as a filter', () => {
  it('answers each line while its input is still open: answers are gathered, never held until the end', async () => {
    const child = spawn(process.execPath, [BIN, 'explain', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    const lines = () => stdout.split('\n').filter(Boolean)
    const answered = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer ${n} while the input was open: ${stdout}`)), 10_000)
        const look = () => {
          if (lines().length < n) return
          clearTimeout(timer)
          child.stdout.off('data', look)
          resolve()
        }
        child.stdout.on('data', look)
        look()
      })
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stdin.write('{"id":"1","text":"535 5.7.8 Authentication credentials invalid"}\n')
    await answered(1)
    child.stdin.write('{"id":"2","text":"connect ECONNREFUSED 127.0.0.1:993"}\n')
    await answered(2)
    child.stdin.end()
    expect(await new Promise((resolve) => child.once('close', resolve))).toBe(0)
    expect(lines().map((l) => JSON.parse(l).cause)).toEqual(['auth_bad_credentials', 'tcp_refused'])
  }, 30_000)
})

describe('huge lines', () => {
  it('a 600 MB line on explain --jsonl is an error line, and the next line is answered', async () => {
    const child = spawn(process.execPath, [BIN, 'explain', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const mb = Buffer.alloc(1024 * 1024, 'a')
    for (let i = 0; i < 600; i++)
      if (!child.stdin.write(mb)) await new Promise((resolve) => child.stdin.once('drain', resolve))
    child.stdin.end('\n{"id":"next","text":"535 5.7.8 Authentication credentials invalid"}\n')
    const code = await new Promise((resolve) => child.once('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { id: null, error: 'line longer than 1 MiB' },
      { id: 'next', cause: 'auth_bad_credentials' },
    ])
  }, 60_000)

  it('a batch JSON-lines row longer than 1 MiB is an input error on its line', async () => {
    const file = join(dir, 'long.jsonl')
    writeFileSync(
      file,
      [
        '{"address":"a@maildoctor.test"}',
        `{"address":"b@maildoctor.test","host":"${'h'.repeat(3 * 1024 * 1024)}"}`,
        '{"address":"c@maildoctor.test"}',
        '',
      ].join('\n'),
    )
    const items = await rows(file, 'jsonl')
    expect(items.map((i) => i.error ?? i.account.line)).toEqual([1, { line: 2, message: 'line longer than 1 MiB' }, 3])
  })
})

describe('huge CSV records', () => {
  it('a CSV record longer than 1 MiB is an input error on its line, not a string no memory holds', async () => {
    const file = join(dir, 'long.csv')
    writeFileSync(file, `address,host\na@maildoctor.test,${'h'.repeat(3 * 1024 * 1024)}\n`)
    const items = await rows(file, 'csv')
    expect(items).toEqual([
      {
        error: {
          line: 2,
          message: 'not valid CSV: a row longer than 1 MiB',
          text: { en: 'not valid CSV: a row longer than 1 MiB', it: 'CSV non valido: una riga più lunga di 1 MiB' },
        },
      },
    ])
  })
})

describe('YAML aliases', () => {
  it('resolve in batch files; an alias bomb is an input error', async () => {
    const file = join(dir, 'aliases.yaml')
    writeFileSync(
      file,
      'accounts:\n  - address: a@maildoctor.test\n    host: &h 127.0.0.1\n    protocols: &p imap\n  - ' +
        'address: b@maildoctor.test\n    host: *h\n    protocols: *p\n',
    )
    expect((await rows(file, 'yaml')).map((i) => [i.account?.host, i.account?.protocols])).toEqual([
      ['127.0.0.1', ['imap']],
      ['127.0.0.1', ['imap']],
    ])
    const bomb = join(dir, 'bomb.yaml')
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(',')}]`,
      )
    writeFileSync(bomb, `${levels.join('\n')}\naccounts:\n  - address: a@maildoctor.test\n    host: *i\n`)
    const r = await runCli(['batch', bomb, '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/bomb\.yaml line 1: cannot read the YAML: .*alias/i)
  })

  it('resolve in run configs', async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'none' })
    try {
      const file = join(dir, 'aliases.yml')
      writeFileSync(
        file,
        `targets:\n  - name: one\n    host: &h 127.0.0.1\n    port: &p ${server.port}\n    security: ` +
          `plain\n    expect: &e { imap: ok }\n  - name: two\n    host: *h\n    port: *p\n    security: ` +
          `plain\n    expect: *e\n`,
      )
      const r = await runCli(['run', file, '--format', 'json', '--timeout', '1'])
      expect(r.stderr).toBe('')
      expect(JSON.parse(r.stdout).targets.map((t: { name: string; ok: boolean }) => [t.name, t.ok])).toEqual([
        ['one', true],
        ['two', true],
      ])
    } finally {
      await server.close()
    }
  })
})

describe('a flood of bad rows', () => {
  it('lists the first 1,000 and counts the rest', async () => {
    const file = join(dir, 'flood.csv')
    writeFileSync(file, 'address,host\n' + 'not-an-address,127.0.0.1\n'.repeat(200_000))
    const r = await runCli(['batch', file, '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1001)
    expect(r.stderr).toMatch(/199000 more bad rows, not listed/)
    const summary = JSON.parse(r.stdout).summary
    expect(summary.rowErrors).toHaveLength(1000)
    expect(summary.rowErrorsNotListed).toBe(199_000)
  }, 60_000)
})

describe('servers that break the login or close', () => {
  it('an endless SASL continuation is a protocol error, not a wrong password', async () => {
    // Every answer gets another "+ ", the cancelling "*" included.
    const loop = (conn: ConnectionState): string[] => {
      conn.continuation = () => loop(conn)
      return ['+ ']
    }
    const server = await startScriptedServer({
      protocol: 'imap',
      tls: 'none',
      capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=PLAIN'],
      handlers: { AUTHENTICATE: (_args, conn) => loop(conn) },
    })
    try {
      const r = await runCli(
        [
          'check',
          '127.0.0.1',
          '--imap',
          '--port',
          String(server.port),
          '--security',
          'plain',
          '--user',
          FIXTURE_USER,
          '--password-env',
          'MAILDOCTOR_PW',
          '--allow-plaintext-auth',
          '--timeout',
          '1',
          '--json',
        ],
        { env: { MAILDOCTOR_PW: 'secret' } },
      )
      const report = JSON.parse(r.stdout)
      expect(report.findings.map((f: { cause: string }) => f.cause)).toEqual(['protocol_error'])
      expect(report.findings[0].evidence[0].code).toBe('PROTOCOL_SASL_LOOP')
    } finally {
      await server.close()
    }
  })

  it('a server that closes (FIN) after its greeting is the server ending the talk, not a reset', async () => {
    const server = await startScriptedServer({ protocol: 'pop3', tls: 'none', cutOn: 'CAPA' })
    try {
      const r = await runCli([
        'check',
        '127.0.0.1',
        '--pop3',
        '--port',
        String(server.port),
        '--security',
        'plain',
        '--timeout',
        '1',
        '--json',
      ])
      const report = JSON.parse(r.stdout)
      expect(report.findings.map((f: { cause: string }) => f.cause)).toEqual(['protocol_error'])
      expect(report.findings[0].evidence[0]).toMatchObject({
        code: 'SERVER_CLOSED',
        detail: 'the server closed the connection after its greeting',
      })
    } finally {
      await server.close()
    }
  })
})

describe('run outputs stay well-formed', () => {
  it('Nagios config mistakes are all UNKNOWN (3) on one line', async () => {
    const file = join(dir, 'nagios.yml')
    writeFileSync(
      file,
      'targets:\n  - host: 127.0.0.1\n    password_env: MAILDOCTOR_NOT_SET\n    expect: { imap: ok }\n',
    )
    const ok = join(dir, 'nagios-ok.yml')
    writeFileSync(ok, 'targets:\n  - host: 127.0.0.1\n    expect: { imap: ok }\n')
    for (const argv of [
      [file],
      [ok, '--timeout', 'soon'],
      [ok, '--ca', join(dir, 'missing.pem')],
      [ok, '--output', dir],
    ]) {
      const r = await runCli(['run', ...argv, '--format', 'nagios'])
      expect(r.code).toBe(3)
      expect(r.stdout).toMatch(/^MAILDOCTOR UNKNOWN - [^\n]+\n$/)
    }
  })

  it('a target name with a line break or control characters: one Nagios line, well-formed JUnit', async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'none' })
    try {
      const file = join(dir, 'names.yml')
      writeFileSync(
        file,
        `targets:\n  - name: "first line\\nCRITICAL fake\\x01\\x1b[2J"\n    host: 127.0.0.1\n    port: ` +
          `${server.port}\n    security: plain\n    expect: { imap: fail }\n`,
      )
      const nagios = await runCli(['run', file, '--format', 'nagios', '--timeout', '1'])
      expect(nagios.stdout.split('\n')).toHaveLength(2)
      expect(nagios.stdout).toMatch(/^MAILDOCTOR CRITICAL - first line CRITICAL fake/)
      const junit = await runCli(['run', file, '--format', 'junit', '--timeout', '1'])
      // eslint-disable-next-line no-control-regex -- the characters XML cannot hold
      expect(junit.stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/)
      expect(XMLValidator.validate(junit.stdout)).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('certificate name lists are clipped', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `mail${i}.example.com`)
    const shown = nameList(names)
    expect(shown.length).toBeLessThan(300)
    expect(shown).toMatch(/… \(4990 more\)$/)
  })
})
