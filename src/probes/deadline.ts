// A deadline as one controller and one timer, both let go of when the work ends.
import { setMaxListeners } from 'node:events'

/** A deadline's signal, and what lets go of its timer and of the caller's signal once the work is done. */
export interface Deadline {
  signal: AbortSignal
  dispose(): void
}

/**
 * The check's one signal: the caller's stop, and the deadline counted from now. Discovery,
 * lookups, stages and logins all listen to it. A plain controller and one timer, disposed when
 * the check ends: AbortSignal.timeout with AbortSignal.any cost ten times as much (weak
 * references and a finalization registry each), and a batch makes two per account.
 */
export function checkDeadline(options: { deadlineMs: number; signal?: AbortSignal }): Deadline {
  const controller = new AbortController()
  const { signal } = controller
  // Every endpoint's running stage and every lookup listens to it at once.
  setMaxListeners(1000, signal)
  const parent = options.signal
  const stop = () => controller.abort(parent?.reason)
  if (parent?.aborted) {
    stop()
    return { signal, dispose: () => {} }
  }
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    options.deadlineMs,
  )
  // Like AbortSignal.timeout: a deadline alone does not keep the process alive.
  timer.unref()
  if (parent) {
    // Every check under way listens to the caller's stop (a batch: one per account in flight), and
    // each takes its listener back when it ends: no limit to warn about a leak that is not one.
    setMaxListeners(0, parent)
    parent.addEventListener('abort', stop, { once: true })
  }
  return {
    signal,
    dispose() {
      clearTimeout(timer)
      parent?.removeEventListener('abort', stop)
    },
  }
}

/** A stage's budget: `ended` settles when it is spent or the parent stops; the signal is made on demand. */
export interface StageBudget {
  /** Settles once: 'timeout' when the budget is spent, 'stopped' when the parent signal ends first. */
  ended: Promise<'timeout' | 'stopped'>
  /** The stage's signal, for a probe that listens: made when first read (most probes never do). */
  readonly signal: AbortSignal
  dispose(): void
}

/**
 * Like checkDeadline, for a stage: one timer and one listener on the parent, and the controller
 * (the costly part, ~5 µs each, seven stages an endpoint) only when a probe reads the signal.
 */
export function stageBudget(ms: number, parent: AbortSignal): StageBudget {
  let controller: AbortController | undefined
  let why: 'timeout' | 'stopped' | undefined
  let end = (_why: 'timeout' | 'stopped') => {}
  const ended = new Promise<'timeout' | 'stopped'>((resolve) => (end = resolve))
  const reason = () =>
    why === 'timeout' ? new DOMException('The operation was aborted due to timeout', 'TimeoutError') : parent.reason
  const finish = (how: 'timeout' | 'stopped') => {
    if (why) return
    why = how
    clearTimeout(timer)
    parent.removeEventListener('abort', onStop)
    controller?.abort(reason())
    end(how)
  }
  const onStop = () => finish('stopped')
  const timer = setTimeout(() => finish('timeout'), ms)
  timer.unref()
  if (parent.aborted) finish('stopped')
  else parent.addEventListener('abort', onStop, { once: true })
  return {
    ended,
    get signal() {
      if (!controller) {
        controller = new AbortController()
        if (why) controller.abort(reason())
      }
      return controller.signal
    },
    dispose() {
      clearTimeout(timer)
      parent.removeEventListener('abort', onStop)
    },
  }
}
