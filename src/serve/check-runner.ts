// Every check the server runs (page, API, probe) goes through here: a global limit on checks at
// once, the batch's per-host gate, and the target policy applied to each endpoint before it
// connects — also to the servers discovery finds, which the request did not name. The policy
// judges the check's own cached DNS answers, the ones the probes then connect to, so a name that
// changes its answer between the judgement and the connection (DNS rebinding) gains nothing.
import { hostGate } from '../batch/gate.js'
import type { CheckResult, EndpointSpec } from '../model/types.js'
import type { SharedState } from '../probes/probe.js'
import { runCheckRequest, type CheckHooks, type CheckRequest } from '../run/check.js'
import { sharedResolver } from '../run/run-check.js'
import { semaphore } from './guards.js'
import { checkHost, checkPort, checkResolved, isPrivateAddress, type TargetPolicy } from './target-policy.js'

export interface CheckRunner {
  /** Refuses a named host or port before anything starts (a clear 403/422 instead of a stream). */
  precheck(req: CheckRequest): Promise<void>
  run(req: CheckRequest, hooks?: CheckHooks): Promise<CheckResult>
  readonly active: number
}

/** A private address never reaches a connection: discovery's HTTP fetches see no address at all. */
function publicOnly(base: SharedState): SharedState {
  return {
    async resolve(host) {
      const found = await base.resolve(host)
      if (!found.addresses.some((a) => isPrivateAddress(a.address))) return found
      return { addresses: [], via: found.via, failure: { code: 'DNS_NODATA', detail: `${host}: a private address` } }
    },
  }
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
        const answers = sharedResolver(req.options)
        const gate = async (host: string, endpoint: EndpointSpec) => {
          checkPort(policy, endpoint.port)
          checkResolved(policy, endpoint.host, await answers.resolve(endpoint.host))
          return hosts(host)
        }
        const resolver = policy.allowPrivate ? answers : publicOnly(answers)
        return await runCheckRequest({ ...req, options: { ...req.options, gate, resolver } }, hooks)
      } finally {
        release()
      }
    },
    get active() {
      return slots.active
    },
  }
}
