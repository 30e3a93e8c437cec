import { connect, type Socket } from 'node:net'
import type { EvidenceCode } from '../model/evidence-codes.js'
import type { Evidence } from '../model/types.js'
import type { Probe } from './probe.js'
import { fail, pass, warn } from './probe.js'

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN'])

/** Connects to the resolved addresses in order; an unroutable family falls through to the next. */
export const probeTcp: Probe = async (ctx) => {
  const addresses = ctx.state.resolution?.addresses ?? []
  const skipped: Evidence[] = []
  for (const [i, { address, family }] of addresses.entries()) {
    const socket = connect({ host: address, port: ctx.endpoint.port, family })
    ctx.session.use(socket)
    const error = await connected(socket)
    const facts = { 'tcp.address': address, 'tcp.family': `IPv${family}` }
    if (!error) {
      ctx.state.address = address
      socket.setNoDelay(true)
      return skipped.length ? warn(facts, skipped) : pass(facts)
    }
    const evidence: Evidence = { code: tcpCode(error.code), detail: `${address}:${ctx.endpoint.port}`, source: { lib: 'node:net', code: error.code, response: error.message } }
    if (UNREACHABLE.has(error.code ?? '') && i < addresses.length - 1) {
      skipped.push(evidence)
      continue
    }
    return fail([...skipped, evidence], facts)
  }
  return fail([{ code: 'TCP_NO_ADDRESS', detail: ctx.endpoint.host }])
}

function connected(socket: Socket): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(undefined))
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err))
  })
}

const TCP_CODES: Record<string, EvidenceCode> = {
  ECONNREFUSED: 'TCP_REFUSED',
  ECONNRESET: 'TCP_RESET',
  ETIMEDOUT: 'TCP_TIMEOUT',
  EHOSTUNREACH: 'TCP_UNREACHABLE',
  ENETUNREACH: 'TCP_UNREACHABLE',
  EADDRNOTAVAIL: 'TCP_UNREACHABLE',
  ENETDOWN: 'TCP_UNREACHABLE',
  EHOSTDOWN: 'TCP_UNREACHABLE',
}

const tcpCode = (code: string | undefined): EvidenceCode => TCP_CODES[code ?? ''] ?? 'TCP_ERROR'
