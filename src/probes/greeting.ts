import type { EvidenceCode } from '../model/evidence-codes.js'
import type { Evidence } from '../model/types.js'
import { parseGreeting, type GreetingKind } from '../protocol/greeting.js'
import { WireError } from './line-reader.js'
import type { Probe, ProbeContext, ProbeOutcome } from './probe.js'
import { fail, pass } from './probe.js'
import { handshake, tlsOptions } from './tls-upgrade.js'

/** How long, after a silent plaintext connection, we give a TLS handshake to prove the port is TLS. */
export const sniffBudgetMs = (timeoutMs: number): number => Math.min(timeoutMs, 2000)

const KIND_EVIDENCE: Record<GreetingKind, EvidenceCode | null> = {
  ready: null,
  preauth: null,
  unavailable: 'SERVER_REPLY',
  busy: 'SERVER_REPLY',
  rejected: 'SERVER_REPLY',
  'other-protocol': 'GREETING_OTHER_PROTOCOL',
  garbage: 'PROTOCOL_GARBAGE',
}

export const probeGreeting: Probe = async (ctx) => {
  const timeout = Symbol('timeout')
  let timer: NodeJS.Timeout | undefined
  const silence = new Promise<typeof timeout>(
    (resolve) => (timer = setTimeout(() => resolve(timeout), ctx.options.timeoutMs)),
  )
  try {
    const reply = await Promise.race([ctx.session.readGreeting(), silence])
    if (reply === timeout) return await silentServer(ctx)
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
    clearTimeout(timer)
  }
}

// Nothing arrived. On a plaintext connection the usual reason is a port that expects TLS first:
// a ClientHello answered by a ServerHello proves it.
async function silentServer(ctx: ProbeContext): Promise<ProbeOutcome> {
  const silent: Evidence = { code: 'GREETING_TIMEOUT', detail: `${ctx.options.timeoutMs} ms` }
  const socket = ctx.session.socket
  if (ctx.endpoint.security === 'tls' || !socket || socket.destroyed) return fail([silent])
  ctx.session.reader.detach()
  let timer: NodeJS.Timeout | undefined
  const gaveUp = new Promise<undefined>(
    (resolve) => (timer = setTimeout(() => resolve(undefined), sniffBudgetMs(ctx.options.timeoutMs))),
  )
  const attempt = handshake(socket, tlsOptions(ctx), ctx.session)
  const outcome = await Promise.race([attempt, gaveUp])
  clearTimeout(timer)
  // The session owns the TLS wrapper now and lets go of it when the endpoint is done.
  if (outcome && !outcome.error) return fail([{ code: 'TLS_WRONG_MODE', detail: 'server-expects-tls' }])
  return fail([silent])
}

export function wireEvidence(err: unknown): Evidence {
  if (err instanceof WireError) {
    const code = WIRE_CODES[err.code] ?? 'SOCKET_ERROR'
    return { code, detail: err.message, source: { code: err.code, response: err.message } }
  }
  const e = err as NodeJS.ErrnoException
  return { code: 'SOCKET_ERROR', detail: e?.message, source: { code: e?.code, response: e?.message } }
}

const WIRE_CODES: Record<string, EvidenceCode> = {
  CONNECTION_CLOSED: 'CONNECTION_CLOSED',
  ECONNRESET: 'TCP_RESET',
  EPIPE: 'TCP_RESET',
  LINE_TOO_LONG: 'PROTOCOL_LINE_TOO_LONG',
  TOO_MANY_LINES: 'PROTOCOL_LINE_TOO_LONG',
  TLS_RECORD: 'TLS_WRONG_MODE',
  ABORTED: 'ABORTED',
}
