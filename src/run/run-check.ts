// Runs every endpoint of a check at once, sharing DNS answers, under one deadline.
import { timeoutTable } from '../model/timeout-table.js'
import type { EndpointResult, EndpointSpec } from '../model/types.js'
import type { ProbeOptions, SharedState } from '../probes/probe.js'
import { resolveHost, type Resolution } from '../probes/resolve.js'
import type { LoginLog } from './login-log.js'
import { checkDeadline } from '../probes/deadline.js'
import { runEndpoint } from './run-endpoint.js'

export { checkDeadline } from '../probes/deadline.js'

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
