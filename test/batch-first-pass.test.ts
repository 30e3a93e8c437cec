// The first pass over a batch file (every row validated, repeats found, the work counted) does not
// hold the checks back: the first account is checked while the pass is still reading the file,
// even within one read of it; and the accounts it judged are checked without parsing the file again.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LookAhead } from '../src/batch/look-ahead.js'
import { runCli } from './cli-harness.js'

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-first-pass-'))
const lineCount = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0)

/** A server that greets every connection and hangs up; `onConnect` runs at each connection. */
async function greeter(onConnect: () => void) {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    onConnect()
    sockets.add(socket)
    socket.on('error', () => {})
    socket.end('* OK [CAPABILITY IMAP4rev1] ready\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      sockets.forEach((s) => s.destroy())
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

describe("a batch's first pass over the file", () => {
  it('runs beside the checks: the first connection comes before the pass has judged the whole file', async () => {
    // Loaded now, as the bundle has it at once: here its first load would take longer than the pass.
    await import('../src/batch/check-account.js')
    const repeats = 50_000
    const stream = join(dir, 'results.jsonl')
    // What the first pass has written (one row per repeat of the account) when the server is reached.
    let writtenAtConnect: number | undefined
    const sockets = new Set<Socket>()
    const server = createServer((socket) => {
      writtenAtConnect ??= lineCount(stream)
      sockets.add(socket)
      socket.on('error', () => {})
      socket.end('* OK [CAPABILITY IMAP4rev1] ready\r\n')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    const row = `a@x.test,127.0.0.1,imap,${port},plain`
    const file = join(dir, 'accounts.csv')
    writeFileSync(file, ['address,host,protocols,port,security', ...Array(repeats + 1).fill(row)].join('\n') + '\n')
    try {
      const r = await runCli(['batch', file, '--workers', '1', '--stream', stream, '--format', 'json'])
      const report = JSON.parse(r.stdout)
      expect(report.summary).toMatchObject({ accounts: repeats + 1, duplicates: repeats })
      expect(lineCount(stream)).toBe(repeats + 1)
      // Waiting for the whole pass, the file would hold (almost) every repeat's row by then.
      expect(writtenAtConnect).toBeLessThan(repeats / 2)
    } finally {
      sockets.forEach((s) => s.destroy())
      await new Promise((resolve) => server.close(resolve))
    }
  }, 60_000)

  it('lets the checks start within one read of the file: the first connection comes before the pass ends', async () => {
    await import('../src/batch/check-account.js')
    // ~46 KB: one read (64 KiB), which the CSV parser turns into rows all at once.
    const repeats = 1200
    const stream = join(dir, 'one-read.jsonl')
    let writtenAtConnect: number | undefined
    const server = await greeter(() => (writtenAtConnect ??= lineCount(stream)))
    const row = `b@x.test,127.0.0.1,imap,${server.port},plain`
    const file = join(dir, 'one-read.csv')
    writeFileSync(file, ['address,host,protocols,port,security', ...Array(repeats + 1).fill(row)].join('\n') + '\n')
    try {
      const r = await runCli(['batch', file, '--workers', '1', '--stream', stream, '--format', 'json'])
      expect(JSON.parse(r.stdout).summary).toMatchObject({ accounts: repeats + 1, duplicates: repeats })
      // The repeats' rows are written 64 KiB at a time (~360 rows): a pass that ran to the end of
      // the read first would have written three such batches by the first connection.
      expect(writtenAtConnect).toBeLessThan(repeats / 2)
    } finally {
      await server.close()
    }
  }, 60_000)

  it('hands the accounts it judged to the checks: a file emptied once the checks began is checked whole', async () => {
    await import('../src/batch/check-account.js')
    const count = 4000
    const file = join(dir, 'emptied.csv')
    const header = 'address,host,protocols,port,security'
    let connections = 0
    const server = await greeter(() => {
      // The pass has long judged the file (it takes a tenth of that time); a second reader of it
      // would have read the first two reads of 64 KiB (~2,200 rows) and find the rest gone.
      if (++connections === 1000) writeFileSync(file, header + '\n')
    })
    const rows = Array.from(
      { length: count },
      (_, i) => `user${i}@accounts.example.test,127.0.0.1,imap,${server.port},plain`,
    )
    writeFileSync(file, [header, ...rows].join('\n') + '\n')
    expect(readFileSync(file).length).toBeGreaterThan(3 * 65536)
    try {
      const r = await runCli(['batch', file, '--workers', '1', '--concurrency', '20', '--format', 'json'])
      const report = JSON.parse(r.stdout)
      expect(connections).toBe(count)
      expect(report.summary.accounts).toBe(count)
      expect(new Set(report.results.map((a: { line: number }) => a.line)).size).toBe(count)
    } finally {
      await server.close()
    }
  }, 60_000)
})

describe("the first pass's look-ahead", () => {
  it('gives the accounts in order, each once, waiting for the pass; then says none are left', async () => {
    const ahead = new LookAhead<{ line: number }>(10)
    const taken = ahead.take()
    ahead.push({ line: 2 })
    expect(await taken).toEqual({ line: 2 })
    ahead.push({ line: 3 })
    ahead.push({ line: 5 })
    ahead.end()
    expect([await ahead.take(), await ahead.take(), await ahead.take()]).toEqual([{ line: 3 }, { line: 5 }, undefined])
    expect(ahead.readAgainAfter()).toBeUndefined()
  })

  it('keeps at most its cap waiting; past it, nothing more: the file is read again after the last kept', async () => {
    const ahead = new LookAhead<{ line: number }>(3)
    expect([1, 2, 3, 4, 5].map((line) => ahead.push({ line }))).toEqual([true, true, true, false, false])
    expect(ahead.readAgainAfter()).toBe(3)
    // Taking makes no room again: what comes next is past line 3, from the file, in order.
    expect(await ahead.take()).toEqual({ line: 1 })
    expect(ahead.push({ line: 6 })).toBe(false)
    expect([await ahead.take(), await ahead.take(), await ahead.take()]).toEqual([{ line: 2 }, { line: 3 }, undefined])
  })

  it('wakes a waiting taker when it becomes full', async () => {
    const ahead = new LookAhead<{ line: number }>(0)
    const taken = ahead.take()
    expect(ahead.push({ line: 1 })).toBe(false)
    expect(await taken).toBeUndefined()
    expect(ahead.readAgainAfter()).toBe(0)
  })
})
