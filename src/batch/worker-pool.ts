// The batch on every core: accounts are checked in worker threads, while this thread stays the
// one coordinator. It hands out the accounts (each to one worker, once), owns the per-host gate
// and its rate, and gets every result back for the spool and the progress line.
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../package-root.js'
import type { Account } from './accounts.js'
import { hostGate, type Gate } from './gate.js'
import type { AccountResult } from './result.js'
import { runBatch, type BatchOptions } from './run-batch.js'
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js'

export const defaultWorkers = (): number => availableParallelism()

/** Built JavaScript runs in a worker; from the TypeScript sources (the tests), the build's copy. */
function workerEntry(): string {
  const here = fileURLToPath(import.meta.url)
  return here.endsWith('.ts') ? join(PACKAGE_ROOT, 'dist', 'src', 'batch', 'batch-worker.js') : join(dirname(here), 'batch-worker.js')
}

interface PoolWorker {
  thread: Worker
  pending: Map<number, { resolve: (r: AccountResult) => void; reject: (e: Error) => void }>
  /** Host slots this worker holds, by its own ids. */
  slots: Map<number, () => void>
}

/**
 * Like runBatch, with the checks spread over `workers` threads. The concurrency stays the
 * batch's: at most that many accounts are out at once, over all workers together.
 */
export async function runBatchInWorkers(accounts: AsyncIterable<Account>, opts: BatchOptions, onResult: (r: AccountResult) => void | Promise<void>, workers: number): Promise<{ done: number; stopped: boolean }> {
  const gate = hostGate(opts.perHost, opts.ratePerHost)
  const setup: WorkerSetup = { run: withoutClock(opts.run), retries: opts.retries, lang: opts.lang, version: opts.version, autoconfigUrls: opts.autoconfigUrls }
  const pool: PoolWorker[] = []
  const tell = (w: PoolWorker, message: ToWorker) => w.thread.postMessage(message)
  for (let i = 0; i < workers; i++) pool.push(startWorker(setup, gate, (from, host) => pool.filter((w) => w !== from).forEach((w) => tell(w, { type: 'refused', host }))))
  const stop = () => pool.forEach((w) => tell(w, { type: 'stop' }))
  opts.signal?.addEventListener('abort', stop, { once: true })
  let nextId = 0
  const check = (account: Account) => {
    // The least busy worker: a slow host's accounts do not pile up behind one thread.
    const w = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
    const id = nextId++
    return new Promise<AccountResult>((resolve, reject) => {
      w.pending.set(id, { resolve, reject })
      tell(w, { type: 'check', id, account: withPassword(account, opts.env) })
    })
  }
  try {
    return await runBatch(accounts, opts, onResult, check)
  } finally {
    opts.signal?.removeEventListener('abort', stop)
    await Promise.all(pool.map((w) => w.thread.terminate()))
  }
}

function withoutClock({ now: _now, tlsSessions: _sessions, ...run }: BatchOptions['run']): WorkerSetup['run'] {
  return run
}

/** The worker gets the password itself, over its private channel, never the environment. */
function withPassword(account: Account, env: BatchOptions['env']): Account {
  if (account.password !== undefined || !account.passwordEnv) return account
  const password = env[account.passwordEnv]
  return password ? { ...account, password } : account
}

function startWorker(setup: WorkerSetup, gate: Gate, onRefused: (from: PoolWorker, host: string) => void): PoolWorker {
  const thread = new Worker(workerEntry(), { workerData: setup })
  const w: PoolWorker = { thread, pending: new Map(), slots: new Map() }
  let gone = false
  thread.on('message', (message: FromWorker) => {
    if (message.type === 'result') {
      const waiter = w.pending.get(message.id)
      w.pending.delete(message.id)
      waiter?.resolve(message.result)
    } else if (message.type === 'slot') {
      void gate(message.host).then((release) => {
        // A slot that comes after the worker is gone goes straight back to the next in line.
        if (gone) return release()
        w.slots.set(message.id, release)
        thread.postMessage({ type: 'granted', id: message.id } satisfies ToWorker)
      })
    } else if (message.type === 'release') {
      w.slots.get(message.id)?.()
      w.slots.delete(message.id)
    } else onRefused(w, message.host)
  })
  // A worker that dies takes its checks with it: the batch fails (exit 3), the spool keeps what is done.
  const fail = (err: Error) => {
    gone = true
    for (const release of w.slots.values()) release()
    w.slots.clear()
    for (const waiter of w.pending.values()) waiter.reject(err)
    w.pending.clear()
  }
  thread.on('error', fail)
  thread.on('exit', (code) => fail(new Error(`batch worker exited (${code})`)))
  return w
}
