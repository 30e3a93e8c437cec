// What a batch is told to do, and the one signature of checking an account: shared by the loop
// that hands accounts out and the code that checks them, which loads separately.
import type { Lang } from '../i18n/locale.js'
import type { Scrubber } from '../probes/secrets.js'
import type { TlsSessionCache } from '../probes/tls-sessions.js'
import type { RunOptions } from '../run/run-check.js'
import type { Account } from './accounts.js'
import type { AccountResult } from './result.js'

export interface BatchOptions {
  concurrency: number
  perHost: number
  ratePerHost?: number
  retries: number
  run: Omit<RunOptions, 'credentials' | 'gate' | 'logins' | 'signal' | 'tlsSessions'> & {
    tlsSessions?: TlsSessionCache
  }
  lang: Lang
  env: Record<string, string | undefined>
  /** Every value of a --secrets file, scrubbed from every row's report. */
  secrets?: Scrubber
  /** The same values, for worker threads to build their own scrubber (they share no objects). */
  secretValues?: readonly string[]
  autoconfigUrls?: string[]
  version: string
  /** Stops the batch: no new accounts, and those under way end now and are left for --resume. */
  signal?: AbortSignal
}

/** Checks one account and says how it went; the batch above only hands accounts out. */
export type CheckAccount = (account: Account) => Promise<AccountResult>
