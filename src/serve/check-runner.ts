// Every check the server runs (page, API, probe) goes through here: a global limit on checks at
// once, the batch's per-host gate, and the target policy applied to each endpoint before it
// connects — also to the servers discovery finds, which the request did not name.
import { hostGate } from '../batch/gate.js'
import type { CheckResult } from '../model/types.js'
import { runCheckRequest, type CheckHooks, type CheckRequest } from '../run/check.js'
import { semaphore } from './guards.js'
import { checkEndpoint, checkHost, checkPort, type TargetPolicy } from './target-policy.js'

export interface CheckRunner {
  /** Refuses a named host or port before anything starts (a clear 403/422 instead of a stream). */
  precheck(req: CheckRequest): Promise<void>
  run(req: CheckRequest, hooks?: CheckHooks): Promise<CheckResult>
  readonly active: number
}

export function checkRunner(policy: TargetPolicy, maxChecks: number, perHost: number): CheckRunner {
  const slots = semaphore(maxChecks)
  const hosts = hostGate(perHost)
  return {
    async precheck(req) {
      if (req.port !== undefined) checkPort(policy, req.port)
      const host = req.host ?? req.target.host
      if (host) await checkHost(policy, host)
    },
    async run(req, hooks) {
      const release = await slots.acquire()
      try {
        const gate = async (host: string, endpoint: { host: string; port: number }) => {
          await checkEndpoint(policy, endpoint)
          return hosts(host)
        }
        return await runCheckRequest({ ...req, options: { ...req.options, gate } }, hooks)
      } finally {
        release()
      }
    },
    get active() {
      return slots.active
    },
  }
}
