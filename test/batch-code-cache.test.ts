// `maildoctor batch` and its worker threads run their bundles with V8's code cache (bin/code-cache.js,
// the check's): the first batch of a build makes them as it and its threads end, the next ones read
// them, and the check's caches and the batch's live side by side, each replacing only its own older builds.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
const buildOf = (bundle: string) =>
  /^\/\/ (maildoctor-[\w.-]+)\n/.exec(readFileSync(join(PACKAGE_ROOT, 'dist', 'cli', bundle), 'utf8'))?.[1]
const folder = (tmp: string) => join(tmp, `maildoctor-code-cache${process.getuid ? `-${process.getuid()}` : ''}`)
/** A bundle's one cache file in the folder (its name ends with a hash of the bundle's path). */
const cacheOf = (tmp: string, kind: string, bundle: string) => {
  const prefix = `${kind}${buildOf(bundle)}-${process.version}-${process.arch}-`
  const names = readdirSync(folder(tmp)).filter(
    (n) => n.startsWith(prefix) && /^[0-9a-f]{8}\.bin$/.test(n.slice(prefix.length)),
  )
  expect(names).toHaveLength(1)
  return join(folder(tmp), names[0])
}
const workerCache = (tmp: string) => cacheOf(tmp, 'batch-worker-', 'batch-worker.cjs')
const batchCache = (tmp: string) => cacheOf(tmp, 'batch-', 'batch.cjs')
const newTmp = () => mkdtempSync(join(tmpdir(), 'maildoctor-batch-cache-'))

/** Runs the CLI with `tmp` as the temporary folder; its exit code. */
async function cli(tmp: string, args: string[]): Promise<number> {
  const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, NODE_DISABLE_COMPILE_CACHE: '' }
  const run = await promisify(execFile)(process.execPath, [BIN, ...args], { timeout: 30_000, env }).then(
    () => ({ code: 0 }),
    (e: { code: number }) => e,
  )
  return run.code
}

/** A batch of two accounts of a refused port, on two threads: each thread checks one. */
async function batchIn(tmp: string): Promise<number> {
  const port = await refusedPort()
  const file = join(tmp, 'accounts.csv')
  writeFileSync(file, `host,protocols,port,security\n127.0.0.1,imap,${port},tls\n127.0.0.2,imap,${port},tls\n`)
  return cli(tmp, ['batch', file, '--workers', '2', '--format', 'json', '--output', join(tmp, 'report.json')])
}

describe("a batch's code caches", () => {
  it('are made by the first batch of a build, in the private folder, and read by the next', async () => {
    const tmp = newTmp()
    expect(buildOf('batch-worker.cjs')).toMatch(/^maildoctor-\d+\.\d+\.\d+.*-[0-9a-f]{16}$/)
    expect(buildOf('batch.cjs')).toMatch(/^maildoctor-\d+\.\d+\.\d+.*-[0-9a-f]{16}$/)
    // Exit 1: the accounts have problems (the port refuses); the report is written.
    expect(await batchIn(tmp)).toBe(1)
    const made = [statSync(batchCache(tmp)), statSync(workerCache(tmp))]
    for (const cache of made) {
      expect(cache.size).toBeGreaterThan(10_000)
      if (process.getuid) expect(cache.mode & 0o777).toBe(0o600)
    }
    expect(JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8')).summary.accounts).toBe(2)
    // Accepted, they are not made again.
    expect(await batchIn(tmp)).toBe(1)
    expect([statSync(batchCache(tmp)).mtimeMs, statSync(workerCache(tmp)).mtimeMs]).toEqual(made.map((m) => m.mtimeMs))
  }, 60_000)

  it("leaves the check's cache alone, and the check leaves the worker's", async () => {
    const tmp = newTmp()
    const port = await refusedPort()
    await cli(tmp, ['check', '127.0.0.1', '--imap', '--port', String(port), '--security', 'tls', '--json'])
    const [checkCache] = readdirSync(folder(tmp))
    expect(checkCache).toMatch(/^maildoctor-/)
    expect(await batchIn(tmp)).toBe(1)
    const [worker, batch] = [workerCache(tmp), batchCache(tmp)].map((f) => basename(f))
    expect(readdirSync(folder(tmp)).sort()).toEqual([checkCache, worker, batch].sort())
    // A check that makes its cache again removes older builds of its own only: an older worker cache stays.
    const older = worker.replace(buildOf('batch-worker.cjs')!, 'maildoctor-0.0.1-0123456789abcdef')
    writeFileSync(join(folder(tmp), older), 'x')
    writeFileSync(join(folder(tmp), checkCache), 'rejected')
    await cli(tmp, ['check', '127.0.0.1', '--imap', '--port', String(port), '--security', 'tls', '--json'])
    expect(readdirSync(folder(tmp)).sort()).toEqual([checkCache, older, worker, batch].sort())
    expect(statSync(join(folder(tmp), checkCache)).size).toBeGreaterThan(10_000)
    // A batch that makes the worker's again removes the older worker cache, not the check's.
    writeFileSync(workerCache(tmp), 'rejected')
    expect(await batchIn(tmp)).toBe(1)
    expect(readdirSync(folder(tmp)).sort()).toEqual([checkCache, worker, batch].sort())
    expect(statSync(workerCache(tmp)).size).toBeGreaterThan(10_000)
  }, 60_000)
})
