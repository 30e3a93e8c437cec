// Runs the stages of one endpoint in order on one connection. Owns timing, timeouts and the
// "a failed stage skips the rest" rule, so probes hold only protocol code.
import { TIMEOUT_EVIDENCE } from '../model/timeout-evidence.js'
import { timeoutTable } from '../model/timeout-table.js'
import type { EndpointResult, EndpointSpec, EndpointStatus, Security, StageName, StageResult } from '../model/types.js'
import { probeAuth, probeMailbox } from '../probes/auth.js'
import { probeCapabilities } from '../probes/capabilities.js'
import { probeDns } from '../probes/dns.js'
import { probeGreeting } from '../probes/greeting.js'
import type { Probe, ProbeContext, ProbeOptions, ProbeOutcome, SharedState } from '../probes/probe.js'
import { Scrubber } from '../probes/secrets.js'
import { Session } from '../probes/session.js'
import { probeStarttls } from '../probes/starttls.js'
import { probeTcp } from '../probes/tcp.js'
import { probeTls } from '../probes/tls.js'
import { protocolOf } from '../protocols/index.js'
import { stageBudget, type StageBudget } from '../probes/deadline.js'
import { LoginLog } from './login-log.js'

/** The signal an endpoint runs under, and how long it waited for its connection slot first. */
export interface EndpointDeadline {
  signal: AbortSignal
  waitedMs: number
}

