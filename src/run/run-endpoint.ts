// Runs the stages of one endpoint in order on one connection. Owns timing, timeouts and the
// "a failed stage skips the rest" rule, so probes hold only protocol code.
import { TIMEOUT_EVIDENCE } from '../model/stage-timeouts.js'
import type { EndpointResult, EndpointSpec, EndpointStatus, Security, StageName, StageResult } from '../model/types.js'
import { probeAuth, probeMailbox } from '../probes/auth.js'
import { probeCapabilities } from '../probes/capabilities.js'
import { probeDns } from '../probes/dns.js'
import { probeGreeting, sniffBudgetMs } from '../probes/greeting.js'
import type { Probe, ProbeContext, ProbeOptions, ProbeOutcome, SharedState } from '../probes/probe.js'
import { Scrubber } from '../probes/secrets.js'
import { Session } from '../probes/session.js'
import { probeStarttls } from '../probes/starttls.js'
import { probeTcp } from '../probes/tcp.js'
import { probeTls } from '../probes/tls.js'

export const PROBES = {
  dns: probeDns,
  tcp: probeTcp,
  tls: probeTls,
  greeting: probeGreeting,
  capabilities: probeCapabilities,
  starttls: probeStarttls,
  auth: probeAuth,
  mailbox: probeMailbox,
} satisfies Partial<Record<StageName, Probe>>

type PlannedStage = keyof typeof PROBES

export const STAGE_PLAN: Record<Security, PlannedStage[]> = {
  tls: ['dns', 'tcp', 'tls', 'greeting', 'capabilities', 'auth', 'mailbox'],
  starttls: ['dns', 'tcp', 'greeting', 'capabilities', 'starttls', 'auth', 'mailbox'],
  plain: ['dns', 'tcp', 'greeting', 'capabilities', 'auth', 'mailbox'],
}

// Stages that measure their own silence get room for what they do after it.
function stageBudgetMs(stage: PlannedStage, timeoutMs: number): number {
  if (stage === 'greeting') return timeoutMs + sniffBudgetMs(timeoutMs) + 250
  if (stage === 'dns') return timeoutMs + 250
  if (stage === 'auth' || stage === 'mailbox') return timeoutMs * 2
  return timeoutMs
}

/**
 * `onClosed` runs once the connection is fully closed. With a per-host gate that is after the
 * server has seen it end (politeness), which may be a round trip after the result is returned:
 * the caller is free to start other work meanwhile, the host's slot stays taken until then.
 */
export async function runEndpoint(endpoint: EndpointSpec, options: ProbeOptions & { gate?: unknown }, shared: SharedState, deadline: AbortSignal, onClosed?: () => void): Promise<EndpointResult> {
  const started = performance.now()
  const scrubber = options.scrubber ?? new Scrubber([options.credentials])
  const session = new Session(endpoint.protocol, options.trace, scrubber)
  const ctx: ProbeContext = { endpoint, options, session, state: {}, shared }
  const stages: StageResult[] = []
  let stopped = false
  for (const stage of STAGE_PLAN[endpoint.security]) {
    if (stopped) {
      stages.push({ stage, status: 'skip', durationMs: 0, facts: {}, evidence: [] })
      continue
    }
    const t0 = performance.now()
    const outcome = await runStage(stage, ctx, deadline)
    stages.push({ stage, ...outcome, durationMs: Math.round(performance.now() - t0) })
    if (outcome.status === 'fail') stopped = true
  }
  if (options.gate) void session.closeGracefully(250).finally(onClosed)
  else {
    session.close()
    onClosed?.()
  }
  // Every server-derived string leaves scrubbed, whichever probe made it.
  return scrubber.endpoint({
    endpoint,
    status: endpointStatus(stages),
    durationMs: Math.round(performance.now() - started),
    stages,
    transcript: session.transcript,
  })
}

async function runStage(stage: PlannedStage, ctx: ProbeContext, deadline: AbortSignal): Promise<ProbeOutcome> {
  if (deadline.aborted) return { status: 'fail', facts: {}, evidence: [{ code: 'DEADLINE' }] }
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const stopped = new Promise<ProbeOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'fail', facts: {}, evidence: [{ code: TIMEOUT_EVIDENCE[stage], detail: `${ctx.options.timeoutMs} ms` }] }), stageBudgetMs(stage, ctx.options.timeoutMs))
    onAbort = () => resolve({ status: 'fail', facts: {}, evidence: [{ code: 'DEADLINE' }] })
    deadline.addEventListener('abort', onAbort, { once: true })
  })
  const probe: Probe = PROBES[stage]
  const running = probe(ctx).catch(
    (err: Error): ProbeOutcome => ({ status: 'fail', facts: {}, evidence: [{ code: 'INTERNAL_ERROR', detail: err?.message }] }),
  )
  const outcome = await Promise.race([running, stopped])
  clearTimeout(timer)
  deadline.removeEventListener('abort', onAbort!)
  if (outcome.status === 'fail' && outcome.evidence.some((e) => e.code === TIMEOUT_EVIDENCE[stage] || e.code === 'DEADLINE')) {
    ctx.session.close()
  }
  return outcome
}

function endpointStatus(stages: StageResult[]): EndpointStatus {
  // A full mailbox is the account's problem: the way in itself works. A login the server
  // disowns at the first mailbox command (Office 365's "authenticated but not connected") is not.
  const wayInFails = (s: StageResult) => s.stage !== 'mailbox' || s.evidence.some((e) => e.code === 'AUTH_NOT_CONNECTED')
  if (stages.some((s) => s.status === 'fail' && wayInFails(s))) return 'fail'
  if (stages.some((s) => s.status === 'fail')) return 'warn'
  if (stages.every((s) => s.status === 'skip')) return 'skipped'
  if (stages.some((s) => s.status === 'warn')) return 'warn'
  return 'ok'
}
