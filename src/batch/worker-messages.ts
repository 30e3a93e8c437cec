// What the batch coordinator (main thread) and its worker threads say to each other: plain data
// only, since a worker shares no functions, signals or memory with the main thread.
import type { Lang } from '../i18n/locale.js'
import type { Kept } from '../probes/tls-sessions.js'
import type { Account } from './accounts.js'
import type { AccountResult } from './result.js'
import type { BatchOptions } from './run-batch.js'

/** The batch's options as a worker rebuilds them (the clock and the stop are its own). */
export interface WorkerSetup {
  /** A rate per host: every start takes its turn at the coordinator, no slot is kept. */
  rated: boolean
  run: Omit<BatchOptions['run'], 'now' | 'tlsSessions'>
  retries: number
  lang: Lang
  version: string
  autoconfigUrls?: string[]
  /** A --secrets file's values: each thread builds its own scrubber from them. */
  secretValues?: readonly string[]
}

export type ToWorker =
  /** The batch's options: comes first, before any account. */
  | { type: 'setup'; setup: WorkerSetup }
  /** Check this account; its password, if any, is already resolved (this channel is private). */
  | { type: 'check'; id: number; account: Account }
  /** One slot of this host is lent to you (see borrowed-slots.ts). */
  | { type: 'granted'; host: string }
  /** Another thread waits for this host (or no longer does): give back the slots you do not use. */
  | { type: 'contended'; host: string; waiting: boolean }
  /** Another worker's login to this host was refused. */
  | { type: 'refused'; host: string }
  /** The batch is stopping: the checks under way end now. */
  | { type: 'stop' }
  /** The batch is over: the thread ends (and writes its code cache, see bin/code-cache.js). */
  | { type: 'close' }
  | SessionNews

/** A thread's first TLS session with a server, or that it no longer trusts it (see SessionSharing). */
type SessionNews = { type: 'session'; key: string; kept: Kept } | { type: 'forgot'; key: string }

export type FromWorker =
  | { type: 'result'; id: number; result: AccountResult }
  /** One more slot of this host, please. */
  | { type: 'slot'; host: string }
  /** These slots of the host are free again. */
  | { type: 'release'; host: string; count: number }
  | { type: 'refused'; host: string }
  | SessionNews
