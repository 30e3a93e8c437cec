// The batch results file: what a report is rendered from, without holding the results in memory.
import fs, { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AccountResult } from '../src/batch/result.js'
import { summarize } from '../src/batch/result.js'
import { ResultSpool } from '../src/batch/spool.js'
import { BATCH_FORMATS, renderBatchReport } from '../src/report/batch/formats.js'
import type { BatchReport } from '../src/report/batch/model.js'
import { localiseAccount, localiseSummary } from '../src/report/batch/localise.js'

const result = (line: number, extra: Partial<AccountResult> = {}): AccountResult => ({
  line,
  key: `k${line}`,
  address: `u${line}@example.test`,
  ok: true,
  errors: 0,
  warnings: 0,
  findings: [],
  endpoints: [],
  attempts: 1,
  durationMs: 10 * line,
  ...extra,
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('result spool', () => {
  it('reads back in line order whatever order the accounts finished in; the last record of a key wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-'))
    const file = join(dir, 'r.jsonl')
    const spool = ResultSpool.forAppend(file)
    for (const line of [3, 1, 2]) spool.add(result(line))
    spool.add(result(1, { ok: false, errors: 1, attempts: 2 }))
    expect([...spool.results()].map((r) => [r.line, r.attempts])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ])
    spool.close()
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4)
  })

  it('reads the results back a window at a time, not a system call per account; long and scattered lines too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-'))
    const spool = ResultSpool.forAppend(join(dir, 'r.jsonl'))
    const n = 3000
    // Finished about in turn, some a few places late; one line longer than the window.
    const order = Array.from(
      { length: n },
      (_, i) => (i % 10 === 9 ? i - 5 : i % 10 >= 4 && i % 10 < 9 ? i + 1 : i) + 1,
    )
    for (const line of order) spool.add(result(line, line === 1500 ? { address: 'x'.repeat(1.5 * 2 ** 20) } : {}))
    spool.flush()
    const readSync = fs.readSync
    let reads = 0
    fs.readSync = ((...args: Parameters<typeof readSync>) => (reads++, readSync(...args))) as typeof readSync
    syncBuiltinESMExports()
    try {
      const back = [...spool.results()]
      expect(back.map((r) => r.line)).toEqual(Array.from({ length: n }, (_, i) => i + 1))
      expect(back[1499].address).toHaveLength(1.5 * 2 ** 20)
      expect(reads).toBeLessThan(10)
    } finally {
      fs.readSync = readSync
      syncBuiltinESMExports()
      spool.close()
    }
  })

  it('resumes after a cut: the half-written line is skipped and the next record starts on its own line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-'))
    const file = join(dir, 'r.jsonl')
    writeFileSync(file, JSON.stringify(result(1)) + '\n' + JSON.stringify(result(2)).slice(0, 25))
    const spool = ResultSpool.forAppend(file)
    expect(spool.has('k1')).toBe(true)
    expect(spool.has('k2')).toBe(false)
    spool.add(result(2))
    expect([...spool.results()].map((r) => r.line)).toEqual([1, 2])
    spool.close()
    const again = ResultSpool.forAppend(file)
    expect(again.size).toBe(2)
    again.close()
  })

  it('keepExisting: false appends without counting what the file held', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-'))
    const file = join(dir, 'r.jsonl')
    appendFileSync(file, JSON.stringify(result(7)) + '\n')
    const spool = ResultSpool.forAppend(file, { keepExisting: false })
    spool.add(result(1))
    expect([...spool.results()].map((r) => r.line)).toEqual([1])
    spool.close()
  })

  it('a temporary spool leaves nothing behind', () => {
    const spool = ResultSpool.forAppend()
    spool.add(result(1))
    const dir = (spool as unknown as { tempDir: string }).tempDir
    spool.close()
    expect(() => readFileSync(join(dir, 'results.jsonl'))).toThrow(/ENOENT/)
  })

  it('writes queued results within 100 ms, and at once when read back or closed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'spool-')), 'r.jsonl')
    const spool = ResultSpool.forAppend(file)
    spool.add(result(1))
    spool.add(result(2))
    await sleep(250)
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2)
    spool.add(result(3))
    expect([...spool.results()].map((r) => r.line)).toEqual([1, 2, 3])
    spool.add(result(4))
    spool.close()
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4)
  })
})

describe('streamed batch formats', () => {
  const results = [
    result(1),
    result(2, {
      ok: false,
      errors: 1,
      findings: [
        {
          cause: 'tcp_refused',
          severity: 'error',
          params: { host: '"here" & <there>', port: '993' },
          endpoints: [],
        },
      ],
    }),
    result(3, { inputError: 'password_env X is not set', ok: false }),
  ]
  const { summary } = summarize(results, [{ line: 9, message: 'bad row' }])
  const report: BatchReport = {
    schemaVersion: 1,
    tool: { name: 'maildoctor', version: 't' },
    lang: 'en',
    stopped: false,
    summary,
    results,
  }

  it('json is exactly JSON.stringify of the whole report, its causes in words, with and without rows', () => {
    const said = {
      ...report,
      summary: localiseSummary(summary, 'en'),
      results: results.map((r) => localiseAccount(r, 'en')),
    }
    expect(said.results[1].findings[0].title).toMatch(/\w/)
    expect(renderBatchReport('json', report)).toBe(JSON.stringify(said, null, 2) + '\n')
    const empty = { ...report, summary: summarize([], []).summary, results: [] }
    expect(renderBatchReport('json', empty)).toBe(JSON.stringify(empty, null, 2) + '\n')
  })

  it('junit counts failures and time in its head from the summary', () => {
    const xml = renderBatchReport('junit', report)
    // The row that could not be checked is an error, the failing one a failure.
    expect(xml).toMatch(/<testsuites name="maildoctor" tests="3" failures="1" errors="1" time="0.060">/)
    expect(xml.match(/<testcase /g)).toHaveLength(3)
  })

  it('every format renders every account it should, once', () => {
    for (const format of Object.keys(BATCH_FORMATS) as Array<keyof typeof BATCH_FORMATS>) {
      const text = renderBatchReport(format, report)
      if (format === 'table') expect(text.match(/✖/g)).toHaveLength(2)
      else expect(text.match(/u2@example\.test/g)?.length, format).toBeGreaterThanOrEqual(1)
    }
    expect(renderBatchReport('html', report).match(/<tr data-causes/g)).toHaveLength(3)
  })
})

describe("result spool and this run's input", () => {
  it('claim says what an earlier run checked; only claimed and new results are reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spool-'))
    const file = join(dir, 'r.jsonl')
    writeFileSync(file, [result(1), result(2)].map((r) => JSON.stringify(r) + '\n').join(''))
    const spool = ResultSpool.forAppend(file)
    expect(spool.claim('k1')).toBe(true)
    expect(spool.claim('k1')).toBe(true)
    expect(spool.claim('k3')).toBe(false)
    spool.add(result(3))
    expect(spool.claim('k3')).toBe(false)
    spool.dropUnclaimed()
    expect([...spool.results()].map((r) => r.line)).toEqual([1, 3])
    spool.close()
  })
})