const PROBES = {
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

const STAGE_PLAN: Record<Security, PlannedStage[]> = {
  tls: ['dns', 'tcp', 'tls', 'greeting', 'capabilities', 'auth', 'mailbox'],
  starttls: ['dns', 'tcp', 'greeting', 'capabilities', 'starttls', 'auth', 'mailbox'],
  plain: ['dns', 'tcp', 'greeting', 'capabilities', 'auth', 'mailbox'],
}

/**
 * `onClosed` runs once the connection is fully closed. With a per-host gate that is after the
 * server has seen it end (politeness), which may be a round trip after the result is returned:
 * the caller is free to start other work meanwhile, the host's slot stays taken until then.
 */
export async function runEndpoint(
  endpoint: EndpointSpec,
  options: ProbeOptions & { gate?: unknown; logins?: LoginLog },
  shared: SharedState,
  deadline: EndpointDeadline,
  onClosed?: () => void,
): Promise<EndpointResult> {
  const started = performance.now()
  const scrubber = options.scrubber ?? new Scrubber([options.credentials])
  const session = new Session(protocolOf(endpoint.protocol).framing, options.trace, scrubber)
  const timeouts = timeoutTable(options.timeoutMs)
  const ctx: ProbeContext = { endpoint, options, session, state: {}, shared, signal: deadline.signal, timeouts }
  const stages: StageResult[] = []
  let stopped = false
  for (const stage of STAGE_PLAN[endpoint.security]) {
    if (stopped) {
      stages.push({ stage, status: 'skip', durationMs: 0, facts: {}, evidence: [] })
      continue
    }
    const t0 = performance.now()
    const outcome = noteLogin(
      stage,
      await runStage(stage, ctx, deadline),
      endpoint.host,
      options.logins ?? new LoginLog(),
    )
    stages.push({ stage, ...outcome, durationMs: Math.round(performance.now() - t0) })
    if (outcome.status === 'fail' || notChecked(outcome)) stopped = true
  }
  if (options.gate) void session.closeGracefully(timeouts.closeGrace).finally(onClosed)
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

/** An abort is not the server's doing: the stage was not checked, and says how long it queued. */
function deadlineOutcome(deadline: EndpointDeadline): ProbeOutcome {
  const queued = deadline.waitedMs ? `; waited ${deadline.waitedMs} ms for a connection slot first` : ''
  return {
    status: 'skip',
    facts: {},
    evidence: [{ code: 'DEADLINE', detail: `not checked: deadline reached${queued}` }],
  }
}

const notChecked = (outcome: ProbeOutcome): boolean => outcome.evidence.some((e) => e.code === 'DEADLINE')

/** Refused logins are remembered per host; a login that then times out was slowed down, not lost. */
function noteLogin(stage: PlannedStage, outcome: ProbeOutcome, host: string, logins: LoginLog): ProbeOutcome {
  if (stage !== 'auth' || outcome.status !== 'fail') return outcome
  if (outcome.evidence.some((e) => e.code === 'AUTH_REJECTED')) logins.noteRefused(host)
  const refused = logins.refusedAt(host)
  if (!refused || !outcome.evidence.some((e) => e.code === TIMEOUT_EVIDENCE.auth)) return outcome
  const evidence = outcome.evidence.map((e) =>
    e.code === TIMEOUT_EVIDENCE.auth
      ? { code: 'AUTH_SLOWED' as const, detail: `no answer after ${refused} refused login(s) to ${host}` }
      : e,
  )
  return { ...outcome, evidence }
}

/**
 * Runs one stage under one signal: the stage's budget from the timeout table, or the check's
 * deadline, whichever ends first. The probe gets the signal to stop on; the runner stops waiting
 * for it either way, and closes the connection, so a probe that misses the signal cannot hang.
 */
async function runStage(stage: PlannedStage, ctx: ProbeContext, deadline: EndpointDeadline): Promise<ProbeOutcome> {
  if (deadline.signal.aborted) return deadlineOutcome(deadline)
  // A timer, not AbortSignal.timeout + any: a batch runs several stages per account, and those two
  // cost ten times as much (weak references, a finalization registry). The stage's signal itself
  // is made only for a probe that reads it.
  const budget = stageBudget(ctx.timeouts.stage[stage], deadline.signal)
  const stopped = budget.ended.then((why): ProbeOutcome =>
    why === 'stopped' || deadline.signal.aborted
      ? deadlineOutcome(deadline)
      : {
          status: 'fail',
          facts: {},
          evidence: [{ code: TIMEOUT_EVIDENCE[stage], detail: `${ctx.options.timeoutMs} ms` }],
        },
  )
  const probe: Probe = PROBES[stage]
  const running = probe(new StageContext(ctx, budget)).catch((err: Error): ProbeOutcome => ({
    status: 'fail',
    facts: {},
    evidence: [{ code: 'INTERNAL_ERROR', detail: err?.message }],
  }))
  const outcome = await Promise.race([running, stopped])
  budget.dispose()
  if (
    notChecked(outcome) ||
    (outcome.status === 'fail' && outcome.evidence.some((e) => e.code === TIMEOUT_EVIDENCE[stage]))
  ) {
    ctx.session.close()
  }
  return outcome
}

/**
 * A probe's context for one stage: the endpoint's, with the stage's signal made when first read.
 * A class, not a copy with the getter defined on it: that turned every stage's context into a
 * dictionary-mode object (~1 µs to make, slower to read), seven stages per account in a batch.
 */
class StageContext implements ProbeContext {
  readonly endpoint: ProbeContext['endpoint']
  readonly options: ProbeContext['options']
  readonly session: ProbeContext['session']
  readonly state: ProbeContext['state']
  readonly shared: ProbeContext['shared']
  readonly timeouts: ProbeContext['timeouts']

  constructor(
    ctx: ProbeContext,
    private readonly budget: StageBudget,
  ) {
    this.endpoint = ctx.endpoint
    this.options = ctx.options
    this.session = ctx.session
    this.state = ctx.state
    this.shared = ctx.shared
    this.timeouts = ctx.timeouts
  }

  get signal(): AbortSignal {
    return this.budget.signal
  }
}

/** An endpoint the deadline (or a stop) cut short: not checked, whatever its earlier stages said. */
export const cutByDeadline = (e: Pick<EndpointResult, 'stages'>): boolean =>
  e.stages.some((s) => s.evidence.some((ev) => ev.code === 'DEADLINE'))

function endpointStatus(stages: StageResult[]): EndpointStatus {
  if (cutByDeadline({ stages })) return 'skipped'
  // A full mailbox is the account's problem: the way in itself works. A login the server
  // disowns at the first mailbox command (Office 365's "authenticated but not connected") is not.
  const wayInFails = (s: StageResult) =>
    s.stage !== 'mailbox' || s.evidence.some((e) => e.code === 'AUTH_NOT_CONNECTED')
  if (stages.some((s) => s.status === 'fail' && wayInFails(s))) return 'fail'
  if (stages.some((s) => s.status === 'fail')) return 'warn'
  if (stages.every((s) => s.status === 'skip')) return 'skipped'
  if (stages.some((s) => s.status === 'warn')) return 'warn'
  return 'ok'
}
