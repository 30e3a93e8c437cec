import type { EvidenceCode } from '../model/evidence-codes.js'
import type { Evidence } from '../model/types.js'
import type { GreetingKind } from '../protocols/greeting.js'
import { parseGreeting } from '../protocols/index.js'
import type { Probe, ProbeContext, ProbeOutcome } from './probe.js'
import { fail, pass } from './probe.js'
import { handshake, tlsOptions } from './tls-upgrade.js'
import { wireEvidence } from './wire-evidence.js'
import { stageBudget } from './deadline.js'

const KIND_EVIDENCE: Record<GreetingKind, EvidenceCode | null> = {
  ready: null,
  preauth: null,
  unavailable: 'SERVER_REPLY',
  busy: 'SERVER_REPLY',
  rejected: 'SERVER_REPLY',
  'other-protocol': 'GREETING_OTHER_PROTOCOL',
  garbage: 'PROTOCOL_GARBAGE',
}

const SILENT = Symbol('silent')

/** Resolves with SILENT when `ms` pass or the signal ends first. */
function silence(ms: number, signal: AbortSignal): { done: Promise<typeof SILENT>; cancel(): void } {
  const limit = stageBudget(ms, signal)
  return { done: limit.ended.then(() => SILENT), cancel: () => limit.dispose() }
}

export const probeGreeting: Probe = async (ctx) => {
  const quiet = silence(ctx.timeouts.greetingSilence, ctx.signal)
  try {
    const reply = await Promise.race([ctx.session.readGreeting(), quiet.done])
    if (reply === SILENT) return await silentServer(ctx)
    const greeting = parseGreeting(ctx.endpoint.protocol, reply.lines)
    ctx.state.greeting = greeting
    const facts = { greeting: ctx.session.shown(greeting.text), 'greeting.kind': greeting.kind }
    const code = KIND_EVIDENCE[greeting.kind]
    if (!code) return pass(facts)
    const evidence: Evidence = {
      code,
      detail: greeting.spokenProtocol,
      source: { response: ctx.session.shown(greeting.text, 500) },
    }
    return fail([evidence], facts)
  } catch (err) {
    return fail([wireEvidence(err)])
  } finally {
    quiet.cancel()
  }
}

// Nothing arrived. On a plaintext connection the usual reason is a port that expects TLS first:
// a ClientHello answered by a ServerHello proves it.
async function silentServer(ctx: ProbeContext): Promise<ProbeOutcome> {
  const silent: Evidence = { code: 'GREETING_TIMEOUT', detail: `${ctx.timeouts.greetingSilence} ms` }
  const socket = ctx.session.socket
  if (ctx.endpoint.security === 'tls' || !socket || socket.destroyed) return fail([silent])
  ctx.session.reader.detach()
  const gaveUp = silence(ctx.timeouts.tlsSniff, ctx.signal)
  const attempt = handshake(socket, tlsOptions(ctx), ctx.session)
  const outcome = await Promise.race([attempt, gaveUp.done])
  gaveUp.cancel()
  // The session owns the TLS wrapper now and lets go of it when the endpoint is done.
  if (outcome !== SILENT && !outcome.error) return fail([{ code: 'TLS_WRONG_MODE', detail: 'server-expects-tls' }])
  return fail([silent])
}
