// Connects the way mail programs do (RFC 8305, Happy Eyeballs): the resolved addresses, the two
// families interleaved, a new attempt every 250 ms or as soon as one fails, the first to connect
// wins. A dead first address does not fail the endpoint; which address answered is a fact.
import { connect, type Socket } from 'node:net'
import type { EvidenceCode } from '../model/evidence-codes.js'
import type { Evidence } from '../model/types.js'
import type { Probe } from './probe.js'
import { fail, pass, warn } from './probe.js'
import type { Resolution } from './resolve.js'

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN'])
/** RFC 8305 §5's recommended "Connection Attempt Delay". */
const ATTEMPT_DELAY_MS = 250

type Address = Resolution['addresses'][number]

export const probeTcp: Probe = async (ctx) => {
  const addresses = interleave(ctx.state.resolution?.addresses ?? [])
  if (!addresses.length) return fail([{ code: 'TCP_NO_ADDRESS', detail: ctx.endpoint.host }])
  const port = ctx.endpoint.port
  // Attempts still pending when the stage is given up are closed with the session. The winner
  // is the session's own socket: destroying it from here, under a TLS wrapper, is not ours to do.
  let won: Socket | undefined
  const { winner, failures } = await race(addresses, port, (socket) =>
    ctx.session.onClose(() => socket !== won && socket.destroy()),
  )
  won = winner?.socket
  const evidence = failures.map(({ address, error }): Evidence => ({
    code: tcpCode(error.code),
    detail: `${address.address}:${port}`,
    source: { lib: 'node:net', code: error.code, response: error.message },
  }))
  const tried = failures.map((f) => `${f.address.address} (${f.error.code ?? 'error'})`).join(', ')
  if (!winner) {
    const last = failures.at(-1)!.address
    return fail(evidence, {
      'tcp.address': last.address,
      'tcp.family': `IPv${last.family}`,
      ...(failures.length > 1 ? { 'tcp.failed': tried } : {}),
    })
  }
  ctx.session.use(winner.socket)
  ctx.state.address = winner.address.address
  winner.socket.setNoDelay(true)
  const facts = {
    'tcp.address': winner.address.address,
    'tcp.family': `IPv${winner.address.family}`,
    ...(failures.length ? { 'tcp.failed': tried } : {}),
  }
  // No route for a family is worth a word (an IPv6 set up halfway); a dead address is a fact.
  const unroutable = evidence.filter((e) => UNREACHABLE.has(e.source?.code ?? ''))
  return unroutable.length ? warn(facts, unroutable) : pass(facts)
}

/** IPv6 and IPv4 in turns, each family in the resolver's order (RFC 8305 §4). */
function interleave(addresses: Address[]): Address[] {
  const v6 = addresses.filter((a) => a.family === 6)
  const v4 = addresses.filter((a) => a.family === 4)
  const [first, second] = addresses[0]?.family === 6 ? [v6, v4] : [v4, v6]
  return Array.from({ length: Math.max(first.length, second.length) }, (_, i) => [first[i], second[i]])
    .flat()
    .filter((a): a is Address => Boolean(a))
}

interface Failure {
  address: Address
  error: NodeJS.ErrnoException
}

/** The first connection to succeed; the others are closed. `own` hands every socket to the session's cleanup. */
function race(
  addresses: Address[],
  port: number,
  own: (s: Socket) => void,
): Promise<{ winner?: { socket: Socket; address: Address }; failures: Failure[] }> {
  return new Promise((resolve) => {
    const failures: Failure[] = []
    const pending = new Set<Socket>()
    let next = 0
    let timer: NodeJS.Timeout | undefined
    let done = false
    const finish = (winner?: { socket: Socket; address: Address }) => {
      done = true
      clearTimeout(timer)
      for (const s of pending) if (s !== winner?.socket) s.destroy()
      resolve({ winner, failures })
    }
    const start = () => {
      clearTimeout(timer)
      if (done || next >= addresses.length) return
      const address = addresses[next++]
      const socket = connect({ host: address.address, port, family: address.family })
      own(socket)
      pending.add(socket)
      socket.once('connect', () => {
        if (!done) finish({ socket, address })
      })
      socket.once('error', (error: NodeJS.ErrnoException) => {
        pending.delete(socket)
        if (done) return
        failures.push({ address, error })
        if (next < addresses.length) start()
        else if (!pending.size) finish()
      })
      if (next < addresses.length) timer = setTimeout(start, ATTEMPT_DELAY_MS)
    }
    start()
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
