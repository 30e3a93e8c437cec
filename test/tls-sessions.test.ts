// A batch resumes TLS sessions with servers whose certificate it has already accepted, so most
// connections skip the certificate; a certificate it did not accept is never resumed, and every
// account is told about it, as if each had been the first.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from 'node:net'
import { TLSSocket } from 'node:tls'
import { describe, expect, it, vi } from 'vitest'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { TlsSessionCache } from '../src/probes/tls-sessions.js'
import type { Account } from '../src/batch/accounts.js'
import type { AccountResult } from '../src/batch/result.js'
import { WorkerPool } from '../src/batch/worker-pool.js'
import { testCaPem } from '../fixtures/servers/certs.js'
import { handshake } from '../src/probes/tls-upgrade.js'
import { runCheckRequest } from '../src/run/check.js'
import { testOptions } from './helpers.js'
import { runCli } from './cli-harness.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-tls-sessions-'))
const N = 30

interface Row {
  ok: boolean
  findings: Array<{ cause: string }>
}

async function batch(rows: (i: number) => string, workers: string): Promise<Row[]> {
  const file = join(dir, `rows-${Math.random()}.csv`)
  writeFileSync(
    file,
    ['address,host,protocols,port,security', ...Array.from({ length: N }, (_, i) => rows(i))].join('\n') + '\n',
  )
  const r = await runCli([
    'batch',
    file,
    '--workers',
    workers,
    '--concurrency',
    workers,
    '--ca',
    CA,
    '--timeout',
    '2',
    '--format',
    'json',
  ])
  return JSON.parse(r.stdout).results
}

