// Batch checks for helpdesks: 1,000 accounts against fixture servers with the per-host limit
// measured by the servers themselves, a run killed half way and resumed, 4 shards merged, the
// HTML report in a real headless Chromium, and passwords nowhere in any output.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { FIXTURE_USER, startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { readAccounts, type Account, type AccountFormat, type RowError } from '../src/batch/accounts.js'
import { runCli } from './cli-harness.js'
import { protocolOf } from '../src/protocols/index.js'
import { Session } from '../src/probes/session.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-batch-'))
const SECRET = `Batch-${randomUUID()}`

const run = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { env })
/** Complete results in a JSON-lines file (a line cut by a kill has no newline yet). */
const resultLines = (file: string): number => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0)

/** Every row of a batch file, read the way the batch reads it (as a stream). */
async function parseAccounts(
  text: string,
  format: AccountFormat,
): Promise<{ accounts: Account[]; errors: RowError[] }> {
  const file = join(dir, `rows-${randomUUID()}.${format}`)
  writeFileSync(file, text)
  const accounts: Account[] = []
  const errors: RowError[] = []
  for await (const item of readAccounts(file, format)) {
    if (item.error) errors.push(item.error)
    else accounts.push(item.account)
  }
  return { accounts, errors }
}

describe('batch files', () => {
  it('a CSV broken beyond a row (an unclosed quote) is an input error on its line, exit 2', async () => {
    const file = join(dir, 'broken.csv')
    writeFileSync(file, 'address,host\nok@maildoctor.test,127.0.0.1\n"broken@maildoctor.test,x\n')
    const r = await run(['batch', file, '--format', 'csv', '--timeout', '1'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/broken\.csv line 3: not valid CSV: .*quote/i)
    expect(r.stderr).not.toMatch(/internal error/)
  })

  it('reads CSV, JSON lines and YAML, and reports bad rows by line', async () => {
    const csv = await parseAccounts(
      'address,host,protocols,port\nmario@libero.it,,imap;smtp,\nnot-an-address,,,\nluigi@aruba.it,,pop3,99999\n',
      'csv',
    )
    expect(csv.accounts.map((a) => [a.line, a.address, a.protocols])).toEqual([
      [2, 'mario@libero.it', ['imap', 'smtp']],
    ])
    expect(csv.errors.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 3, message: 'address is not a valid email address' },
      { line: 4, message: 'port must be a number from 1 to 65535' },
    ])
    // The value parsers' mistakes are written in both languages too.
    expect(csv.errors[0].text?.it).toBe('address non è un indirizzo email valido')
    const jsonl = await parseAccounts(
      '{"address":"a@b.it"}\n{oops\n{"address":"c@d.it","password":"x"}\n{"host":"mail.e.it","color":"red"}\n',
      'jsonl',
    )
    expect(jsonl.accounts.map((a) => a.line)).toEqual([1])
    expect(jsonl.errors.map((e) => e.line)).toEqual([2, 3, 4])
    expect(jsonl.errors[1].message).toMatch(/password_env/)
    expect(jsonl.errors[1].message).not.toContain('"x"')
    expect(jsonl.errors[2].message).toMatch(/unknown field "color"/)
    // A CSV header's unknown field would fail every row alike: the file is refused once, on line 1.
    const header = await parseAccounts('adress,host\na@b.it,mail.b.it\nc@d.it,mail.d.it\ne@f.it,mail.f.it\n', 'csv')
    expect(header.accounts).toEqual([])
    expect(header.errors.map(({ line, message, text }) => ({ line, message, it: text?.it }))).toEqual([
      {
        line: 1,
        message: expect.stringMatching(/^in the header: unknown field "adress" \(did you mean "address"\?\)/),
        it: expect.stringMatching(/^nell'intestazione: campo sconosciuto "adress" \(forse "address"\?\)/),
      },
    ])
    const yaml = await parseAccounts(
      'accounts:\n  - address: a@b.it\n    protocols: imap\n  - address: c@d.it\n    security: ssl\n',
      'yaml',
    )
    expect(yaml.accounts.map((a) => a.line)).toEqual([2])
    expect(yaml.errors.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 4, message: 'security must be one of tls, starttls, plain' },
    ])
  })

  it('every bad field: one line on stderr each, the rest checked, exit 2', async () => {
    const file = join(dir, 'bad.csv')
    writeFileSync(
      file,
      [
        'address,host,protocols,port,security,password_env',
        'ok@x.test,127.0.0.1,imap,1,tls,',
        'bad@,127.0.0.1,imap,1,tls,',
        'ok2@x.test,not a host,imap,1,tls,',
        'ok3@x.test,127.0.0.1,ftp,1,tls,',
        'ok4@x.test,127.0.0.1,imap,0,tls,',
        'ok5@x.test,127.0.0.1,imap,1,ssl,',
        'ok6@x.test,127.0.0.1,imap,1,tls,1BAD',
        '',
      ].join('\n'),
    )
    const r = await run(['batch', file, '--timeout', '1', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(
      r.stderr
        .trim()
        .split('\n')
        .map((l) => l.replace(/^.*line (\d+):.*$/, '$1')),
    ).toEqual(['3', '4', '5', '6', '7', '8'])
    // Every row is a row of the report: the bad ones as input errors on their line.
    const results = JSON.parse(r.stdout).results as Array<{ line: number; inputError?: string }>
    expect(results.map((x) => [x.line, Boolean(x.inputError)])).toEqual([
      [2, false],
      ...[3, 4, 5, 6, 7, 8].map((l) => [l, true]),
    ])
  })

  it('options are checked', async () => {
    for (const [argv, message] of [
      [['--concurrency', '0'], /--concurrency must be a whole number/],
      [['--per-host', 'x'], /--per-host must be a whole number/],
      [['--shard', '5/4'], /--shard takes i\/n/],
      [['--format', 'pdf'], /--format.*invalid/],
    ] as const) {
      const file = join(dir, 'one.csv')
      writeFileSync(file, 'address\nmario@libero.it\n')
      const r = await run(['batch', file, ...argv])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(message)
    }
    expect((await run(['batch', join(dir, 'missing.csv')])).stderr).toMatch(/cannot read the batch file/)
  })
})

