// The batch on every core: accounts are checked in worker threads and in this thread, which
// stays the one coordinator. It hands out the accounts (each to one thread, once), owns the
// per-host gate and its rate (lending host slots to the threads), and gets every result back for
// the spool and the progress line.
import { credentialsFromEnv } from '../model/file-env.js'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { PACKAGE_ROOT } from '../package-root.js'
import { TlsSessionCache } from '../probes/tls-sessions.js'
import type { Account } from './accounts.js'
import { hostGate } from './gate.js'
import { Outbox } from './outbox.js'
import type { AccountResult } from './result.js'
import { runBatch, type BatchOptions } from './run-batch.js'
import { SharedLoginLog } from './shared-login-log.js'
import { SlotWaiters } from './slot-waiters.js'
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js'

export const defaultWorkers = (): number => availableParallelism()

/** Whose connections the coordinator's own checks are, at its gate. */
const HERE = Symbol('coordinator')

/**
 * How a worker thread starts. The CLI's bundle has its worker's beside it, run with V8's code cache
 * (bin/code-cache.js); tsc's output (the library) its own module; the TypeScript sources (the
 * tests) the build's copy of that module.
 */
function workerStart(): { file: string; options: WorkerOptions } {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) return { file: join(PACKAGE_ROOT, 'dist', 'src', 'batch', 'batch-worker.js'), options: {} }
  const bundle = join(dirname(here), 'batch-worker.cjs')
  if (!existsSync(bundle)) return { file: join(dirname(here), 'batch-worker.js'), options: {} }
  const workerData = { codeCacheBundle: bundle, codeCacheKind: 'batch-worker-' }
  return { file: join(PACKAGE_ROOT, 'bin', 'code-cache.js'), options: { workerData } }
}

/** How long a worker thread may take to end on its own (and write its code cache) before it is ended. */
const EXIT_GRACE_MS = 2000

interface PoolWorker {
  thread: Worker
  outbox: Outbox<ToWorker>
  pending: Map<number, { resolve: (r: AccountResult) => void; reject: (e: Error) => void }>
  /** The host slots lent to this thread (each one's release), by host. */
  lent: Map<string, Array<() => void>>
  gone: boolean
}

/**
 * `size` threads check accounts: this one and size - 1 workers. The workers start before the
 * batch file is read: loading the checks' code in each takes longer than a small batch, and
 * overlaps this thread's first pass over the file this way.
 */
export class WorkerPool {
  private readonly workers: PoolWorker[]
  /** This thread's own checks: their code loads while the file is read. */
  private readonly local = import('./check-account.js')
  private localPending = 0
  private gate: ReturnType<typeof hostGate> = hostGate(1)
  private logins = new SharedLoginLog(() => {})
  private sessions = new TlsSessionCache()
  private nextId = 0

  constructor(size: number) {
    this.workers = Array.from({ length: Math.max(0, size - 1) }, () => this.start())
    // Awaited by run(); a batch that never gets there (one account) must not leave it unhandled.
    this.local.catch(() => undefined)
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
    const tell = (message: ToWorker) => this.tell(message)
    const waiters = new SlotWaiters(this.workers, (w, host, waiting) =>
      w.outbox.send({ type: 'contended', host, waiting }),
    )
    this.gate = hostGate(opts.perHost, opts.ratePerHost, waiters.onWait)
    this.logins = new SharedLoginLog((host) => tell({ type: 'refused', host }))
    const setup: WorkerSetup = {
      rated: Boolean(opts.ratePerHost),
      run: withoutClock(opts.run),
      retries: opts.retries,
      lang: opts.lang,
      version: opts.version,
      autoconfigUrls: opts.autoconfigUrls,
      secretValues: opts.secretValues,
    }
    tell({ type: 'setup', setup })
    const gate = this.gate
    // This thread's first session with a server, and its distrust, go to every worker thread.
    this.sessions = new TlsSessionCache({
      kept: (key, kept) => tell({ type: 'session', key, kept }),
      forgot: (key) => tell({ type: 'forgot', key }),
    })
    const here = (await this.local).inThisThread(
      { ...opts, run: { ...opts.run, tlsSessions: this.sessions } },
      (host) => gate(host, HERE),
      this.logins,
    )
    const stop = () => tell({ type: 'stop' })
    opts.signal?.addEventListener('abort', stop, { once: true })
    const check = async (account: Account) => {
      // The least busy thread, this one included: a slow host's accounts do not pile up behind one.
      let w: PoolWorker | undefined
      for (const x of this.workers) if (x.pending.size < (w?.pending.size ?? this.localPending)) w = x
      if (!w) {
        this.localPending++
        return here(account).finally(() => this.localPending--)
      }
      const id = this.nextId++
      const worker = w
      return new Promise<AccountResult>((resolve, reject) => {
        worker.pending.set(id, { resolve, reject })
        worker.outbox.send({ type: 'check', id, account: withLogin(account, opts.env) })
      })
    }
    try {
      return await runBatch(accounts, opts, onResult, check)
    } finally {
      opts.signal?.removeEventListener('abort', stop)
    }
  }

  /**
   * Each thread ends itself (its code cache is written then: terminate() would skip it), or is
   * ended after EXIT_GRACE_MS.
   */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (w) => {
        if (w.gone) return
        const exited = new Promise((resolve) => w.thread.once('exit', resolve))
        w.outbox.send({ type: 'close' })
        const timer = setTimeout(() => void w.thread.terminate(), EXIT_GRACE_MS)
        await exited
        clearTimeout(timer)
      }),
    )
  }

  private tell(message: ToWorker, except?: PoolWorker): void {
    for (const w of this.workers) if (w !== except) w.outbox.send(message)
  }

  private start(): PoolWorker {
    const { file, options } = workerStart()
    const thread = new Worker(file, options)
    const w: PoolWorker = {
      thread,
      outbox: new Outbox((messages) => thread.postMessage(messages)),
      pending: new Map(),
      lent: new Map(),
      gone: false,
    }
    thread.on('message', (messages: FromWorker[]) => messages.forEach((m) => this.receive(w, m)))
    // A thread that dies takes its checks with it: the batch fails (exit 3), the spool keeps what is done.
    const fail = (err: Error) => {
      w.gone = true
      for (const releases of w.lent.values()) releases.splice(0).forEach((release) => release())
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
      void this.gate(message.host, w).then((release) => {
        // A slot that comes after the thread is gone goes straight back to the next in line.
        if (w.gone) return release()
        const lent = w.lent.get(message.host) ?? []
        w.lent.set(message.host, lent)
        lent.push(release)
        w.outbox.send({ type: 'granted', host: message.host })
      })
    } else if (message.type === 'release') {
      const lent = w.lent.get(message.host) ?? []
      for (const release of lent.splice(0, message.count)) release()
    } else if (message.type === 'refused') {
      this.logins.heard(message.host)
      this.tell({ type: 'refused', host: message.host }, w)
    } else {
      // A worker's news goes to this thread's own sessions and to the other workers.
      if (message.type === 'session') this.sessions.shared(message.key, message.kept)
      else this.sessions.forgotten(message.key)
      this.tell(message, w)
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
