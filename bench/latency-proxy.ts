// A TCP proxy on loopback that delays every chunk by half the round-trip time in each direction,
// keeping order: the network between a mail client and its server, made slow on purpose.
import { connect, createServer, type Socket } from 'node:net'
import { closeServer } from '../fixtures/servers/close.js'

export interface LatencyProxy {
  port: number
  close(): Promise<void>
}

/**
 * Loopback completes the TCP handshake at once; a real network takes one round trip. So nothing
 * crosses in either direction before `handshakeMs`, and every chunk takes `oneWayMs`.
 */
function delayed(from: Socket, to: Socket, oneWayMs: number, handshakeMs: number): void {
  let last = Date.now() + handshakeMs
  from.on('data', (chunk: Buffer) => {
    // Each chunk leaves no earlier than the one before: a FIFO link.
    const at = Math.max(Date.now() + oneWayMs, last)
    last = at
    setTimeout(() => to.destroyed || to.write(chunk), at - Date.now())
  })
  from.on('end', () => setTimeout(() => to.end(), Math.max(0, last - Date.now()) + oneWayMs))
  from.on('error', () => to.destroy())
  // A side that is gone without a clean end (reset) takes the other with it, after what is in flight.
  from.on('close', () => setTimeout(() => to.end(), Math.max(0, last - Date.now()) + oneWayMs))
}

export async function startLatencyProxy(
  targetPort: number,
  rttMs: number,
  targetHost = '127.0.0.1',
  /** Sees each client connection as it comes (batch-warmup.ts counts them). */
  onClient?: (client: Socket) => void,
): Promise<LatencyProxy> {
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    onClient?.(client)
    sockets.add(client)
    client.setNoDelay(true)
    // The SYN/SYN-ACK round trip of the real network: the upstream connection opens after it.
    const upstream = connect({ host: targetHost, port: targetPort, noDelay: true })
    sockets.add(upstream)
    delayed(client, upstream, rttMs / 2, rttMs)
    delayed(upstream, client, rttMs / 2, rttMs)
    // One side closing ends the other only after the data still in flight has been delivered
    // (the delayed 'end' above); an error cuts both at once.
    const cleanup = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('close', () => sockets.delete(client))
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', cleanup)
    client.on('error', cleanup)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as { port: number }).port,
    close: () => closeServer(server, sockets),
  }
}
