// One parser per kind of value: the same good and bad values fed through every entry point (the
// command line, CSV, JSON-lines and YAML batch rows, maildoctor.yml, POST /api/check) get the same
// verdict. Nothing is checked over the network: each entry is given one more value it refuses
// after the value under test (--timeout 0, lang "fr"); that error, and only it, means "accepted".
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MODULES } from '../src/serve/modules.js'
import { startServe, type RunningServe } from '../src/serve/server.js'
import { runCli } from './cli-harness.js'

type Kind = 'address' | 'host' | 'port' | 'security'
type Verdict = 'accepted' | 'refused'

const VALUES: Array<[Kind, string, Verdict]> = [
  ['address', 'a<b@x.it', 'refused'],
  ['address', 'mario@@libero.it', 'refused'],
  ['address', 'mario@localhost', 'refused'],
  ['address', 'mario@1.2.3.4', 'refused'],
  ['address', 'mario rossi@libero.it', 'refused'],
  ['address', 'Mario.Rossi@Città.it', 'accepted'],
  ['address', 'a.b+tag@example.it', 'accepted'],
  ['host', '1.2.3', 'refused'],
  ['host', 'mail..example.it', 'refused'],
  ['host', '-mail.example.it', 'refused'],
  ['host', 'mail.example.it', 'accepted'],
  ['host', '127.0.0.1', 'accepted'],
  ['host', 'posta.città.it', 'accepted'],
  ['port', '0', 'refused'],
  ['port', '70000', 'refused'],
  ['port', '99x', 'refused'],
  ['port', '993', 'accepted'],
  ['security', 'ssl', 'refused'],
  ['security', 'starttls', 'accepted'],
]

/** The row (or request) that carries the value: a host beside a port or a security mode. */
const fieldsOf = (kind: Kind, value: string): Record<string, string> =>
  kind === 'address' || kind === 'host' ? { [kind]: value } : { host: 'mail.example.it', [kind]: value }

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-agreement-'))
let n = 0
const file = (name: string, text: string) => {
  const path = join(dir, `${n++}-${name}`)
  writeFileSync(path, text)
  return path
}

const POISON = ['--timeout', '0']
const poisoned = (stderr: string) => /--timeout must be a number of seconds/.test(stderr)

async function viaArgv(kind: Kind, value: string): Promise<Verdict> {
  const argv =
    kind === 'address' || kind === 'host'
      ? ['check', value]
      : ['check', 'mail.example.it', '--imap', kind === 'port' ? '--port' : '--security', value]
  const r = await runCli([...argv, ...POISON])
  expect(r.code, r.stderr).toBe(2)
  return poisoned(r.stderr) ? 'accepted' : 'refused'
}

/** A batch file with the one row: a refused row is told on its line before the poison stops the run. */
async function viaBatch(path: string): Promise<Verdict> {
  const r = await runCli(['batch', path, '--workers', '1', ...POISON])
  expect(r.code, r.stderr).toBe(2)
  expect(poisoned(r.stderr), r.stderr).toBe(true)
  return /line \d+: /.test(r.stderr) ? 'refused' : 'accepted'
}

const csvRow = (f: Record<string, string>) => `${Object.keys(f).join(',')}\n${Object.values(f).join(',')}\n`
const jsonRow = (f: Record<string, string>) => JSON.stringify(f) + '\n'
const yamlRow = (f: Record<string, string>) =>
  '- ' +
  Object.entries(f)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n  ') +
  '\n'

