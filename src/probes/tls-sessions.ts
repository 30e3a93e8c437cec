// TLS sessions kept for the next connection to the same server, within one batch. A resumed
// handshake skips the certificate (the server proves it holds the session's key instead), which
// is most of a connection's CPU; but it also brings no certificate to judge. So a session is kept
// only from a connection whose certificate was judged acceptable, and a resumed connection
// reuses that verdict, for the same host, name sent (SNI), port and trusted CAs only.
import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
import { stageBudget } from './deadline.js'
import type { CertificateVerdict } from './certificate.js'

/** A ticket, with the verdict on the certificate of the connection that got it. */
export interface Kept {
  verdict: CertificateVerdict
  session: Buffer
}

/** Servers beyond this many are not remembered (oldest first): memory stays bounded. */
const MAX_SERVERS = 1000

/**
 * A short name per distinct set of trusted CAs, from its content: keys stay short to build and to
 * hash, every connection, and mean the same in every thread of a batch (sessions are shared
 * between them), so a session never stands for another set of CAs.
 */
const caKeys = new WeakMap<string[], string>()
function caKey(ca: string[]): string {
  let key = caKeys.get(ca)
  if (key === undefined) caKeys.set(ca, (key = createHash('sha256').update(ca.join('\n')).digest('base64')))
  return key
}

/**
 * What a thread tells the other threads of a batch: its first session for a server, and that it
 * no longer trusts it. Only these changes travel: each thread renews its own tickets, and a
 * session shared at the start spares the others their first full handshake with that server.
 */
export interface SessionSharing {
  kept(key: string, kept: Kept): void
  forgot(key: string): void
}

/**
 * How long a connection waits at most for the session of the first full handshake with its server
 * (a server that issues no tickets, or a first handshake that stalls, costs this once).
 */
const FIRST_SESSION_WAIT_MS = 1000

export class TlsSessionCache {
  private readonly kept = new Map<string, Kept>()
  /** Per server, the first full handshake's outcome (see offer); settled once, never made again. */
  private readonly firsts = new Map<string, FirstHandshake>()

  constructor(private readonly sharing?: SessionSharing) {}

  static key(host: string, port: number, ca: string[]): string {
    const name = host.toLowerCase()
    return `${name}\0${isIP(name) ? '' : name}\0${port}\0${caKey(ca)}`
  }

  /** The session to offer, and the verdict it stands for. */
  find(key: string): Kept | undefined {
    return this.kept.get(key)
  }

  /**
   * The session to offer. A batch opens its first connections to a server all at once, none with a
   * session to resume: each would be a full handshake, its certificate judged (~1.5 ms of CPU each,
   * the server's signature too). So while the first full handshake with a server is under way, the
   * next connections wait for the session it brings (or for its end, at most FIRST_SESSION_WAIT_MS
   * or until the stage's signal ends); once it has settled, nobody waits for that server again. The first
   * connection calls `settled` when it is done with the handshake, whatever came of it.
   */
  async offer(key: string, signal: () => AbortSignal): Promise<{ kept?: Kept; settled: () => void }> {
    const kept = this.kept.get(key)
    if (kept) return { kept, settled: () => {} }
    const first = this.firsts.get(key)
    if (first) {
      // The stage's signal, made only for a connection that waits (see stageBudget).
      if (!first.done) await waitAtMost(first.settled, FIRST_SESSION_WAIT_MS, signal())
      return { kept: this.kept.get(key), settled: () => {} }
    }
    const lead = new FirstHandshake()
    this.firsts.set(key, lead)
    if (this.firsts.size > MAX_SERVERS) this.firsts.delete(this.firsts.keys().next().value!)
    return { settled: lead.settle }
  }

  /**
   * Where the tickets of a connection whose certificate was accepted go (they arrive after the
   * handshake, with the server's first bytes). Each keeps the verdict of its own connection.
   */
  accepted(key: string, verdict: CertificateVerdict): (session: Buffer) => void {
    return (session) => {
      const first = !this.kept.delete(key)
      this.keep(key, { verdict, session })
      if (first) this.sharing?.kept(key, { verdict, session })
    }
  }

  /** A verdict that is no longer acceptable ends the reuse. */
  forget(key: string): void {
    this.firsts.get(key)?.settle()
    if (this.kept.delete(key)) this.sharing?.forgot(key)
  }

  /** Another thread's session for a server (see SessionSharing): used where this thread has none. */
  shared(key: string, kept: Kept): void {
    if (!this.kept.has(key)) this.keep(key, kept)
  }

  /** Another thread no longer trusts the server. */
  forgotten(key: string): void {
    this.kept.delete(key)
  }

  private keep(key: string, kept: Kept): void {
    this.firsts.get(key)?.settle()
    this.kept.set(key, kept)
    if (this.kept.size > MAX_SERVERS) this.kept.delete(this.kept.keys().next().value!)
  }
}

/** The first full handshake with a server: settled once, by its session or its end. */
class FirstHandshake {
  done = false
  private resolve = () => {}
  readonly settled = new Promise<void>((resolve) => (this.resolve = resolve))
  readonly settle = (): void => {
    this.done = true
    this.resolve()
  }
}

/** Settles when `promise` does, `ms` have passed or `signal` ends, whichever comes first. */
async function waitAtMost(promise: Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  const limit = stageBudget(ms, signal)
  try {
    await Promise.race([promise, limit.ended])
  } finally {
    limit.dispose()
  }
}