describe('1,000 accounts', () => {
  const servers: Record<string, RunningServer> = {}
  let file: string
  let refused: number
  beforeAll(async () => {
    servers.healthy = await startScriptedServer({ protocol: 'imap', tls: 'implicit', host: '127.0.0.1' })
    servers.maintenance = await startScriptedServer({
      protocol: 'pop3',
      tls: 'none',
      host: '127.0.0.2',
      greeting: ['-ERR [SYS/TEMP] Server in maintenance'],
    })
    servers.smtp = await startScriptedServer({ protocol: 'smtp', tls: 'none', host: '127.0.0.3', greetingDelayMs: 5 })
    refused = await refusedPort()
    const rows = ['address,host,protocols,port,security']
    for (let i = 0; i < 1000; i++) {
      const kind = i % 4
      const row = [
        `user${i}@x.test,127.0.0.1,imap,${servers.healthy.port},tls`,
        `user${i}@x.test,127.0.0.2,pop3,${servers.maintenance.port},plain`,
        `user${i}@x.test,127.0.0.3,smtp,${servers.smtp.port},plain`,
        `user${i}@x.test,127.0.0.1,imap,${refused},tls`,
      ][kind]
      rows.push(row)
    }
    file = join(dir, 'thousand.csv')
    writeFileSync(file, rows.join('\n') + '\n')
  })
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.close()))
  })

  it('reports every account and never exceeds the per-host limit', async () => {
    const started = performance.now()
    const r = await run([
      'batch',
      file,
      '--concurrency',
      '50',
      '--per-host',
      '4',
      '--ca',
      CA,
      '--timeout',
      '2',
      '--format',
      'json',
    ])
    const report = JSON.parse(r.stdout)
    console.log(
      `1000 accounts: ${Math.round(performance.now() - started)} ms; max connections per host: ${Object.entries(servers)
        .map(([k, s]) => `${k} ${s.maxConcurrent}`)
        .join(', ')}`,
    )
    expect(report.results).toHaveLength(1000)
    expect(new Set(report.results.map((x: { line: number }) => x.line)).size).toBe(1000)
    expect(report.summary).toMatchObject({ accounts: 1000, ok: 500, withErrors: 500 })
    expect(report.summary.byCause.map((c: { cause: string; accounts: number }) => [c.cause, c.accounts])).toEqual([
      ['server_unavailable', 250],
      ['tcp_refused', 250],
    ])
    for (const s of Object.values(servers)) {
      expect(s.maxConcurrent).toBeLessThanOrEqual(4)
      expect(s.maxConcurrent).toBeGreaterThan(1)
    }
    expect(r.code).toBe(1)
  }, 120_000)

  it('loses nothing when killed half way and resumed', async () => {
    const stream = join(dir, 'resume.jsonl')
    const args = [
      BIN,
      'batch',
      file,
      '--concurrency',
      '8',
      '--per-host',
      '2',
      '--ca',
      CA,
      '--timeout',
      '2',
      '--resume',
      stream,
      '--format',
      'json',
    ]
    const child = spawn(process.execPath, args, { stdio: 'ignore' })
    // Kill it once some results are written, the way a power cut would.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      if (resultLines(stream) > 200) break
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    const before = resultLines(stream)
    expect(before).toBeGreaterThan(200)
    expect(before).toBeLessThan(1000)
    const second = await run([
      'batch',
      file,
      '--concurrency',
      '20',
      '--per-host',
      '4',
      '--ca',
      CA,
      '--timeout',
      '2',
      '--resume',
      stream,
      '--format',
      'json',
    ])
    const report = JSON.parse(second.stdout)
    expect(report.results.map((x: { line: number }) => x.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2))
    // The second run checked only what the first had not finished.
    const lines = resultLines(stream)
    expect(lines).toBeLessThanOrEqual(1000 + 1)
    console.log(`killed after ${before} results; resumed and finished: ${lines} lines`)
  }, 120_000)

  it('stops cleanly on Ctrl-C, with the partial report written', async () => {
    const stream = join(dir, 'interrupted.jsonl')
    const out = join(dir, 'interrupted.json')
    const child = spawn(
      process.execPath,
      [
        BIN,
        'batch',
        file,
        '--concurrency',
        '4',
        '--per-host',
        '1',
        '--ca',
        CA,
        '--timeout',
        '2',
        '--stream',
        stream,
        '--format',
        'json',
        '--output',
        out,
      ],
      { stdio: 'ignore' },
    )
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      if (resultLines(stream) > 50) break
    }
    child.kill('SIGINT')
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(130)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.stopped).toBe(true)
    expect(report.results.length).toBeLessThan(1000)
    expect(report.results.length).toBe(resultLines(stream))
  }, 60_000)

  it('4 shards merged give the same report as one run', async () => {
    const strip = (report: { summary: unknown; results: Array<Record<string, unknown>> }) => ({
      summary: report.summary,
      results: report.results.map(({ durationMs, attempts, ...rest }) => rest),
    })
    const one = JSON.parse(
      (
        await run([
          'batch',
          file,
          '--concurrency',
          '50',
          '--per-host',
          '4',
          '--ca',
          CA,
          '--timeout',
          '2',
          '--format',
          'json',
        ])
      ).stdout,
    )
    const shards = [1, 2, 3, 4].map((i) => join(dir, `shard-${i}.jsonl`))
    const sizes = []
    for (const [i, stream] of shards.entries()) {
      await run([
        'batch',
        file,
        '--shard',
        `${i + 1}/4`,
        '--concurrency',
        '50',
        '--per-host',
        '4',
        '--ca',
        CA,
        '--timeout',
        '2',
        '--stream',
        stream,
        '--format',
        'json',
      ])
      sizes.push(readFileSync(stream, 'utf8').split('\n').filter(Boolean).length)
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000)
    expect(Math.min(...sizes)).toBeGreaterThan(150)
    const merged = JSON.parse((await run(['merge', ...shards, '--format', 'json'])).stdout)
    expect(strip(merged)).toEqual(strip(one))
  }, 120_000)

  it('the HTML report renders in headless Chromium and its numbers match the JSON', async () => {
    // Both reports from the same results (a second run could meet other timings on a busy machine).
    const stream = join(dir, 'html-run.jsonl')
    const json = JSON.parse(
      (
        await run([
          'batch',
          file,
          '--concurrency',
          '50',
          '--per-host',
          '4',
          '--ca',
          CA,
          '--timeout',
          '2',
          '--format',
          'json',
          '--stream',
          stream,
        ])
      ).stdout,
    )
    const html = join(dir, 'report.html')
    await run(['merge', stream, '--format', 'html', '--output', html])
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
      await page.goto('file://' + html)
      const number = async (id: string) => Number(await page.locator(`#${id} b`).textContent())
      expect(await number('n-accounts')).toBe(json.summary.accounts)
      expect(await number('n-ok')).toBe(json.summary.ok)
      expect(await number('n-errors')).toBe(json.summary.withErrors)
      for (const c of json.summary.byCause)
        expect(Number(await page.locator(`[data-count="${c.cause}"]`).textContent())).toBe(c.accounts)
      expect(await page.locator('#rows tr').count()).toBe(1000)
      // The filter works: one cause selected shows only its accounts.
      await page.selectOption('#cause', 'tcp_refused')
      expect(await page.locator('#rows tr:not([hidden])').count()).toBe(250)
      const shot = join(dir, 'report.png')
      await page.screenshot({ path: shot, fullPage: false })
      expect(readFileSync(shot).length).toBeGreaterThan(10_000)
      console.log(`screenshot: ${shot}`)
    } finally {
      await browser.close()
    }
  }, 120_000)
})

