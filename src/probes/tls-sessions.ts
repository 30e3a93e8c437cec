// TLS sessions kept for the next connection to the same server, within one batch. A resumed
// handshake skips the certificate (the server proves it holds the session's key instead), which
// is most of a connection's CPU; but it also brings no certificate to judge. So a session is kept
// only from a connection whose certificate was judged acceptable, and a resumed connection
// reuses that verdict, for the same host, name sent (SNI), port and trusted CAs only.
import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
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

export class TlsSessionCache {
  private readonly kept = new Map<string, Kept>()

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
    this.kept.set(key, kept)
    if (this.kept.size > MAX_SERVERS) this.kept.delete(this.kept.keys().next().value!)
  }
}
