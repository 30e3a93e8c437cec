// TLS sessions kept for the next connection to the same server, within one batch. A resumed
// handshake skips the certificate (the server proves it holds the session's key instead), which
// is most of a connection's CPU; but it also brings no certificate to judge. So a session is kept
// only from a connection whose certificate was judged acceptable, and a resumed connection
// reuses that verdict, for the same host, name sent (SNI), port and trusted CAs only.
import { isIP } from 'node:net'
import type { CertificateVerdict } from './certificate.js'

interface Kept {
  verdict: CertificateVerdict
  /** The newest ticket the server gave for this connection. */
  session?: Buffer
}

/** Servers beyond this many are not remembered (oldest first): memory stays bounded. */
const MAX_SERVERS = 1000

const caKeys = new WeakMap<string[], string>()
function caKey(ca: string[]): string {
  let key = caKeys.get(ca)
  if (key === undefined) caKeys.set(ca, (key = ca.join('\n')))
  return key
}

export class TlsSessionCache {
  private readonly kept = new Map<string, Kept>()

  static key(host: string, port: number, ca: string[]): string {
    const name = host.toLowerCase()
    return `${name}\0${isIP(name) ? '' : name}\0${port}\0${caKey(ca)}`
  }

  /** The session to offer, and the verdict it stands for. */
  find(key: string): { session: Buffer; verdict: CertificateVerdict } | undefined {
    const kept = this.kept.get(key)
    return kept?.session ? { session: kept.session, verdict: kept.verdict } : undefined
  }

  /**
   * Remembers an accepted certificate's verdict; returns where the server's tickets go (they
   * arrive after the handshake, with the server's first bytes).
   */
  accepted(key: string, verdict: CertificateVerdict): (session: Buffer) => void {
    const before = this.kept.get(key)
    // A resumed connection stands on the same verdict: its ticket is still good until a new one comes.
    const kept: Kept = { verdict, session: before?.verdict === verdict ? before.session : undefined }
    this.kept.delete(key)
    this.kept.set(key, kept)
    if (this.kept.size > MAX_SERVERS) this.kept.delete(this.kept.keys().next().value!)
    return (session) => {
      if (this.kept.get(key) === kept) kept.session = session
    }
  }

  /** A verdict that is no longer acceptable ends the reuse. */
  forget(key: string): void {
    this.kept.delete(key)
  }
}
