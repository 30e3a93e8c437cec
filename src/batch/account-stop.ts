// The batch's stop (Ctrl-C, SIGTERM), told to each account under way through a signal of its own.
// A check listens to its stop signal more than once (its deadline, each endpoint's deadline), and
// Node's EventTarget walks every listener of a signal at each add and remove to find duplicates:
// with 100 accounts in flight all listening to the batch's one signal, every check walked some
// 200 listeners several times. Here the batch's signal has one listener per thread.

/** One account's stop: its signal, and close() when the account is done. */
export interface AccountStop {
  signal?: AbortSignal
  close(): void
}

const NONE: AccountStop = { signal: undefined, close: () => {} }

class StopFanOut {
  private readonly live = new Set<AbortController>()

  constructor(private readonly batch: AbortSignal) {
    batch.addEventListener('abort', () => this.live.forEach((c) => c.abort(batch.reason)), { once: true })
  }

  open(): AccountStop {
    const controller = new AbortController()
    if (this.batch.aborted) controller.abort(this.batch.reason)
    else this.live.add(controller)
    return { signal: controller.signal, close: () => this.live.delete(controller) }
  }
}

const fanOuts = new WeakMap<AbortSignal, StopFanOut>()

/** A signal for one account that ends when the batch's does (none when the batch has none). */
export function accountStop(batch: AbortSignal | undefined): AccountStop {
  if (!batch) return NONE
  let fanOut = fanOuts.get(batch)
  if (!fanOut) fanOuts.set(batch, (fanOut = new StopFanOut(batch)))
  return fanOut.open()
}
