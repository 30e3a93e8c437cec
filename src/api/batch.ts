// The library's `runBatch`: many accounts, checked the way `maildoctor batch` checks them
// (bounded, polite per host, retried), each result handed over as soon as it is done.
import { isAccount, rowError, toAccount, type Account } from '../batch/accounts.js'
import { inputErrorRow, type AccountResult } from '../batch/result.js'
import { runBatch as runAccounts } from '../batch/run-batch.js'
import type { Protocol, Security } from '../model/types.js'
import { toolVersion } from '../package-root.js'
import { localiseAccount, type AccountReport } from '../report/batch/localise.js'
import { runOptions, type EngineOptions } from './options.js'

/** One account: the fields of a batch file's row, and the password itself (a program holds it). */
export interface BatchAccount {
  address?: string
  host?: string
  user?: string
  password?: string
  protocols?: Protocol[]
  port?: number
  security?: Security
}

export interface RunBatchOptions extends EngineOptions {
  /** Accounts checked at once (default 8). */
  concurrency?: number
  /** Connections to one host at once (default 4). */
  perHost?: number
  /** New connections per second to one host. */
  ratePerHost?: number
  /** Retries of transient failures, with backoff (default 0). */
  retries?: number
  /** Stops handing out new accounts; those under way finish within their deadlines. */
  signal?: AbortSignal
}

/**
 * Checks every account; `onResult` gets each result as it finishes (in finishing order; `line`
 * is the account's 1-based position), its causes in words of `options.lang`. A bad account is a
 * result with `inputError`, never a throw.
 */
export async function runBatch(
  accounts: Iterable<BatchAccount> | AsyncIterable<BatchAccount>,
  onReport: (result: AccountReport) => void | Promise<void>,
  options: RunBatchOptions = {},
): Promise<{ done: number; stopped: boolean }> {
  const lang = options.lang ?? 'en'
  const onResult = (r: AccountResult) => onReport(localiseAccount(r, lang))
  async function* valid(): AsyncGenerator<Account> {
    let line = 0
    for await (const { password, protocols, ...fields } of accounts) {
      line++
      const parsed = toAccount(line, { ...fields, protocols: protocols?.join(',') })
      if (isAccount(parsed)) yield { ...parsed, password }
      else {
        const { message, text } = rowError(line, parsed)
        await onResult(inputErrorRow(line, message, text))
      }
    }
  }
  return runAccounts(
    valid(),
    {
      concurrency: options.concurrency ?? 8,
      perHost: options.perHost ?? 4,
      ratePerHost: options.ratePerHost,
      retries: options.retries ?? 0,
      run: runOptions(options),
      lang,
      env: {},
      autoconfigUrls: options.autoconfigUrls,
      version: toolVersion(),
      signal: options.signal,
    },
    onResult,
  )
}
