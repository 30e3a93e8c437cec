// The CLI starts like a native tool: `--help` and a one-endpoint check load the bundle's small
// entry and what a check needs, never the libraries of rarely used commands; `check` starts from a
// bundle of its own, its code in one file; the demo's fixture servers are reached from src/
// through one module only, and their libraries live in its chunk.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { build, type Metafile } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { bundleOptions, checkBundleOptions } from '../scripts/bundle.mjs'
import { PACKAGE_ROOT } from '../src/package-root.js'

const HEAVY = [
  'imapflow',
  'nodemailer',
  'node-pop3',
  'ora',
  'yaml',
  'csv-parse',
  'fast-xml-parser',
  'node-forge',
  'smtp-server',
  'dns2',
]
const DEMO_ONLY = ['smtp-server', 'dns2', 'node-forge', 'fixtures/']

let outputs: Metafile['outputs']
beforeAll(async () => {
  const quiet = { write: false, metafile: true, logLevel: 'silent' } as const
  const [cli, check] = await Promise.all([
    build({ ...bundleOptions, ...quiet }),
    build({ ...checkBundleOptions, ...quiet }),
  ])
  outputs = { ...cli.metafile.outputs, ...check.metafile.outputs }
}, 60_000)

/** The output file whose name starts with `name`, and every file it imports statically. */
function loadedWith(name: string): string[] {
  const start = Object.keys(outputs).find((o) => o.startsWith(`dist/cli/${name}`) && o.endsWith('.js'))
  if (!start) throw new Error(`no output ${name}`)
  const seen = new Set([start])
  for (const file of seen)
    for (const i of outputs[file].imports) if (i.kind === 'import-statement' && outputs[i.path]) seen.add(i.path)
  return [...seen]
}
const inputsOf = (files: string[]) => files.flatMap((f) => Object.keys(outputs[f].inputs))
/** Node's own modules a file set loads as it starts (each as the bundle requires it). */
const builtinsOf = (files: string[]) =>
  inputsOf(files)
    .filter((i) => i.startsWith('builtin-require:'))
    .map((i) => i.replace(/^builtin-require:(node:)?/, ''))
const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input

describe('the bundled CLI', () => {
  it('starts with commander and the command table only (--help, --version)', () => {
    // The table: the commands, their shared options and the parsers of those options' values.
    const table = [
      'commander',
      'src/cli/main.ts',
      'src/cli/program.ts',
      'src/cli/command-loaders.ts',
      'src/cli/io.ts',
      'src/cli/options.ts',
    ]
    const tableDirs = [
      'src/cli/run-options.ts',
      'src/input/',
      'src/model/',
      'src/i18n/locale.ts',
      'src/package-root.ts',
    ]
    // Node's own modules, as the bundle requires them.
    const node = /^(builtin-require|on-use):/
    const inTable = (i: string) => table.includes(i) || tableDirs.some((d) => i.startsWith(d)) || node.test(i)
    const loaded = inputsOf(loadedWith('maildoctor.js')).map(packageOf)
    expect(loaded.filter((i) => !inTable(i))).toEqual([])
    expect(loaded).toContain('commander')
  })

  it('checks an endpoint without loading a login, report-format, spinner or demo library, nor the HTML report', () => {
    const loaded = new Set(inputsOf(loadedWith('check/maildoctor.js')).map(packageOf))
    expect(HEAVY.filter((p) => loaded.has(p))).toEqual([])
    expect(loaded.has('src/report/html.ts')).toBe(false)
    // The classifier's rule tables load only when a check has a server's text to read.
    expect([...loaded].filter((i) => i.startsWith('src/diagnose/rules/'))).toEqual([])
    expect([...loaded].filter((i) => i.startsWith('fixtures/'))).toEqual([])
    // Discovery (autoconfig over HTTPS) only when a check discovers; another command never.
    expect([...loaded].filter((i) => i.startsWith('src/discover/'))).toEqual([])
    expect([...loaded].filter((i) => /^src\/cli\/(?!check-)[a-z-]+-command\.ts$/.test(i))).toEqual([])
  })

  it("starts a check from one file and a few small chunks, with Node's modules a check uses only", () => {
    // Each ES module costs a start its resolution, read, compilation and linking (~0.5 ms): the
    // whole CLI's bundle split a check into 29 files. What stays apart is what a check shares with
    // the code it loads on demand (discovery, the HTML report, the classifier's tables — which read
    // the provider table too, to know a published server name: that split one more 1 kB chunk off).
    const files = loadedWith('check/maildoctor.js')
    expect(files.length).toBeLessThanOrEqual(9)
    // node:dns loads with the first name to resolve (an address needs none).
    expect(builtinsOf(files).sort()).toEqual([
      'crypto',
      'events',
      'fs',
      'fs/promises',
      'net',
      'path',
      'tls',
      'tty',
      'url',
    ])
  })

  it("keeps the demo's servers and their libraries in the demo's chunk", () => {
    const demo = new Set(loadedWith('demo-command'))
    const elsewhere = Object.keys(outputs).filter(
      (o) => !demo.has(o) && inputsOf([o]).some((i) => DEMO_ONLY.some((d) => i.includes(d))),
    )
    expect(elsewhere).toEqual([])
    expect(DEMO_ONLY.filter((d) => !inputsOf([...demo]).some((i) => i.includes(d)))).toEqual([])
  })
})

