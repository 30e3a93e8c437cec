// The batch on every core: accounts are checked in worker threads, while this thread stays the
// one coordinator. It hands out the accounts (each to one worker, once), owns the per-host gate
// and its rate, and gets every result back for the spool and the progress line.
import { credentialsFromEnv } from '../model/file-env.js'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../package-root.js'
import type { Account } from './accounts.js'
import { hostGate, type Gate } from './gate.js'
import { Outbox } from './outbox.js'
import type { AccountResult } from './result.js'
import { runBatch, type BatchOptions } from './run-batch.js'
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js'

export const defaultWorkers = (): number => availableParallelism()

/** Built JavaScript runs in a worker; from the TypeScript sources (the tests), the build's copy. */
function workerEntry(): string {
  const here = fileURLToPath(import.meta.url)
  return here.endsWith('.ts')
    ? join(PACKAGE_ROOT, 'dist', 'src', 'batch', 'batch-worker.js')
    : join(dirname(here), 'batch-worker.js')
}

interface PoolWorker {
  thread: Worker
  outbox: Outbox<ToWorker>
  pending: Map<number, { resolve: (r: AccountResult) => void; reject: (e: Error) => void }>
  /** Host slots this worker holds, by its own ids. */
  slots: Map<number, () => void>
  gone: boolean
}

/**
 * Threads started before the batch file is read: loading the checks' code in each takes longer
 * than a small batch, and overlaps the main thread's first pass over the file this way.
 */
export class WorkerPool {
  private readonly workers: PoolWorker[]
  private gate: Gate = hostGate(1)
  private nextId = 0

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => this.start())
  }

  /**
   * Like runBatch, with the checks spread over the threads. The concurrency stays the batch's:
   * at most that many accounts are out at once, over all threads together.
   */
  async run(
    accounts: AsyncIterable<Account>,
    opts: BatchOptions,
    onResult: (r: AccountResult) => void | Promise<void>,
  ): Promise<{ done: number; stopped: boolean }> {
    this.gate = hostGate(opts.perHost, opts.ratePerHost)
    const setup: WorkerSetup = {
      run: withoutClock(opts.run),
      retries: opts.retries,
      lang: opts.lang,
      version: opts.version,
      autoconfigUrls: opts.autoconfigUrls,
      secretValues: opts.secretValues,
    }
    for (const w of this.workers) w.outbox.send({ type: 'setup', setup })
    const stop = () => this.workers.forEach((w) => w.outbox.send({ type: 'stop' }))
    opts.signal?.addEventListener('abort', stop, { once: true })
    const check = (account: Account) => {
      // The least busy thread: a slow host's accounts do not pile up behind one.
      const w = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
      const id = this.nextId++
      return new Promise<AccountResult>((resolve, reject) => {
        w.pending.set(id, { resolve, reject })
        w.outbox.send({ type: 'check', id, account: withLogin(account, opts.env) })
      })
    }
    try {
      return await runBatch(accounts, opts, onResult, check)
    } finally {
      opts.signal?.removeEventListener('abort', stop)
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.thread.terminate()))
  }

  private start(): PoolWorker {
    const thread = new Worker(workerEntry())
    const w: PoolWorker = {
      thread,
      outbox: new Outbox((messages) => thread.postMessage(messages)),
      pending: new Map(),
      slots: new Map(),
      gone: false,
    }
    thread.on('message', (messages: FromWorker[]) => messages.forEach((m) => this.receive(w, m)))
    // A thread that dies takes its checks with it: the batch fails (exit 3), the spool keeps what is done.
    const fail = (err: Error) => {
      w.gone = true
      for (const release of w.slots.values()) release()
      w.slots.clear()
      for (const waiter of w.pending.values()) waiter.reject(err)
      w.pending.clear()
    }
    thread.on('error', fail)
    thread.on('exit', (code) => fail(new Error(`batch worker exited (${code})`)))
    return w
  }

  private receive(w: PoolWorker, message: FromWorker): void {
    if (message.type === 'result') {
      const waiter = w.pending.get(message.id)
      w.pending.delete(message.id)
      waiter?.resolve(message.result)
    } else if (message.type === 'slot') {
      void this.gate(message.host).then((release) => {
        // A slot that comes after the thread is gone goes straight back to the next in line.
        if (w.gone) return release()
        w.slots.set(message.id, release)
        w.outbox.send({ type: 'granted', id: message.id })
      })
    } else if (message.type === 'release') {
      w.slots.get(message.id)?.()
      w.slots.delete(message.id)
    } else {
      for (const other of this.workers) if (other !== w) other.outbox.send({ type: 'refused', host: message.host })
    }
  }
}

function withoutClock({ now: _now, tlsSessions: _sessions, ...run }: BatchOptions['run']): WorkerSetup['run'] {
  return run
}

/** The worker gets the login itself (password or token), over its private channel, never the environment. */
function withLogin(account: Account, env: BatchOptions['env']): Account {
  const user = account.user ?? account.address
  const login =
    account.password !== undefined && user
      ? { user, password: account.password }
      : credentialsFromEnv(user, account, env)
  return { ...account, passwordEnv: undefined, tokenEnv: undefined, password: undefined, ...(login ? { login } : {}) }
}