describe('passwords in batches', () => {
  it('appear in no output format, stream or error', async () => {
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: SECRET },
      mailbox: { messages: 1 },
    })
    const bad = await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts: { [FIXTURE_USER]: 'other' } })
    try {
      const file = join(dir, 'secret.csv')
      writeFileSync(
        file,
        [
          'address,host,protocols,port,security,password_env',
          `${FIXTURE_USER},127.0.0.1,imap,${imap.port},tls,MAILDOCTOR_SECRET`,
          `${FIXTURE_USER},127.0.0.1,imap,${bad.port},tls,MAILDOCTOR_SECRET`,
          `x@y.test,127.0.0.1,imap,${bad.port},tls,MAILDOCTOR_UNSET`,
          '',
        ].join('\n'),
      )
      let all = ''
      for (const format of ['table', 'json', 'jsonl', 'csv', 'junit', 'html']) {
        const stream = join(dir, `secret-${format}.jsonl`)
        const r = await run(['batch', file, '--ca', CA, '--timeout', '2', '--format', format, '--stream', stream], {
          MAILDOCTOR_SECRET: SECRET,
        })
        all += r.stdout + r.stderr + readFileSync(stream, 'utf8')
      }
      expect(all).toContain('auth_bad_credentials')
      expect(all).toContain('password_env names an environment variable that is not set')
      expect(all).not.toContain(SECRET)
      expect(all).not.toContain(Buffer.from(SECRET).toString('base64'))
    } finally {
      await Promise.all([imap.close(), bad.close()])
    }
  })
})

