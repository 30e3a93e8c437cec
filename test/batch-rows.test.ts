// Every row of a batch file appears in every report format: working, warning-only, failing, a
// row with a mistake (as an error row on its line) and a repeated account ("duplicate of line N"),
// each with the user, protocols and port it asked for, and the verdict.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-rows-'))
let good: RunningServer
let starttls: RunningServer
let file: string

beforeAll(async () => {
  good = await startScriptedServer({ protocol: 'imap', tls: 'implicit' })
  starttls = await startScriptedServer({ protocol: 'imap', tls: 'starttls' })
  const refused = await refusedPort()
  file = join(dir, 'rows.csv')
  writeFileSync(
    file,
    [
      'address,user,host,protocols,port,security',
      `good@rows.test,,127.0.0.1,imap,${good.port},tls`,
      `warn@rows.test,warn-user,127.0.0.1,imap,${starttls.port},plain`,
      `bad@rows.test,,127.0.0.1,imap,0,tls`,
      `good@rows.test,,127.0.0.1,imap,${good.port},tls`,
      `down@rows.test,,127.0.0.1,imap,${refused},tls`,
    ].join('\n') + '\n',
  )
})
afterAll(async () => {
  await Promise.all([good.close(), starttls.close()])
})

const LINES = [2, 3, 4, 5, 6]

describe('every row in every format', () => {
  for (const [format, lineOf] of [
    ['table', (n: number) => new RegExp(`\\((line|riga) ${n}\\)`)],
    ['csv', (n: number) => new RegExp(`^${n},`, 'm')],
    ['jsonl', (n: number) => new RegExp(`^\\{"line":${n},`, 'm')],
    ['json', (n: number) => new RegExp(`"line": ${n},`)],
    ['junit', (n: number) => new RegExp(`\\(line ${n}\\)"`)],
    ['html', (n: number) => new RegExp(`<td>${n}</td>`)],
  ] as const) {
    it(`${format}: each of the five rows, on its line`, async () => {
      const r = await runCli(['batch', file, '--format', format, '--ca', CA, '--timeout', '1', '--lang', 'en'])
      expect(r.code).toBe(2) // a row had a mistake
      for (const n of LINES) expect(r.stdout, `line ${n}`).toMatch(lineOf(n))
      expect(r.stdout).not.toMatch(/\(line 5\).*\bok\b.*\n.*\(line 5\)/)
    })
  }

  it('says what each row is, with its user, protocols, port and verdict', async () => {
    const r = await runCli(['batch', file, '--format', 'table', '--ca', CA, '--timeout', '1', '--lang', 'en'])
    const row = (n: number) => r.stdout.split('\n').find((l) => l.includes(`(line ${n})`)) ?? ''
    expect(row(2)).toMatch(/^ {2}✔ good@rows\.test \[IMAP · port \d+ · host 127\.0\.0\.1\] \(line 2\) — receive ok$/)
    expect(row(3)).toMatch(
      /^ {2}! warn@rows\.test \[user warn-user · IMAP · port \d+ · host 127\.0\.0\.1\] \(line 3\): auth_plaintext_disabled — receive ok$/,
    )
    expect(row(4)).toMatch(/^ {2}✖ .*\(line 4\): port must be a number/)
    expect(row(5)).toMatch(/^ {2}= good@rows\.test .*\(line 5\): duplicate of line 2$/)
    expect(row(6)).toMatch(/^ {2}✖ down@rows\.test .*\(line 6\): tcp_refused — receive fail$/)
    const junit = await runCli(['batch', file, '--format', 'junit', '--ca', CA, '--timeout', '1'])
    expect(junit.stdout).toMatch(/tests="5" failures="1" errors="1" skipped="1"/)
    expect(junit.stdout).toMatch(/\(line 4\)" time="0.000"><error message="port must be/)
    expect(junit.stdout).toMatch(/\(line 5\)" time="0.000"><skipped message="duplicate of line 2"\/>/)
    const jsonl = (await runCli(['batch', file, '--format', 'jsonl', '--ca', CA, '--timeout', '1'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(jsonl.map((x) => x.line)).toEqual(LINES)
    expect(jsonl[0].verdict).toEqual({
      receive: { status: 'ok', via: expect.objectContaining({ protocol: 'imap' }), cause: null },
      send: { status: 'not_checked', via: null, cause: null },
      primaryCause: null,
    })
  })
})