describe('TLS sessions in a batch', () => {
  for (const workers of ['1', '2']) {
    it(`are resumed with an accepted certificate, implicit TLS and STARTTLS (${workers} worker(s))`, async () => {
      const servers: RunningServer[] = [
        await startScriptedServer({ protocol: 'imap', tls: 'implicit', host: '127.0.0.1' }),
        await startScriptedServer({ protocol: 'pop3', tls: 'starttls', host: '127.0.0.1' }),
      ]
      try {
        const results = await batch(
          (i) =>
            i % 2
              ? `r${i}@x.test,127.0.0.1,imap,${servers[0].port},tls`
              : `r${i}@x.test,127.0.0.1,pop3,${servers[1].port},starttls`,
          workers,
        )
        expect(results).toHaveLength(N)
        expect(results.every((r) => r.ok && r.findings.length === 0)).toBe(true)
        // The first connection of each thread to each server is a full handshake; the rest resume.
        const full = 2 * Number(workers)
        for (const s of servers) expect(s.resumed).toBeGreaterThanOrEqual(N / 2 - full)
      } finally {
        await Promise.all(servers.map((s) => s.close()))
      }
    }, 30_000)
  }

  it('are never resumed with a certificate that was not accepted: every account gets the finding', async () => {
    // The chain is trusted (--ca), only the name is wrong: the handshake alone would say "authorized".
    const server = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      host: '127.0.0.1',
      cert: 'wrong-host',
    })
    try {
      const results = await batch((i) => `w${i}@x.test,127.0.0.1,imap,${server.port},tls`, '1')
      expect(results).toHaveLength(N)
      expect(results.every((r) => !r.ok && r.findings.map((f) => f.cause).includes('tls_cert_hostname_mismatch'))).toBe(
        true,
      )
      expect(server.resumed).toBe(0)
    } finally {
      await server.close()
    }
  }, 30_000)

  it("are shared between a batch's threads: a worker's first connection resumes this thread's session", async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'implicit', host: '127.0.0.1' })
    const pool = new WorkerPool(2)
    const n = 8
    const account = (i: number): Account => ({
      line: i + 2,
      key: `k${i}`,
      host: '127.0.0.1',
      protocols: ['imap'],
      port: server.port,
      security: 'tls',
    })
    // The first account alone, checked by this thread; the next ones go to both threads (the one
    // that waits least): the worker thread's first connection comes after this thread's session.
    let firstDone = () => {}
    const first = new Promise<void>((resolve) => (firstDone = resolve))
    async function* accounts(): AsyncGenerator<Account> {
      yield account(0)
      await first
      for (let i = 1; i < n; i++) yield account(i)
    }
    const results: AccountResult[] = []
    try {
      await pool.run(
        accounts(),
        {
          concurrency: 2,
          perHost: 10,
          retries: 0,
          run: testOptions({ ca: [testCaPem()] }),
          lang: 'en',
          env: {},
          version: 'test',
        },
        (r) => {
          results.push(r)
          firstDone()
        },
      )
      expect(results.map((r) => r.ok)).toEqual(Array(n).fill(true))
      // One full handshake in all: every other connection, in either thread, resumed its session.
      expect(server.accepted).toBe(n)
      expect(server.resumed).toBe(n - 1)
    } finally {
      await pool.close()
      await server.close()
    }
  }, 30_000)

  it('a batch that opens many connections to a server at once makes one full handshake, not one each', async () => {
    // A greeting that takes its time: the connections are all open together.
    const server = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      host: '127.0.0.1',
      greetingDelayMs: 300,
    })
    const file = join(dir, 'at-once.csv')
    const rows = Array.from({ length: N }, (_, i) => `o${i}@x.test,127.0.0.1,imap,${server.port},tls`)
    writeFileSync(file, ['address,host,protocols,port,security', ...rows].join('\n') + '\n')
    try {
      const r = await runCli([
        'batch',
        file,
        '--workers',
        '1',
        '--concurrency',
        String(N),
        '--per-host',
        String(N),
        '--ca',
        CA,
        '--format',
        'json',
      ])
      expect(JSON.parse(r.stdout).summary).toMatchObject({ accounts: N, ok: N })
      // Every connection but the first waited for its session (they were all open at once).
      expect(server.maxConcurrent).toBeGreaterThan(N / 2)
      expect(server.resumed).toBe(N - 1)
    } finally {
      await server.close()
    }
  }, 30_000)

  it("waits for the first handshake's session once per server, and never long", async () => {
    const verdict = { facts: {}, evidence: [], acceptable: true }
    const signal = () => new AbortController().signal
    const cache = new TlsSessionCache()
    expect((await cache.offer('a', signal)).kept).toBeUndefined()
    const second = cache.offer('a', signal)
    cache.accepted('a', verdict)(Buffer.from('1'))
    expect((await second).kept?.session.toString()).toBe('1')
    // A first handshake that brought no session: the others go on at once, and nobody waits again.
    const lead = await cache.offer('b', signal)
    const waiting = cache.offer('b', signal)
    lead.settled()
    expect((await waiting).kept).toBeUndefined()
    expect((await cache.offer('b', signal)).settled).not.toBe(lead.settled)
    // A first handshake that never settles holds the others one second at most, or their stage's end.
    await cache.offer('c', signal)
    let t0 = performance.now()
    expect((await cache.offer('c', signal)).kept).toBeUndefined()
    expect(performance.now() - t0).toBeGreaterThan(900)
    expect(performance.now() - t0).toBeLessThan(3000)
    const stage = new AbortController()
    setTimeout(() => stage.abort(), 50)
    t0 = performance.now()
    await cache.offer('c', () => stage.signal)
    expect(performance.now() - t0).toBeLessThan(900)
  })

  it('a thread shares its first session with a server and its distrust, never each renewal', () => {
    const told: string[] = []
    const verdict = { facts: {}, evidence: [], acceptable: true }
    const cache = new TlsSessionCache({
      kept: (key) => told.push(`kept ${key}`),
      forgot: (key) => told.push(`forgot ${key}`),
    })
    cache.accepted('a', verdict)(Buffer.from('1'))
    cache.accepted('a', verdict)(Buffer.from('2'))
    // Another thread's session stands where this thread has none, and is not told back.
    cache.shared('b', { verdict, session: Buffer.from('3') })
    cache.accepted('b', verdict)(Buffer.from('4'))
    expect(cache.find('b')?.session.toString()).toBe('4')
    cache.shared('a', { verdict, session: Buffer.from('5') })
    expect(cache.find('a')?.session.toString()).toBe('2')
    cache.forget('a')
    cache.forget('a')
    cache.forgotten('b')
    expect(cache.find('b')).toBeUndefined()
    expect(told).toEqual(['kept a', 'forgot a'])
  })

  it('stand for one host, name, port and set of trusted CAs only', () => {
    const ca = ['-----BEGIN CERTIFICATE-----\nA\n-----END CERTIFICATE-----']
    const base = TlsSessionCache.key('mail.example.com', 993, ca)
    expect(TlsSessionCache.key('MAIL.example.com', 993, [...ca])).toBe(base)
    for (const other of [
      TlsSessionCache.key('imap.example.com', 993, ca),
      TlsSessionCache.key('mail.example.com', 143, ca),
      TlsSessionCache.key('mail.example.com', 993, []),
      TlsSessionCache.key('mail.example.com', 993, [...ca, ca[0]]),
    ]) {
      expect(other).not.toBe(base)
    }
  })

  it('a resumed connection hands its session to OpenSSL once (Node 20 tls.connect would set it twice)', async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'implicit', host: '127.0.0.1' })
    const tlsSessions = new TlsSessionCache()
    const check = () =>
      runCheckRequest({
        target: { host: '127.0.0.1' },
        protocols: [],
        endpoints: [{ protocol: 'imap', host: '127.0.0.1', port: server.port, security: 'tls', source: 'user' }],
        options: testOptions({ tlsSessions }),
      })
    // The public setSession is the second, repeated decoding; the wrapper's first one is native.
    const setSession = vi.spyOn(TLSSocket.prototype as unknown as { setSession: (s: Buffer) => void }, 'setSession')
    try {
      for (let i = 0; i < 4; i++) expect((await check()).findings).toEqual([])
      expect(server.resumed).toBe(3)
      expect(setSession).not.toHaveBeenCalled()
      // Put back as it was: other connections of the process still have it.
      expect(typeof (TLSSocket.prototype as unknown as { setSession: unknown }).setSession).toBe('function')
    } finally {
      setSession.mockRestore()
      await server.close()
    }
  })

  const sharing = "the default settings, or a --ca check's empty trust, share one secure context each"
  it(`handshakes with ${sharing}; the legacy retry gets its own`, async () => {
    const server = await startScriptedServer({ protocol: 'imap', tls: 'implicit', host: '127.0.0.1' })
    // The context a handshake ran with (Node keeps it on the socket).
    const contextOf = async (extra: object) => {
      const tcp = connect(server.port, '127.0.0.1')
      await new Promise((resolve) => tcp.once('connect', resolve))
      const options = { rejectUnauthorized: false, servername: undefined, checkServerIdentity: () => undefined }
      const { socket, error } = await handshake(tcp, { ...options, ...extra }, { adopt: () => {} })
      expect(error).toBeUndefined()
      const context = (socket as unknown as { ssl: { _secureContext: object } }).ssl._secureContext
      socket.destroy()
      expect(context).toBeDefined()
      return context
    }
    try {
      const first = await contextOf({})
      expect(await contextOf({})).toBe(first)
      expect(await contextOf({ minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' })).not.toBe(first)
      // A --ca check's empty trust store is a setting of its own, shared as well.
      const emptyTrust = await contextOf({ ca: [] })
      expect(emptyTrust).not.toBe(first)
      expect(await contextOf({ ca: [] })).toBe(emptyTrust)
    } finally {
      await server.close()
    }
  })
})
