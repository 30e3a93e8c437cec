// What a batch spends per account beyond the connection itself: a deadline that lets go of its
// timer and listener, and a coordinator that does not load the checks (results in batches: spool.test.ts).
import { join } from 'node:path'
import madge from 'madge'
import { describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { stageBudget } from '../src/probes/deadline.js'
import { checkDeadline } from '../src/run/run-check.js'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import type { Account } from '../src/batch/accounts.js'
import { runBatch } from '../src/batch/run-batch.js'
import { testOptions } from './helpers.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const listeners = (signal: AbortSignal): number =>
  (signal as unknown as Record<symbol, Map<string, { size: number }>>)[
    Object.getOwnPropertySymbols(signal).find((s) => s.description === 'kEvents')!
  ].get('abort')?.size ?? 0

describe('a check deadline', () => {
  it('aborts when the time is up, with a timeout reason', async () => {
    const d = checkDeadline({ deadlineMs: 30 })
    expect(d.signal.aborted).toBe(false)
    await sleep(80)
    expect(d.signal.aborted).toBe(true)
    expect((d.signal.reason as DOMException).name).toBe('TimeoutError')
  })

  it("aborts with the caller's stop, and once disposed neither the timer nor the caller reach it", async () => {
    const stop = new AbortController()
    const a = checkDeadline({ deadlineMs: 30, signal: stop.signal })
    const b = checkDeadline({ deadlineMs: 30, signal: stop.signal })
    expect(listeners(stop.signal)).toBe(2)
    b.dispose()
    // A batch makes one per account: what a finished check leaves on the batch's signal is nothing.
    expect(listeners(stop.signal)).toBe(1)
    stop.abort()
    expect(a.signal.aborted).toBe(true)
    await sleep(80)
    expect(b.signal.aborted).toBe(false)
  })

  it("warns of no leak with many checks under way on the caller's signal (a batch of concurrency 100)", async () => {
    const warnings: string[] = []
    const onWarning = (w: Error) => warnings.push(w.name)
    process.on('warning', onWarning)
    const stop = new AbortController()
    const deadlines = Array.from({ length: 100 }, () => checkDeadline({ deadlineMs: 1000, signal: stop.signal }))
    await sleep(20)
    process.off('warning', onWarning)
    deadlines.forEach((d) => d.dispose())
    expect(warnings).toEqual([])
    expect(listeners(stop.signal)).toBe(0)
  })

  it('is aborted from the start under a stop already given', () => {
    const stop = new AbortController()
    stop.abort()
    expect(checkDeadline({ deadlineMs: 1000, signal: stop.signal }).signal.aborted).toBe(true)
  })
})

describe("a stage's budget", () => {
  it('ends with the time, and a signal read late is born aborted with a timeout reason', async () => {
    const parent = new AbortController()
    const budget = stageBudget(30, parent.signal)
    expect(await budget.ended).toBe('timeout')
    expect(budget.signal.aborted).toBe(true)
    expect((budget.signal.reason as DOMException).name).toBe('TimeoutError')
    expect(listeners(parent.signal)).toBe(0)
  })

  it("ends with the parent's stop, aborting a signal a probe already listens to", async () => {
    const parent = new AbortController()
    const budget = stageBudget(1000, parent.signal)
    const signal = budget.signal
    expect(budget.signal).toBe(signal)
    parent.abort('stop')
    expect(await budget.ended).toBe('stopped')
    expect(signal.aborted).toBe(true)
    expect(signal.reason).toBe('stop')
  })

  it('once disposed, neither its timer nor the parent reach it', async () => {
    const parent = new AbortController()
    const budget = stageBudget(30, parent.signal)
    expect(listeners(parent.signal)).toBe(1)
    budget.dispose()
    expect(listeners(parent.signal)).toBe(0)
    parent.abort()
    const ended = await Promise.race([budget.ended, sleep(80).then(() => 'not ended')])
    expect(ended).toBe('not ended')
    expect(budget.signal.aborted).toBe(false)
  })
})

describe("a batch's stop", () => {
  it('reaches the accounts under way through one listener on its signal, however many there are', async () => {
    // Node's EventTarget walks every listener of a signal at each add and remove: 100 accounts
    // listening to the batch's signal (each twice) made every check walk some 200.
    const server = await startScriptedServer({
      protocol: 'imap',
      tls: 'none',
      host: '127.0.0.1',
      greetingDelayMs: 3000,
    })
    const stop = new AbortController()
    const n = 20
    const accounts = async function* (): AsyncGenerator<Account> {
      for (let i = 0; i < n; i++)
        yield {
          line: i + 2,
          key: `k${i}`,
          host: '127.0.0.1',
          protocols: ['imap'],
          port: server.port,
          security: 'plain',
        }
    }
    try {
      const run = runBatch(
        accounts(),
        {
          concurrency: n,
          perHost: n,
          retries: 0,
          run: testOptions({ timeoutMs: 5000, deadlineMs: 10_000 }),
          lang: 'en',
          env: {},
          version: 'test',
          signal: stop.signal,
        },
        () => {},
      )
      while (server.accepted < n) await sleep(10)
      expect(listeners(stop.signal)).toBe(1)
      const t0 = performance.now()
      stop.abort()
      // Every account under way heard it: the batch ends now, not at the greeting 3 s later.
      expect(await run).toEqual({ done: 0, stopped: true })
      expect(performance.now() - t0).toBeLessThan(1000)
    } finally {
      await server.close()
    }
  }, 20_000)
})

describe('the coordinator of worker threads', () => {
  it('loads no checking code: the batch command reaches it only through the threads or a lazy import', async () => {
    const graph = await madge(join(PACKAGE_ROOT, 'src', 'cli', 'batch-command.ts'), {
      baseDir: join(PACKAGE_ROOT, 'src'),
      fileExtensions: ['ts'],
      tsConfig: join(PACKAGE_ROOT, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: true, skipAsyncImports: true }, es6: { skipAsyncImports: true } },
    })
    const loaded = Object.keys(graph.obj())
    expect(loaded).toContain('batch/run-batch.ts')
    expect(
      loaded.filter((m) => /^(run\/check|run\/run-endpoint|probes\/tls|batch\/check-account)\.ts$/.test(m)),
    ).toEqual([])
  }, 60_000)
})
