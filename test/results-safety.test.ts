// Results are never lost: the report's path is checked before the run, written beside itself and
// renamed, never the results file itself; a report that cannot be written keeps the results and
// says where; SIGTERM stops like Ctrl-C; a resumed run re-checks rows that were not checked.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-safety-'))
const lines = (file: string): number => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0)

describe('batch results are not lost', () => {
  let server: RunningServer
  let file: string
  beforeAll(async () => {
    server = await startScriptedServer({ protocol: 'imap', tls: 'none', greetingDelayMs: 20 })
    file = join(dir, 'accounts.csv')
    const rows = Array.from({ length: 200 }, (_, i) => `s${i}@maildoctor.test,127.0.0.1,imap,${server.port},plain`)
    writeFileSync(file, ['address,host,protocols,port,security', ...rows].join('\n') + '\n')
  })
  afterAll(() => server.close())

  it('--output equal to --stream or --resume is refused before the run, and the file is untouched', async () => {
    const stream = join(dir, 'same.jsonl')
    writeFileSync(stream, '{"line":2,"key":"x"}\n')
    const before = server.accepted
    for (const flag of ['--stream', '--resume']) {
      const r = await runCli(['batch', file, flag, stream, '--output', join(dir, '.', 'same.jsonl'), '--timeout', '1'])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/--output .*same\.jsonl is also this run's results file/)
    }
    expect(readFileSync(stream, 'utf8')).toBe('{"line":2,"key":"x"}\n')
    expect(server.accepted).toBe(before)
  })

  it('an --output that cannot be written is refused before the first check', async () => {
    const before = server.accepted
    for (const output of [join(dir, 'no-such-dir', 'report.json'), dir]) {
      const r = await runCli(['batch', file, '--output', output, '--timeout', '1'])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/--output .*(cannot write there \(ENOENT\)|is a directory)/)
    }
    expect(server.accepted).toBe(before)
  })

  it('a report that fails to write (a full disk) keeps the results and says where', async () => {
    const r = await runCli([
      'batch',
      file,
      '--output',
      '/dev/full',
      '--format',
      'json',
      '--concurrency',
      '50',
      '--timeout',
      '1',
    ])
    expect(r.code).toBe(2)
    const kept = /the results are kept in (\S+)/.exec(r.stderr)?.[1]
    expect(r.stderr).toMatch(/\/dev\/full: cannot write the report \(ENOSPC\)/)
    expect(kept).toBeDefined()
    expect(lines(kept!)).toBe(200)
  }, 30_000)

  it('a report written over an old one replaces it whole, with no temporary file left', async () => {
    const out = join(dir, 'replaced.json')
    writeFileSync(out, 'old report')
    const r = await runCli([
      'batch',
      file,
      '--output',
      out,
      '--format',
      'json',
      '--concurrency',
      '50',
      '--timeout',
      '1',
    ])
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8')).results).toHaveLength(200)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  }, 30_000)

  it('SIGTERM stops like Ctrl-C: partial report, exit 143, no temporary files left', async () => {
    const work = mkdtempSync(join(dir, 'term-'))
    const temp = mkdtempSync(join(dir, 'tmpdir-'))
    const stream = join(work, 'results.jsonl')
    const out = join(work, 'report.json')
    const child = spawn(
      process.execPath,
      [
        BIN,
        'batch',
        file,
        '--concurrency',
        '2',
        '--per-host',
        '1',
        '--timeout',
        '1',
        '--stream',
        stream,
        '--format',
        'json',
        '--output',
        out,
      ],
      { stdio: 'ignore', env: { ...process.env, TMPDIR: temp } },
    )
    while (lines(stream) < 20) await new Promise((resolve) => setTimeout(resolve, 20))
    child.kill('SIGTERM')
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).toBe(143)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.stopped).toBe(true)
    expect(report.results.length).toBeLessThan(200)
    expect(report.results.length).toBe(lines(stream))
    expect(report.results.every((x: { notChecked?: string }) => !x.notChecked)).toBe(true)
    expect(readdirSync(work).sort()).toEqual(['report.json', 'results.jsonl'])
    // The batch's code cache is no temporary file: it stays for the next batch, as the check's does.
    expect(readdirSync(temp).filter((f) => !f.startsWith('maildoctor-code-cache'))).toEqual([])
  }, 30_000)

  it('--resume checks again a row that had an input error', async () => {
    const rows = join(dir, 'env.csv')
    writeFileSync(
      rows,
      'address,host,protocols,port,security,password_env\n' +
        `env@maildoctor.test,127.0.0.1,imap,${server.port},plain,MAILDOCTOR_LATER\n`,
    )
    const stream = join(dir, 'env.jsonl')
    const first = await runCli(['batch', rows, '--resume', stream, '--format', 'json', '--timeout', '1'])
    expect(JSON.parse(first.stdout).results[0].inputError).toMatch(
      /password_env names an environment variable that is not set/,
    )
    const second = await runCli(
      ['batch', rows, '--resume', stream, '--format', 'json', '--timeout', '1', '--allow-plaintext-auth'],
      { env: { MAILDOCTOR_LATER: 'x' } },
    )
    const result = JSON.parse(second.stdout).results[0]
    expect(result.inputError).toBeUndefined()
    expect(result.attempts).toBe(1)
  })
})

describe('check --output', () => {
  it('to a directory or a full disk is a usage error (exit 2), the directory found before the check', async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'none' })
    try {
      const args = [
        'check',
        '127.0.0.1',
        '--imap',
        '--port',
        String(server.port),
        '--security',
        'plain',
        '--timeout',
        '1',
      ]
      const toDir = await runCli([...args, '--output', dir])
      expect(toDir.code).toBe(2)
      expect(toDir.stderr).toMatch(/is a directory/)
      expect(server.accepted).toBe(0)
      const full = await runCli([...args, '--output', '/dev/full'])
      expect(full.code).toBe(2)
      expect(full.stderr).toMatch(/cannot write the report \(ENOSPC\)/)
      expect(full.stderr).not.toMatch(/internal error/)
    } finally {
      await server.close()
    }
  })
})
