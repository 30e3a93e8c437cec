// Runs every endpoint of a check at once, sharing DNS answers, under one deadline.
import { setMaxListeners } from 'node:events'
import type { EndpointResult, EndpointSpec } from '../model/types.js'
import type { ProbeOptions, SharedState } from '../probes/probe.js'
import { resolveHost, type Resolution } from '../probes/resolve.js'
import { runEndpoint } from './run-endpoint.js'

export interface RunHooks {
  onEndpointDone?: (result: EndpointResult) => void
}

/** Every stage may use its whole timeout once (the login twice); the deadline bounds the sum. */
export const defaultDeadlineMs = (timeoutMs: number): number => timeoutMs * 6 + 2000

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
}

/** One lookup per name for the whole check: discovery and every endpoint share the answers. */
export function sharedResolver(options: Pick<RunOptions, 'dnsServer' | 'timeoutMs'>): SharedState {
  const cache = new Map<string, Promise<Resolution>>()
  return {
    resolve(host) {
      const key = host.toLowerCase()
      let found = cache.get(key)
      if (!found) {
        found = resolveHost(key, { dnsServer: options.dnsServer, timeoutMs: options.timeoutMs })
        cache.set(key, found)
      }
      return found
    },
  }
}

export async function runEndpoints(endpoints: EndpointSpec[], options: RunOptions, hooks: RunHooks = {}, shared: SharedState = sharedResolver(options)): Promise<EndpointResult[]> {
  const controller = new AbortController()
  // Every endpoint's running stage listens to the one deadline.
  setMaxListeners(endpoints.length + 10, controller.signal)
  const deadline = setTimeout(() => controller.abort(), options.deadlineMs)
  try {
    return await Promise.all(
      endpoints.map(async (endpoint) => {
        // The host's slot is given back when the connection is closed, not when the result is in.
        const release = options.gate ? await options.gate(endpoint.host, endpoint) : undefined
        const result = await runEndpoint(endpoint, options, shared, controller.signal, release).catch((err: unknown) => {
          release?.()
          throw err
        })
        hooks.onEndpointDone?.(result)
        return result
      }),
    )
  } finally {
    clearTimeout(deadline)
  }
}
