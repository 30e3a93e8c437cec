// `maildoctor check` compiles its bundle with V8's code cache (bin/maildoctor.js): a cache is made
// once per build, in a folder of this user's own, and read by the next check; one that is wrong,
// planted or unreachable costs only the compilation, never the check.
import { execFile } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const BUNDLE = join(PACKAGE_ROOT, 'dist', 'cli', 'check', 'maildoctor.cjs')

/** A check of a refused port, run with `tmp` as the temporary folder: the causes it found. */
async function checkIn(tmp: string, env: Record<string, string> = {}): Promise<string[]> {
  const port = await refusedPort()
  const args = ['check', '127.0.0.1', '--imap', '--port', String(port), '--security', 'tls', '--json']
  const run = await promisify(execFile)(process.execPath, [join(PACKAGE_ROOT, 'bin', 'maildoctor.js'), ...args], {
    timeout: 30_000,
    env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, NODE_DISABLE_COMPILE_CACHE: '', ...env },
  }).catch((e: { stdout: string }) => e)
  return JSON.parse(run.stdout).findings.map((f: { cause: string }) => f.cause)
}
const build = () => /^\/\/ (maildoctor-[\w.-]+)\n/.exec(readFileSync(BUNDLE, 'utf8'))?.[1]
const folder = (tmp: string) => join(tmp, `maildoctor-code-cache${process.getuid ? `-${process.getuid()}` : ''}`)
const cacheFile = (tmp: string) => join(folder(tmp), `${build()}-${process.version}-${process.arch}.bin`)
const newTmp = () => mkdtempSync(join(tmpdir(), 'maildoctor-cache-'))

describe("the check's code cache", () => {
  it('runs a bundle without import(): a vm.Script has no module loader', () => {
    const code = readFileSync(BUNDLE, 'utf8')
    expect(code.match(/\bimport\([^)]{0,40}/g) ?? []).toEqual([])
    expect(code).toContain('require("./classify.cjs")')
  })

  it('is made by the first check, in a private folder named after the build, and read by the next', async () => {
    const tmp = newTmp()
    expect(build()).toMatch(/^maildoctor-\d+\.\d+\.\d+.*-[0-9a-f]{16}$/)
    expect(await checkIn(tmp)).toEqual(['tcp_refused'])
    const made = statSync(cacheFile(tmp))
    expect(made.size).toBeGreaterThan(10_000)
    if (process.getuid) {
      expect(statSync(folder(tmp)).mode & 0o777).toBe(0o700)
      expect(made.mode & 0o777).toBe(0o600)
    }
    // Accepted, the cache is not made again.
    expect(await checkIn(tmp)).toEqual(['tcp_refused'])
    expect(statSync(cacheFile(tmp)).mtimeMs).toBe(made.mtimeMs)
  }, 60_000)

  it('is made again when V8 rejects it, and the check still runs', async () => {
    const tmp = newTmp()
    mkdirSync(folder(tmp), { mode: 0o700 })
    writeFileSync(cacheFile(tmp), 'not a code cache')
    expect(await checkIn(tmp)).toEqual(['tcp_refused'])
    expect(statSync(cacheFile(tmp)).size).toBeGreaterThan(10_000)
  }, 60_000)

  it("removes an older build's cache as it makes its own", async () => {
    const tmp = newTmp()
    mkdirSync(folder(tmp), { mode: 0o700 })
    writeFileSync(join(folder(tmp), `maildoctor-0.0.1-0123456789abcdef-${process.version}-${process.arch}.bin`), 'x')
    expect(await checkIn(tmp)).toEqual(['tcp_refused'])
    expect(readdirSync(folder(tmp))).toEqual([basename(cacheFile(tmp))])
  }, 60_000)

  it.runIf(process.getuid)(
    'is never read from, nor written to, a folder others can write into',
    async () => {
      const tmp = newTmp()
      mkdirSync(folder(tmp))
      chmodSync(folder(tmp), 0o777)
      writeFileSync(cacheFile(tmp), 'planted')
      expect(await checkIn(tmp)).toEqual(['tcp_refused'])
      expect(readFileSync(cacheFile(tmp), 'utf8')).toBe('planted')
    },
    60_000,
  )

  it('is off with NODE_DISABLE_COMPILE_CACHE, as Node 22 has it', async () => {
    const tmp = newTmp()
    expect(await checkIn(tmp, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(['tcp_refused'])
    expect(readdirSync(tmp)).toEqual([])
  }, 60_000)

  it('is never made in the current folder: a relative TMPDIR is not used', async () => {
    const cwd = newTmp()
    mkdirSync(join(cwd, 'relative'))
    const port = await refusedPort()
    const args = ['check', '127.0.0.1', '--imap', '--port', String(port), '--security', 'tls', '--json']
    await promisify(execFile)(process.execPath, [join(PACKAGE_ROOT, 'bin', 'maildoctor.js'), ...args], {
      cwd,
      timeout: 30_000,
      env: { ...process.env, TMPDIR: 'relative', NODE_DISABLE_COMPILE_CACHE: '' },
    }).catch(() => undefined)
    expect(readdirSync(join(cwd, 'relative'))).toEqual([])
  }, 60_000)

  it('is not needed: a temporary folder that cannot be written costs only the compilation', async () => {
    expect(await checkIn(join(tmpdir(), 'maildoctor-no-such-folder', 'deeper'))).toEqual(['tcp_refused'])
  }, 60_000)
})
