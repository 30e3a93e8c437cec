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
