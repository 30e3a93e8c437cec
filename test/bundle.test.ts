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
import { bundleOptions, checkBundleOptions, checkOnDemandOptions } from '../scripts/bundle.mjs'
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
let checkInputs: Metafile['inputs']
let onDemand: Metafile
beforeAll(async () => {
  const quiet = { write: false, metafile: true, logLevel: 'silent' } as const
  const [cli, check, checkOnDemand] = await Promise.all([
    build({ ...bundleOptions, ...quiet }),
    build({ ...checkBundleOptions, ...quiet }),
    build({ ...checkOnDemandOptions, ...quiet }),
  ])
  outputs = { ...cli.metafile.outputs, ...check.metafile.outputs }
  checkInputs = check.metafile.inputs
  onDemand = checkOnDemand.metafile
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
/**
 * The modules the check's one-file bundle runs as it starts: what its entry imports or requires,
 * and so on. What is reached through import() only is in the file as a function run on first use,
 * or in a file of its own beside it.
 */
function checkStartInputs(): string[] {
  const seen = new Set(['src/cli/main.ts'])
  for (const input of seen)
    for (const i of checkInputs[input].imports) if (i.kind !== 'dynamic-import' && checkInputs[i.path]) seen.add(i.path)
  return [...seen]
}
/** Node's own modules among a bundle's inputs (each as the bundle requires it). */
const builtinsOf = (inputs: string[]) =>
  inputs.filter((i) => i.startsWith('builtin-require:')).map((i) => i.replace(/^builtin-require:(node:)?/, ''))
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
    const loaded = new Set(checkStartInputs().map(packageOf))
    expect(HEAVY.filter((p) => loaded.has(p))).toEqual([])
    expect(loaded.has('src/report/html.ts')).toBe(false)
    // The classifier's rule tables load only when a check has a server's text to read.
    expect([...loaded].filter((i) => i.startsWith('src/diagnose/rules/'))).toEqual([])
    expect([...loaded].filter((i) => i.startsWith('fixtures/'))).toEqual([])
    // Discovery (autoconfig over HTTPS) only when a check discovers; another command never.
    expect([...loaded].filter((i) => i.startsWith('src/discover/'))).toEqual([])
    expect([...loaded].filter((i) => /^src\/cli\/(?!check-)[a-z-]+-command\.ts$/.test(i))).toEqual([])
  })

  it("starts a check from one CommonJS file, with Node's modules a check uses only", () => {
    // ES modules cost a start their loader (each file resolved as a URL, read, linked): the check's
    // bundle is one CommonJS file; what it loads on demand is a function in it, or a file beside it.
    const checkFiles = Object.keys(outputs).filter((o) => o.startsWith('dist/cli/check/'))
    expect(checkFiles.filter((o) => !o.endsWith('.LEGAL.txt'))).toEqual(['dist/cli/check/maildoctor.cjs'])
    // node:dns loads with the first name to resolve (an address needs none).
    expect(builtinsOf(checkStartInputs()).sort()).toEqual([
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

  it('keeps what a check loads on demand in files of their own: the classifier repeats only stateless modules', () => {
    const files = Object.keys(onDemand.outputs).filter((o) => o.endsWith('.cjs'))
    expect(files.map((f) => f.replace('dist/cli/check/', '')).sort()).toEqual([
      'classify.cjs',
      'dotenv.cjs',
      'ora.cjs',
      'xml-parser.cjs',
    ])
    // A module in two files runs twice, each copy with its own state: the classifier's file may
    // repeat the check's modules only if they hold none (no module-level let or var).
    const repeated = Object.keys(onDemand.inputs).filter((i) => i.startsWith('src/') && checkInputs[i])
    expect(repeated).toContain('src/protocols/index.ts')
    const stateful = repeated.filter((i) => /^(export )?(let|var) /m.test(readFileSync(join(PACKAGE_ROOT, i), 'utf8')))
    expect(stateful).toEqual([])
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
