// Runs every endpoint of a check at once, sharing DNS answers, under one deadline.
import { setMaxListeners } from 'node:events'
import { timeoutTable } from '../model/timeout-table.js'
import type { EndpointResult, EndpointSpec } from '../model/types.js'
import type { ProbeOptions, SharedState } from '../probes/probe.js'
import { resolveHost, type Resolution } from '../probes/resolve.js'
import type { LoginLog } from './login-log.js'
import { runEndpoint } from './run-endpoint.js'

export interface RunHooks {
  onEndpointDone?: (result: EndpointResult) => void
}

export { defaultDeadlineMs } from '../model/timeout-evidence.js'

export interface RunOptions extends ProbeOptions {
  /** The whole check ends by then, whatever is still waiting. */
  deadlineMs: number
  /**
   * Waits for a free connection slot to a host (batch politeness); returns the release. It may
   * reject to refuse the endpoint before any connection (serve's target policy).
   */
  gate?: (host: string, endpoint: EndpointSpec) => Promise<() => void>
  /**
   * The check's name lookups (default: a fresh shared resolver). serve passes its own so that the
   * answer its target policy judged is the very answer the probes connect to.
   */
  resolver?: SharedState
  /** The caller's stop (Ctrl-C, SIGTERM): every lookup, stage and login of the check ends. */
  signal?: AbortSignal
  /** Refused logins per host; a batch shares one across its accounts. */
  logins?: LoginLog
}

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
export function checkDeadline(options: Pick<RunOptions, 'deadlineMs' | 'signal'>): Deadline {
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

/** A deadline nobody disposes (one-off commands): its timer does not hold the process. */
export const deadlineSignal = (options: Pick<RunOptions, 'deadlineMs' | 'signal'>): AbortSignal =>
  checkDeadline(options).signal

/** One lookup per name for the whole check: discovery and every endpoint share the answers. */
export function sharedResolver(
  options: Pick<RunOptions, 'dnsServer' | 'timeoutMs'>,
  signal?: AbortSignal,
): SharedState {
  const cache = new Map<string, Promise<Resolution>>()
  return {
    resolve(host) {
      const key = host.toLowerCase()
      let found = cache.get(key)
      if (!found) {
        const timeoutMs = timeoutTable(options.timeoutMs).lookup
        found = resolveHost(key, { dnsServer: options.dnsServer, timeoutMs, signal })
        cache.set(key, found)
      }
      return found
    },
  }
}

/**
 * Without a gate the endpoints run under the check's signal. With one (a batch), waiting for a
 * host's slot is the batch's own queue, not the server's time: each endpoint's deadline starts
 * when it gets its slot.
 */
export async function runEndpoints(
  endpoints: EndpointSpec[],
  options: RunOptions,
  hooks: RunHooks = {},
  shared: SharedState = sharedResolver(options),
  checkSignal: AbortSignal = deadlineSignal(options),
): Promise<EndpointResult[]> {
  return Promise.all(
    endpoints.map(async (endpoint) => {
      const queued = performance.now()
      // The host's slot is given back when the connection is closed, not when the result is in.
      const release = options.gate ? await options.gate(endpoint.host, endpoint) : undefined
      const waitedMs = Math.round(performance.now() - queued)
      const own = options.gate ? checkDeadline(options) : undefined
      const signal = own?.signal ?? checkSignal
      try {
        const result = await runEndpoint(endpoint, options, shared, { signal, waitedMs }, release).catch(
          (err: unknown) => {
            release?.()
            throw err
          },
        )
        hooks.onEndpointDone?.(result)
        return result
      } finally {
        own?.dispose()
      }
    }),
  )
}
