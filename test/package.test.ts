// The package as people get it: what `npm pack` puts in the tarball, the CLI installed globally
// from it and run from another folder, and the library imported (and type-checked) by a scratch
// project outside the repository. Run after a build (npm test builds first): the tarball holds dist/.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { reportSchemaErrors } from './schema.js'

const exec = promisify(execFile)
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']
const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version
const work = mkdtempSync(join(tmpdir(), 'maildoctor-package-'))
let tarball = ''

beforeAll(async () => {
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: PACKAGE_ROOT,
  })
  tarball = join(work, (JSON.parse(stdout) as Array<{ filename: string }>)[0].filename)
}, 120_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('npm pack', () => {
  it('ships what runs and nothing else: no key, no fixture or test source, no bench', async () => {
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: PACKAGE_ROOT })
    const files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path)
    expect(
      files.filter(
        (f) =>
          /\.(key|pem|p12)$/i.test(f) ||
          /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(readFileSync(join(PACKAGE_ROOT, f), 'utf8')),
      ),
    ).toEqual([])
    expect(files.filter((f) => /\.ts$/.test(f) && !/^dist\/src\/.*\.d\.ts$/.test(f))).toEqual([])
    expect(
      files.filter((f) => /^(bench|test|fixtures|src|examples)\//.test(f) || /^dist\/(bench|test)\//.test(f)),
    ).toEqual([])
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'bin/maildoctor.js',
        'schema/report-v1.json',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/cli/maildoctor.js',
        'dist/cli/batch-worker.cjs',
        'dist/cli/batch.cjs',
        'bin/code-cache.js',
      ]),
    )
    // The demo's fixture servers are inside the CLI bundle's demo chunk: none ships on its own.
    expect(files.filter((f) => /^dist\/(fixtures|src\/demo)\//.test(f))).toEqual([])
  })
})

describe('installed globally from the tarball', () => {
  const prefix = join(work, 'prefix')
  const elsewhere = mkdtempSync(join(tmpdir(), 'maildoctor-elsewhere-'))
  const maildoctor = (...args: string[]) =>
    exec(join(prefix, 'bin', 'maildoctor'), args, { cwd: elsewhere, timeout: 60_000 })
  beforeAll(
    () => exec('npm', ['install', '-g', '--prefix', prefix, ...NPM_FLAGS, tarball], { cwd: elsewhere }),
    120_000,
  )
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }))

  it('answers --version and check --help from another folder', async () => {
    expect((await maildoctor('--version')).stdout.trim()).toBe(version)
    const help = (await maildoctor('check', '--help')).stdout
    expect(help).toMatch(/--security <mode>/)
    expect(help).toMatch(/--password-env <var>/)
  })

  it('runs the demo (certificates made at start, no key file) and exits 0', async () => {
    // The test servers' libraries are bundled into the demo: an install does not get them.
    const installed = readdirSync(join(prefix, 'lib', 'node_modules', 'maildoctor', 'node_modules'))
    expect(installed.filter((p) => ['smtp-server', 'dns2', 'node-forge'].includes(p))).toEqual([])
    const { stdout, stderr } = await maildoctor('demo', '--lang', 'en')
    expect(stderr).toBe('')
    for (const title of [
      'Expired certificate',
      'An antivirus intercepts TLS',
      'Certificate for another name',
      'Good login on IMAP, POP3 and SMTP',
    ])
      expect(stdout).toContain(title)
    expect(stdout).toContain('[tls_cert_expired]')
    expect(stdout).toContain('[tls_intercepted_by_antivirus]')
  }, 60_000)

  it('prints a bash completion script that bash accepts', async () => {
    const script = join(elsewhere, 'maildoctor.bash')
    writeFileSync(script, (await maildoctor('completion', 'bash')).stdout)
    await exec('bash', ['-n', script])
  })
})

describe('the library from a scratch project', () => {
  const project = join(work, 'scratch')
  beforeAll(async () => {
    await exec('mkdir', ['-p', project])
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }))
    await exec('npm', ['install', ...NPM_FLAGS, tarball], { cwd: project })
  }, 120_000)

  it("`import { check } from 'maildoctor'` type-checks, runs, and its report matches the schema", async () => {
    const port = await refusedPort()
    writeFileSync(
      join(project, 'main.ts'),
      [
        "import { check, explain, runBatch, type AccountResult, type CheckOptions, type Report } from 'maildoctor'",
        `const options: CheckOptions = { host: '127.0.0.1', protocols: ['imap'], port: ${port}, security: ` +
          `'tls', timeoutMs: 1000 }`,
        'const report: Report = await check(options)',
        "const explained = explain('535 5.7.8 Username and Password not accepted', { provider: 'gmail' })",
        'const results: AccountResult[] = []',
        "await runBatch([{ host: 'not a host' }], (r) => void results.push(r))",
        '// @ts-expect-error a protocol outside the vocabulary does not type-check',
        "const wrong: CheckOptions = { host: 'x', protocols: ['ftp'] }",
        'console.log(JSON.stringify({ report, explained: explained.cause, batch: results[0].inputError, ' +
          'wrong: Boolean(wrong) }))',
        '',
      ].join('\n'),
    )
    const tsc = join(PACKAGE_ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
    const types = join(PACKAGE_ROOT, 'node_modules', '@types')
    await exec(
      process.execPath,
      [
        tsc,
        '--strict',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--typeRoots',
        types,
        '--types',
        'node',
        'main.ts',
      ],
      { cwd: project },
    )
    const out = JSON.parse((await exec(process.execPath, ['main.js'], { cwd: project, timeout: 30_000 })).stdout)
    expect(out.report.findings.map((f: { cause: string }) => f.cause)).toEqual(['tcp_refused'])
    expect(reportSchemaErrors(out.report)).toEqual([])
    expect(out.explained).toBe('auth_app_password_required')
    expect(out.batch).toMatch(/host is not a host name/)
  }, 60_000)

  it('publishes the schema of the report', async () => {
    const probe = "console.log(import.meta.resolve('maildoctor/schema/report-v1.json'))"
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', probe], { cwd: project })
    const schema = JSON.parse(readFileSync(new URL(stdout.trim()), 'utf8')) as { title: string }
    expect(schema.title).toMatch(/report, schema version 1/)
  })
})