async function viaConfig(f: Record<string, string>): Promise<Verdict> {
  const fields = Object.entries(f).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}\n`)
  const path = file('maildoctor.yml', `targets:\n  - name: t\n${fields.join('')}    expect: { imap: ok }\n`)
  const r = await runCli(['run', path, ...POISON])
  expect(r.code, r.stderr).toBe(2)
  return poisoned(r.stderr) ? 'accepted' : 'refused'
}

let serve: RunningServe
beforeAll(async () => {
  serve = await startServe({
    host: '127.0.0.1',
    port: 0,
    publicNames: [],
    allowPrivate: true,
    mailPorts: [993],
    ratePerMinute: 100_000,
    maxChecks: 4,
    perHost: 4,
    check: { timeout: '1', timeoutMs: 1000, ca: [] },
    modules: DEFAULT_MODULES,
    log: () => {},
  })
})
afterAll(async () => serve?.close(1000))

async function viaApi(f: Record<string, unknown>): Promise<Verdict> {
  const res = await fetch(serve.url + '/api/check', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: serve.url },
    body: JSON.stringify({ ...f, lang: 'fr' }),
  })
  const { error } = (await res.json()) as { error: string }
  expect(res.status, error).toBe(422)
  return /^lang must be it or en/.test(error) ? 'accepted' : 'refused'
}

describe('every entry point gives a value the same verdict', () => {
  for (const [kind, value, verdict] of VALUES) {
    it(`${kind} ${JSON.stringify(value)} is ${verdict}`, async () => {
      const f = fieldsOf(kind, value)
      const verdicts = {
        argv: await viaArgv(kind, value),
        csv: await viaBatch(file('accounts.csv', csvRow(f))),
        jsonl: await viaBatch(file('accounts.jsonl', jsonRow(f))),
        yaml: await viaBatch(file('accounts.yaml', yamlRow(f))),
        'maildoctor.yml': await viaConfig(f),
        'POST /api/check': await viaApi(f),
      }
      expect(verdicts).toEqual(Object.fromEntries(Object.keys(verdicts).map((k) => [k, verdict])))
    })
  }
})

describe('one error style', () => {
  it('names the value where it came from, never repeats it, and speaks Italian with --lang it', async () => {
    const en = await runCli(['batch', file('a.csv', 'address\nsecret<x@y.it\n'), '--workers', '1', ...POISON])
    expect(en.stderr).toMatch(/line 2: address is not a valid email address/)
    expect(en.stderr).not.toContain('secret')
    const it = await runCli(['check', 'mail.example.it', '--port', '70000', '--lang', 'it'])
    expect(it.code).toBe(2)
    expect(it.stderr).toBe('maildoctor: --port deve essere un numero da 1 a 65535\n')
    const run = await runCli(['run', file('bad.yml', 'targets:\n  - host: "1.2.3"\n    expect: { imap: ok }\n')], {
      env: { LANG: 'it_IT.UTF-8' },
    })
    expect(run.stderr).toMatch(/line 2: host non è un nome di host né un IP\n$/)
    const page = await fetch(serve.url + '/check', {
      method: 'POST',
      headers: { Origin: serve.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ address: 'a<b@x.it', lang: 'it' }).toString(),
    })
    expect(page.status).toBe(422)
    expect(await page.text()).toContain('non è un indirizzo email valido')
  })
})

describe('a bad row in a batch', () => {
  it('is told in the language of the run, stored in both, and said in the language of the report', async () => {
    const accounts = file('rows.csv', 'host,port\nmail.example.it,70000\n')
    const stream = join(dir, 'rows.jsonl')
    const it = await runCli(['batch', accounts, '--lang', 'it', '--format', 'json', '--stream', stream])
    expect(it.code, it.stderr).toBe(2)
    expect(it.stderr).toMatch(/line 2: port deve essere un numero da 1 a 65535\n/)
    const report = JSON.parse(it.stdout) as { results: Array<{ inputError: string }>; summary: { rowErrors: unknown } }
    expect(report.results[0].inputError).toBe('port deve essere un numero da 1 a 65535')
    expect(report.summary.rowErrors).toEqual([{ line: 2, message: 'port deve essere un numero da 1 a 65535' }])
    const en = await runCli(['merge', stream, '--lang', 'en', '--format', 'json'])
    expect(JSON.parse(en.stdout).results[0].inputError).toBe('port must be a number from 1 to 65535')
  })
})

describe('a protocol list gets the same verdict in every file row and over the API', () => {
  const cases: Array<[string[], Verdict]> = [
    [['imap', 'pop'], 'accepted'],
    [['SMTP'], 'accepted'],
    [['imap', 'ftp'], 'refused'],
  ]
  for (const [list, verdict] of cases) {
    it(`${list.join('+')} is ${verdict}`, async () => {
      const f = { host: 'mail.example.it', protocols: list.join('+') }
      const verdicts = {
        csv: await viaBatch(file('p.csv', csvRow(f))),
        jsonl: await viaBatch(file('p.jsonl', jsonRow(f))),
        yaml: await viaBatch(file('p.yaml', yamlRow(f))),
        api: await viaApi({ host: f.host, protocols: list }),
      }
      expect(verdicts).toEqual({ csv: verdict, jsonl: verdict, yaml: verdict, api: verdict })
    })
  }
})
