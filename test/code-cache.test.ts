// `maildoctor check` compiles its bundle with V8's code cache (bin/maildoctor.js): a cache is made
// once per build, in a folder of this user's own, and read by the next check; one that is wrong,
// planted or unreachable costs only the compilation, never the check.
import { execFile } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { PACKAGE_ROOT } from '../src/package-root.js'

const BUNDLE = join(PACKAGE_ROOT, 'dist', 'cli', 'check', 'maildoctor.cjs')

/**
 * A check of a refused port, run with `tmp` as the temporary folder (by the bin of `root`, with
 * `node` options before it): the causes it found.
 */
async function checkIn(tmp: string, env: Record<string, string> = {}, root = PACKAGE_ROOT, node: string[] = []) {
  const port = await refusedPort()
  const args = ['check', '127.0.0.1', '--imap', '--port', String(port), '--security', 'tls', '--json']
  const run = await promisify(execFile)(process.execPath, [...node, join(root, 'bin', 'maildoctor.js'), ...args], {
    timeout: 30_000,
    env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, NODE_DISABLE_COMPILE_CACHE: '', ...env },
  }).catch((e: { stdout: string }) => e)
  return JSON.parse(run.stdout).findings.map((f: { cause: string }) => f.cause) as string[]
}
const build = () => /^\/\/ (maildoctor-[\w.-]+)\n/.exec(readFileSync(BUNDLE, 'utf8'))?.[1]
const folder = (tmp: string) => join(tmp, `maildoctor-code-cache${process.getuid ? `-${process.getuid()}` : ''}`)
/** The one cache file in the folder (its name ends with a hash of the bundle's path). */
const cacheFile = (tmp: string) => {
  const prefix = `${build()}-${process.version}-${process.arch}-`
  const names = readdirSync(folder(tmp)).filter((n) => n.startsWith(prefix))
  expect(names).toHaveLength(1)
  expect(names[0].slice(prefix.length)).toMatch(/^[0-9a-f]{8}\.bin$/)
  return join(folder(tmp), names[0])
}
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
    await checkIn(tmp)
    const file = cacheFile(tmp)
    writeFileSync(file, 'not a code cache')
    expect(await checkIn(tmp)).toEqual(['tcp_refused'])
    expect(statSync(file).size).toBeGreaterThan(10_000)
  }, 60_000)

  it("removes this install's older builds and month-old caches as it makes its own, not other installs'", async () => {
    const tmp = newTmp()
    await checkIn(tmp)
    const mine = basename(cacheFile(tmp))
    const install = mine.slice(-'0123abcd.bin'.length)
    const plant = (name: string, daysOld = 0) => {
      writeFileSync(join(folder(tmp), name), 'x')
      const when = new Date(Date.now() - daysOld * 24 * 3600 * 1000)
      utimesSync(join(folder(tmp), name), when, when)
      return name
    }
    const tail = `${process.version}-${process.arch}`
    plant(`maildoctor-0.0.1-0123456789abcdef-${tail}-${install}`)
    const otherInstall = plant(`${build()}-${tail}-0badc0de.bin`, 2)
    plant(`${build()}-${tail}-0ddba11a.bin`, 31)
    rmSync(join(folder(tmp), mine))
    expect(await checkIn(tmp)).toEqual(['tcp_refused'])
    expect(readdirSync(folder(tmp)).sort()).toEqual([otherInstall, mine].sort())
  }, 60_000)

  it("keeps each install's own file names: two installs of one build never share a cache", async () => {
    // V8 keeps the file name a cache was made with: read by another install, its stack traces and
    // profiles would name the first install's files.
    const tmp = newTmp()
    const installs = ['a', 'b'].map((name) => {
      const root = join(tmp, name)
      mkdirSync(join(root, 'dist', 'cli'), { recursive: true })
      cpSync(join(PACKAGE_ROOT, 'bin'), join(root, 'bin'), { recursive: true })
      cpSync(join(PACKAGE_ROOT, 'package.json'), join(root, 'package.json'))
      cpSync(join(PACKAGE_ROOT, 'dist', 'cli', 'check'), join(root, 'dist', 'cli', 'check'), { recursive: true })
      return root
    })
    expect(await checkIn(tmp, {}, installs[0])).toEqual(['tcp_refused'])
    expect(await checkIn(tmp, {}, installs[1])).toEqual(['tcp_refused'])
    const profiles = join(tmp, 'profiles')
    expect(await checkIn(tmp, {}, installs[1], ['--cpu-prof', '--cpu-prof-dir', profiles])).toEqual(['tcp_refused'])
    const [profile] = readdirSync(profiles)
    const nodes = JSON.parse(readFileSync(join(profiles, profile), 'utf8')).nodes as Array<{
      callFrame: { url: string }
    }>
    const urls = new Set(nodes.map((n) => n.callFrame.url).filter((url) => url.endsWith('maildoctor.cjs')))
    expect([...urls]).toEqual([pathToFileURL(join(installs[1], 'dist', 'cli', 'check', 'maildoctor.cjs')).href])
  }, 60_000)

  it.runIf(process.getuid)(
    'is never read from, nor written to, a folder others can write into',
    async () => {
      const made = newTmp()
      await checkIn(made)
      const tmp = newTmp()
      mkdirSync(folder(tmp))
      chmodSync(folder(tmp), 0o777)
      const planted = join(folder(tmp), basename(cacheFile(made)))
      writeFileSync(planted, 'planted')
      expect(await checkIn(tmp)).toEqual(['tcp_refused'])
      expect(readdirSync(folder(tmp))).toEqual([basename(planted)])
      expect(readFileSync(planted, 'utf8')).toBe('planted')
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
