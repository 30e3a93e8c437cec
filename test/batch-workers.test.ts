// The batch on several worker threads behaves as on one: every account reported exactly once, the
// per-host limit held as the servers themselves count it, Ctrl-C and SIGTERM stop with a partial
// report, and a run killed half way is finished by --resume without checking anything twice.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-workers-'))
const WORKERS = '3'
const ACCOUNTS = 600

/** Complete JSON lines of a results file (a line cut by a kill has no newline yet). */
const records = (file: string): Array<{ line: number; key: string }> =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .slice(0, -1)
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : []
const lineCount = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe(`a batch on ${WORKERS} worker threads`, () => {
  const servers: RunningServer[] = []
  let file: string
  beforeAll(async () => {
    servers.push(
      await startScriptedServer({ protocol: 'imap', tls: 'implicit', host: '127.0.0.1', greetingDelayMs: 10 }),
    )
    servers.push(await startScriptedServer({ protocol: 'pop3', tls: 'none', host: '127.0.0.2', greetingDelayMs: 10 }))
    const rows = Array.from({ length: ACCOUNTS }, (_, i) =>
      i % 2
        ? `w${i}@x.test,127.0.0.1,imap,${servers[0].port},tls`
        : `w${i}@x.test,127.0.0.2,pop3,${servers[1].port},plain`,
    )
    file = join(dir, 'accounts.csv')
    writeFileSync(file, ['address,host,protocols,port,security', ...rows].join('\n') + '\n')
  })
  afterAll(() => Promise.all(servers.map((s) => s.close())))

  it('reports every account exactly once and holds --per-host across all threads', async () => {
    const stream = join(dir, 'all.jsonl')
    const r = await runCli([
      'batch',
      file,
      '--workers',
      WORKERS,
      '--concurrency',
      '60',
      '--per-host',
      '3',
      '--ca',
      CA,
      '--timeout',
      '2',
      '--stream',
      stream,
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.summary).toMatchObject({ accounts: ACCOUNTS, ok: ACCOUNTS })
    expect(report.results.map((x: { line: number }) => x.line)).toEqual(
      Array.from({ length: ACCOUNTS }, (_, i) => i + 2),
    )
    // Each account was checked once: one record each in the results file, one connection each.
    const written = records(stream)
    expect(written).toHaveLength(ACCOUNTS)
    expect(new Set(written.map((x) => x.key)).size).toBe(ACCOUNTS)
    expect(servers[0].accepted + servers[1].accepted).toBe(ACCOUNTS)
    for (const s of servers) {
      // Three threads each with a gate of their own would let up to 9 in.
      expect(s.maxConcurrent).toBeLessThanOrEqual(3)
      expect(s.maxConcurrent).toBe(3)
    }
  }, 60_000)

  it('--workers is checked', async () => {
    for (const n of ['0', '65', 'x']) {
      const r = await runCli(['batch', file, '--workers', n, '--timeout', '1'])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/--workers must be a whole number from 1 to 64/)
    }
  })

  for (const [signal, exit] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} stops every thread: partial report, exit ${exit}, no temporary files`, async () => {
      const work = mkdtempSync(join(dir, `${signal}-`))
      const temp = mkdtempSync(join(dir, 'tmpdir-'))
      const stream = join(work, 'results.jsonl')
      const out = join(work, 'report.json')
      const args = [
        BIN,
        'batch',
        file,
        '--workers',
        WORKERS,
        '--concurrency',
        '6',
        '--per-host',
        '2',
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
      ]
      const child = spawn(process.execPath, args, { stdio: 'ignore', env: { ...process.env, TMPDIR: temp } })
      while (lineCount(stream) < 30) await sleep(20)
      child.kill(signal)
      const code = await new Promise((resolve) => child.once('exit', resolve))
      expect(code).toBe(exit)
      const report = JSON.parse(readFileSync(out, 'utf8'))
      expect(report.stopped).toBe(true)
      expect(report.results.length).toBeLessThan(ACCOUNTS)
      expect(report.results.length).toBe(lineCount(stream))
      // Checks the stop cut short are left for --resume, not reported as results.
      expect(report.results.every((x: { notChecked?: string }) => !x.notChecked)).toBe(true)
      expect(new Set(report.results.map((x: { line: number }) => x.line)).size).toBe(report.results.length)
      expect(readdirSync(work).sort()).toEqual(['report.json', 'results.jsonl'])
      // The worker threads' code cache is no temporary file: it stays for the next batch, as the check's does.
      expect(readdirSync(temp).filter((f) => !f.startsWith('maildoctor-code-cache'))).toEqual([])
    }, 60_000)
  }

  it('--resume after a kill checks only what was left, each account once', async () => {
    const stream = join(dir, 'resume.jsonl')
    const args = [
      'batch',
      file,
      '--workers',
      WORKERS,
      '--concurrency',
      '6',
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
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' })
    while (lineCount(stream) < 100) await sleep(20)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    const before = records(stream).length
    expect(before).toBeLessThan(ACCOUNTS)
    const accepted = servers[0].accepted + servers[1].accepted
    const second = await runCli(args)
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout).results.map((x: { line: number }) => x.line)).toEqual(
      Array.from({ length: ACCOUNTS }, (_, i) => i + 2),
    )
    // The second run connected once per account the first had not written.
    expect(servers[0].accepted + servers[1].accepted - accepted).toBe(ACCOUNTS - before)
    expect(new Set(records(stream).map((x) => x.key)).size).toBe(ACCOUNTS)
  }, 60_000)
})
