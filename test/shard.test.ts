// Scale-out: 0-based shards beside `--shard i/n`, `--shard-key host` keeping every server in one
// shard (so --per-host holds across shards run at once), and `merge` from standard input.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { createProgram } from '../src/cli/program.js'
import type { Io } from '../src/cli/io.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { inShard } from '../src/batch/shard.js'
import { runCli } from './cli-harness.js'

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-shard-'))
const run = (argv: string[], stdin?: string) => runCli(argv, { stdin })
const resultsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { key: string; host: string; line: number })

/** 8 hosts × 25 accounts, all on a refused port: fast, and every account a result. */
let refusedFile: string
beforeAll(async () => {
  const port = await refusedPort()
  const rows = ['address,host,protocols,port,security']
  for (let i = 0; i < 200; i++) rows.push(`user${i}@x.test,127.0.0.${10 + (i % 8)},imap,${port},tls`)
  refusedFile = join(dir, 'refused.csv')
  writeFileSync(refusedFile, rows.join('\n') + '\n')
})

async function shards(file: string, count: number, extra: string[], name: string): Promise<string[]> {
  const streams = Array.from({ length: count }, (_, i) => join(dir, `${name}-${i}.jsonl`))
  const base = ['--concurrency', '50', '--timeout', '1', '--format', 'jsonl']
  await Promise.all(
    streams.map((stream, i) =>
      run([
        'batch',
        file,
        '--shard-index',
        String(i),
        '--shard-count',
        String(count),
        ...extra,
        ...base,
        '--stream',
        stream,
      ]),
    ),
  )
  return streams
}

describe('--shard-index and --shard-count', () => {
  it('are 0-based: index I is --shard I+1/N, and the parts cover the file once', async () => {
    const indexed = await shards(refusedFile, 4, [], 'indexed')
    const keys = indexed.map((f) =>
      resultsOf(f)
        .map((r) => r.key)
        .sort(),
    )
    for (const [i, own] of keys.entries()) {
      const stream = join(dir, `classic-${i}.jsonl`)
      await run([
        'batch',
        refusedFile,
        '--shard',
        `${i + 1}/4`,
        '--concurrency',
        '50',
        '--timeout',
        '1',
        '--format',
        'jsonl',
        '--stream',
        stream,
      ])
      expect(
        resultsOf(stream)
          .map((r) => r.key)
          .sort(),
      ).toEqual(own)
    }
    expect(keys.flat().length).toBe(200)
    expect(new Set(keys.flat()).size).toBe(200)
    expect(Math.min(...keys.map((k) => k.length))).toBeGreaterThan(25)
  }, 60_000)

  it('--shard-key host puts every account of a server in the same shard', async () => {
    const byHost = await shards(refusedFile, 4, ['--shard-key', 'host'], 'byhost')
    const hosts = byHost.map((f) => new Set(resultsOf(f).map((r) => r.host)))
    const all = hosts.flatMap((h) => [...h])
    expect(all.length).toBe(8)
    expect(new Set(all).size).toBe(8)
    expect(byHost.reduce((n, f) => n + resultsOf(f).length, 0)).toBe(200)
  }, 60_000)

  it("--shard-key host takes the address's domain when a row names no host", () => {
    const accounts = Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, address: `user${i}@domain${i % 5}.test` }))
    for (let d = 0; d < 5; d++) {
      const own = accounts.filter((a) => a.address.endsWith(`@domain${d}.test`))
      const shardsOf = new Set(own.map((a) => [0, 1, 2].find((index) => inShard(a, { index, count: 3, key: 'host' }))))
      expect(shardsOf.size).toBe(1)
    }
    // Every account is in exactly one shard, whatever the key.
    for (const key of ['account', 'host'] as const) {
      for (const a of accounts)
        expect([0, 1, 2].filter((index) => inShard(a, { index, count: 3, key }))).toHaveLength(1)
    }
  })

  it('mistakes are usage errors (exit 2)', async () => {
    for (const [argv, message] of [
      [['--shard-index', '4', '--shard-count', '4'], /--shard-index must be a whole number from 0 to 3/],
      [['--shard-index', '0'], /--shard-index and --shard-count go together/],
      [['--shard', '1/4', '--shard-index', '0', '--shard-count', '4'], /either --shard i\/n or --shard-index/],
      [['--shard-key', 'host'], /--shard-key needs/],
      [['--shard-key', 'domain', '--shard', '1/2'], /--shard-key.*invalid/],
      [['--shard', '0/4'], /--shard takes i\/n/],
    ] as const) {
      const r = await run(['batch', refusedFile, ...argv])
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.stderr).toMatch(message)
    }
  })
})

describe('--per-host across shards run at once', () => {
  const servers: RunningServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()))
  })
  /** 4 servers (slow to greet, so connections overlap) and 40 accounts on each; the busiest server's peak. */
  async function peakOf(extra: string[], name: string): Promise<number> {
    const own: RunningServer[] = []
    for (let h = 0; h < 4; h++)
      own.push(
        await startScriptedServer({ protocol: 'imap', tls: 'none', host: `127.0.0.${40 + h}`, greetingDelayMs: 30 }),
      )
    servers.push(...own)
    const rows = ['address,host,protocols,port,security']
    for (let i = 0; i < 160; i++) rows.push(`user${i}@x.test,127.0.0.${40 + (i % 4)},imap,${own[i % 4].port},plain`)
    const file = join(dir, `${name}.csv`)
    writeFileSync(file, rows.join('\n') + '\n')
    const streams = await shards(file, 4, ['--per-host', '2', ...extra], name)
    expect(streams.reduce((n, f) => n + resultsOf(f).length, 0)).toBe(160)
    return Math.max(...own.map((s) => s.maxConcurrent))
  }

  it('holds with --shard-key host, and is per shard with the default key', async () => {
    const byHost = await peakOf(['--shard-key', 'host'], 'polite')
    const byAccount = await peakOf([], 'spread')
    console.log(
      `4 shards at once, --per-host 2: peak connections per server ${byHost} by host, ${byAccount} by account`,
    )
    expect(byHost).toBeLessThanOrEqual(2)
    expect(byAccount).toBeGreaterThan(2)
  }, 60_000)
})

