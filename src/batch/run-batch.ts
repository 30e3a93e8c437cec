// Runs the checks of a batch: bounded overall, polite per host, transient failures retried with
// backoff, each result handed over as soon as its account finishes. The checks themselves are in
// check-account.ts, loaded only by the thread that runs them.
import type { Account } from './accounts.js'
import type { BatchOptions, CheckAccount } from './batch-options.js'
import type { AccountResult } from './result.js'

export type { BatchOptions, CheckAccount } from './batch-options.js'
export { accountLabelFields } from './result.js'

/** Accounts are pulled as workers free up: the list may be a stream read from a file. */
export async function runBatch(
  accounts: AsyncIterable<Account>,
  opts: BatchOptions,
  onResult: (r: AccountResult) => void | Promise<void>,
  given?: CheckAccount,
): Promise<{ done: number; stopped: boolean }> {
  // The checks' code is loaded only where accounts are checked: a coordinator of worker threads
  // hands them out and never needs it.
  const check = given ?? (await import('./check-account.js')).inThisThread(opts)
  const source = accounts[Symbol.asyncIterator]()
  let exhausted = false
  let dropped = false
  let done = 0
  const worker = async () => {
    while (!exhausted && !opts.signal?.aborted) {
      const next = await source.next()
      if (next.done) {
        exhausted = true
        return
      }
      const result = await check(next.value)
      // An account the stop cut short was not checked: it is left for --resume, not reported done.
      if (opts.signal?.aborted && result.notChecked) {
        dropped = true
        continue
      }
      await onResult(result)
      done++
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker))
  // Stopped means accounts were left: look once more if the source had ended anyway.
  const stopped = dropped || (!exhausted && !(await source.next()).done)
  return { done, stopped }
}