describe('the built bundle (npm test builds it)', () => {
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, [join(PACKAGE_ROOT, 'dist', 'cli', 'maildoctor.js'), ...args], {
      timeout: 30_000,
    }).catch((e: { stdout: string; code: number }) => e)

  it("runs a check from the check's own bundle, and other commands from the whole CLI's", async () => {
    const bin = (...args: string[]) =>
      promisify(execFile)(process.execPath, [join(PACKAGE_ROOT, 'bin', 'maildoctor.js'), ...args], {
        timeout: 30_000,
      }).catch((e: { stdout: string; code: number }) => e)
    const port = await refusedPort()
    const check = await bin('check', '127.0.0.1', '--imap', '--port', String(port), '--security', 'tls', '--json')
    expect(JSON.parse(check.stdout).findings.map((f: { cause: string }) => f.cause)).toEqual(['tcp_refused'])
    const checkHelp = (await bin('check', '--help')).stdout
    expect(checkHelp).toBe((await cli('check', '--help')).stdout)
    expect((await bin('explain', '535 5.7.8 Error: authentication failed', '--json')).stdout).toContain('"cause"')
  })

  it("prints the build's copy of the help for a bare --help, the same text commander prints", async () => {
    const bin = (...args: string[]) =>
      promisify(execFile)(process.execPath, [join(PACKAGE_ROOT, 'bin', 'maildoctor.js'), ...args], { timeout: 30_000 })
    const fromCommander = (await cli('--help')).stdout
    expect(readFileSync(join(PACKAGE_ROOT, 'dist', 'cli', 'help.txt'), 'utf8')).toBe(fromCommander)
    expect((await bin('--help')).stdout).toBe(fromCommander)
    expect((await bin('-h')).stdout).toBe(fromCommander)
    // Anything more than a bare --help goes to commander.
    expect((await bin('check', '--help')).stdout).toContain('--password-env')
  })

  // A CommonJS library imported on demand (yaml) keeps its named exports in a split bundle.
  it('reads a YAML batch file and a maildoctor.yml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-bundle-'))
    const port = await refusedPort()
    writeFileSync(
      join(dir, 'accounts.yaml'),
      `- host: 127.0.0.1\n  protocols: imap\n  port: ${port}\n  security: tls\n`,
    )
    const batch = await cli('batch', join(dir, 'accounts.yaml'), '--format', 'json')
    expect(JSON.parse(batch.stdout).summary.byCause.map((c: { cause: string }) => c.cause)).toEqual(['tcp_refused'])
    writeFileSync(join(dir, 'maildoctor.yml'), 'targets:\n  - host: 127.0.0.1\n    expect: { pop3: disabled }\n')
    const run = await cli('run', join(dir, 'maildoctor.yml'), '--format', 'json', '--timeout', '2')
    expect(JSON.parse(run.stdout).targets[0].outcomes[0]).toMatchObject({ expectation: 'pop3', expected: 'disabled' })
  }, 60_000)
})

describe('src', () => {
  it('imports fixtures/ from the demo module only', () => {
    const src = join(PACKAGE_ROOT, 'src')
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    const importers = files.filter((f) =>
      /(?:from|import)\s*\(?\s*['"][^'"]*\/fixtures\//.test(readFileSync(join(src, f), 'utf8')),
    )
    expect(importers.map((f) => relative(PACKAGE_ROOT, join(src, f)))).toEqual(['src/demo/demo-servers.ts'])
  })
})
