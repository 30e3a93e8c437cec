// The first pass over a batch file (every row validated, repeats found, the work counted) does not
// hold the checks back: the first account is checked while the pass is still reading the file.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli-harness.js'

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-first-pass-'))
const lineCount = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0)

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
})