describe('merge from standard input', () => {
  it('reads JSON lines from a pipe ("-" or no file) and gives the report of the files', async () => {
    const parts = await shards(refusedFile, 2, [], 'piped')
    const fromFiles = await run(['merge', ...parts, '--format', 'json'])
    const text = parts.map((f) => readFileSync(f, 'utf8')).join('')
    const strip = (out: string) => JSON.parse(out).results
    for (const argv of [
      ['merge', '--format', 'json'],
      ['merge', '-', '--format', 'json'],
    ]) {
      const piped = await run(argv, text)
      expect(piped.code).toBe(1)
      expect(strip(piped.stdout)).toEqual(strip(fromFiles.stdout))
      expect(strip(piped.stdout)).toHaveLength(200)
    }
  }, 60_000)

  it('the real binary reads a shell pipe, as - and as /dev/stdin', async () => {
    const [part] = await shards(refusedFile, 1, [], 'devstdin')
    const bin = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
    for (const name of ['-', '/dev/stdin']) {
      const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const line = `cat '${part}' | '${process.execPath}' '${bin}' merge ${name} --format json`
        execFile('bash', ['-c', line], (err, stdout, stderr) =>
          resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
        )
      })
      expect(out.stderr).toBe('')
      expect(out.code).toBe(1)
      expect(JSON.parse(out.stdout).summary.accounts).toBe(200)
    }
  }, 30_000)

  it('nothing to merge is an input error (exit 2), never a report of 0 accounts', async () => {
    for (const stdin of ['', 'not json\n{"also":"not a result"}\n']) {
      const r = await run(['merge'], stdin)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/no batch results in standard input/)
    }
    const empty = join(dir, 'empty.jsonl')
    writeFileSync(empty, '')
    expect((await run(['merge', empty])).code).toBe(2)
  })

  it('a terminal on standard input and no file is a usage error, not a wait', async () => {
    let stderr = ''
    const io: Io = {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stderrColumns: 0,
      stdinIsTTY: true,
      readStdin: () => new Promise(() => undefined),
      writeFile: async () => undefined,
      readFile: async () => '',
    }
    expect(await createProgram(io).run(['merge'])).toBe(2)
    expect(stderr).toMatch(/pipe them in, or name the files/)
  })
})

describe('shards run in different languages', () => {
  it('merge into one report in the language of the merge: causes are stored as ids, said at report time', async () => {
    const port = await refusedPort()
    const rows = ['address,host,protocols,port,security']
    for (let i = 0; i < 6; i++) rows.push(`lang${i}@x.test,127.0.0.1,imap,${port},tls`)
    const file = join(dir, 'langs.csv')
    writeFileSync(file, rows.join('\n') + '\n')
    const streams = [join(dir, 'lang-it.jsonl'), join(dir, 'lang-en.jsonl')]
    const langs = ['it', 'en']
    for (const [i, stream] of streams.entries()) {
      const r = await run(
        ['batch', file, '--shard', `${i + 1}/2`, '--lang', langs[i], '--timeout', '1'].concat([
          '--workers',
          '1',
          '--format',
          'jsonl',
          '--stream',
          stream,
        ]),
      )
      expect(r.code, r.stderr).toBe(1)
    }
    // The results files hold no text of either language: ids and parameters.
    const stored = streams.flatMap((s) => readFileSync(s, 'utf8').split('\n').filter(Boolean))
    expect(stored.length).toBe(6)
    for (const line of stored) {
      const { findings } = JSON.parse(line) as { findings: Array<Record<string, unknown>> }
      expect(findings.length).toBeGreaterThan(0)
      for (const f of findings) expect(Object.keys(f).sort()).toEqual(['cause', 'endpoints', 'params', 'severity'])
    }
    const { renderCause } = await import('../src/i18n/catalogue.js')
    for (const lang of ['en', 'it'] as const) {
      const other = lang === 'en' ? 'it' : 'en'
      const merged = await run(['merge', ...streams, '--lang', lang, '--format', 'json'])
      expect(merged.code, merged.stderr).toBe(1)
      const report = JSON.parse(merged.stdout) as {
        lang: string
        summary: { byCause: Array<{ cause: string; title: string }> }
        results: Array<{
          findings: Array<{ cause: string; title: string; fixes: string[]; params: Record<string, unknown> }>
        }>
      }
      expect(report.lang).toBe(lang)
      const findings = report.results.flatMap((r) => r.findings)
      expect(findings.length).toBeGreaterThanOrEqual(6)
      for (const f of findings) {
        const want = renderCause(f.cause, lang, f.params)
        expect(f.title).toBe(want.title)
        expect(f.fixes).toEqual(want.fixes)
        expect(merged.stdout).not.toContain(JSON.stringify(renderCause(f.cause, other, f.params).title))
      }
      for (const c of report.summary.byCause) expect(c.title).toBe(renderCause(c.cause, lang, {}).title)
      const table = await run(['merge', ...streams, '--lang', lang])
      for (const f of findings) expect(table.stdout).not.toContain(renderCause(f.cause, other, f.params).title)
    }
  })
})