describe('politeness and retries', () => {
  it('retries a transient failure with backoff', async () => {
    const maintenanceOnce = () =>
      startScriptedServer({
        protocol: 'imap',
        tls: 'implicit',
        firstGreetings: { count: 1, greeting: ['* BYE [UNAVAILABLE] back in a moment'] },
      })
    const [a, b] = await Promise.all([maintenanceOnce(), maintenanceOnce()])
    try {
      const file = join(dir, 'retry.csv')
      writeFileSync(file, `address,host,protocols,port,security\nr@x.test,127.0.0.1,imap,${a.port},tls\n`)
      const noRetry = JSON.parse((await run(['batch', file, '--ca', CA, '--timeout', '2', '--format', 'json'])).stdout)
      expect(noRetry.results[0]).toMatchObject({ ok: false, attempts: 1 })
      expect(noRetry.results[0].findings[0].cause).toBe('server_unavailable')
      writeFileSync(file, `address,host,protocols,port,security\nr@x.test,127.0.0.1,imap,${b.port},tls\n`)
      const retried = JSON.parse(
        (await run(['batch', file, '--ca', CA, '--timeout', '2', '--retries', '2', '--format', 'json'])).stdout,
      )
      expect(retried.results[0]).toMatchObject({ ok: true, attempts: 2 })
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })

  it("a polite close ends at the server's FIN after ours, not at Node's close of the socket later", async () => {
    // A server that answers our FIN 60 ms later, as one a round trip away would.
    const server = createServer({ allowHalfOpen: true }, (s) => {
      s.on('data', () => {})
      s.on('end', () => setTimeout(() => s.end(), 60))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const socket = connect((server.address() as { port: number }).port, '127.0.0.1')
      await new Promise((resolve) => socket.once('connect', resolve))
      const session = new Session(protocolOf('imap').framing, false)
      session.use(socket)
      let closedByNode = false
      socket.once('close', () => (closedByNode = true))
      const t0 = performance.now()
      await session.closeGracefully(2000)
      // The server's FIN was waited for (it has seen the end), Node's close of the socket was not.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(55)
      expect(closedByNode).toBe(false)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('--rate spaces new connections to one host', async () => {
    const { hostGate } = await import('../src/batch/gate.js')
    const gate = hostGate(10, 20)
    const starts: number[] = []
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const release = await gate('h')
        starts.push(performance.now())
        release()
      }),
    )
    const gaps = starts
      .sort((a, b) => a - b)
      .slice(1)
      .map((t, i) => t - starts[i])
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40)
  })
})

describe('batch progress on a terminal', () => {
  // `script` gives the command a pseudo-terminal, as a person's shell would; `stty` sizes it.
  // `job` says where the command runs: in the terminal's foreground process group, as typed at a
  // prompt, or in a background group of its own, as `command &` in an interactive shell puts it.
  const inTerminal = (
    command: string,
    { setup = '', job }: { setup?: string; job: 'foreground' | 'background' },
  ): Promise<string> => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CI' && k !== 'NO_COLOR'))
    return new Promise<string>((resolve) => {
      // `script` puts the command in a session of its own, out of reach of a kill from here: the
      // command carries its own time limit, so a spinner that never stops cannot outlive the test.
      // `timeout` moves its command into a process group of its own, i.e. into the background,
      // unless told --foreground. The trailing `; :` keeps the shell as its parent: a shell may
      // exec its last command, and `timeout` as session leader could not leave the foreground
      // group. With SHELL pinned too, `job` holds whatever the user's shell is.
      const limit = job === 'foreground' ? 'timeout --foreground -s KILL 12' : 'timeout -s KILL 12'
      const child = spawn('script', ['-qec', `${setup}${limit} ${command}; :`, '/dev/null'], {
        env: { ...env, SHELL: '/bin/sh', TERM: 'xterm' },
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      let out = ''
      child.stdout.on('data', (c: Buffer) => (out += c.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      child.on('close', () => {
        clearTimeout(timer)
        resolve(out)
      })
    })
  }

  it('shows done/total, problems and an ETA on a terminal; nothing on an unsized one or in a pipe', async () => {
    const slow = await startScriptedServer({ protocol: 'imap', tls: 'implicit', greetingDelayMs: 250 })
    try {
      const file = join(dir, 'progress.csv')
      writeFileSync(
        file,
        [
          'address,host,protocols,port,security',
          ...[1, 2, 3].map((i) => `p${i}@maildoctor.test,127.0.0.1,imap,${slow.port},tls`),
        ].join('\n') + '\n',
      )
      const command =
        `${process.execPath} ${BIN} batch ${file} --concurrency 1 --ca ${CA} --format csv --output ` +
        `${join(dir, 'progress.out')}`
      const sized = await inTerminal(command, { setup: 'stty cols 100 rows 30; ', job: 'foreground' })
      expect(sized).toMatch(/[12]\/3 · 0 ✖ · ETA \d+s/)
      expect(sized).not.toMatch(/Killed/)
      // A background job may write to the terminal but not change its mode: a spinner that put
      // the input into raw mode would be stopped by SIGTTOU and never finish.
      const background = await inTerminal(command, { setup: 'stty cols 100 rows 30; ', job: 'background' })
      expect(background).toMatch(/[12]\/3 · 0 ✖ · ETA \d+s/)
      expect(background).not.toMatch(/Killed/)
      // A terminal of width 0: ora would clear lines forever (it divides by the width).
      const unsized = await inTerminal(command, { job: 'foreground' })
      expect(unsized.length).toBeLessThan(2000)
      expect(unsized).not.toMatch(/ETA/)
      const piped = await run(['batch', file, '--concurrency', '1', '--ca', CA, '--format', 'csv'])
      expect(piped.stderr).toBe('')
    } finally {
      await slow.close()
    }
  }, 40_000)
})
