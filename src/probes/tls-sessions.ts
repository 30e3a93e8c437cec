// TLS sessions kept for the next connection to the same server, within one batch. A resumed
// handshake skips the certificate (the server proves it holds the session's key instead), which
// is most of a connection's CPU; but it also brings no certificate to judge. So a session is kept
// only from a connection whose certificate was judged acceptable, and a resumed connection
// reuses that verdict, for the same host, name sent (SNI), port and trusted CAs only.
import { isIP } from 'node:net'
import type { CertificateVerdict } from './certificate.js'

/** A ticket, with the verdict on the certificate of the connection that got it. */
interface Kept {
  verdict: CertificateVerdict
  session: Buffer
}

/** Servers beyond this many are not remembered (oldest first): memory stays bounded. */
const MAX_SERVERS = 1000

/**
 * A short name per distinct set of trusted CAs: keys stay short to build and to hash, every
 * connection. Names are never reused (a forgotten set seen again gets a new one, and its sessions
 * are simply not found), so a session never stands for another set of CAs.
 */
const caSets = new Map<string, string>()
let caSetsNamed = 0
const caKeys = new WeakMap<string[], string>()
function caKey(ca: string[]): string {
  let key = caKeys.get(ca)
  if (key === undefined) {
    const pems = ca.join('\n')
    key = caSets.get(pems)
    if (key === undefined) {
      if (caSets.size >= MAX_SERVERS) caSets.clear()
      caSets.set(pems, (key = `ca${caSetsNamed++}`))
    }
    caKeys.set(ca, key)
  }
  return key
}

export class TlsSessionCache {
  private readonly kept = new Map<string, Kept>()

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
      this.kept.delete(key)
      this.kept.set(key, { verdict, session })
      if (this.kept.size > MAX_SERVERS) this.kept.delete(this.kept.keys().next().value!)
    }
  }

  /** A verdict that is no longer acceptable ends the reuse. */
  forget(key: string): void {
    this.kept.delete(key)
  }
}
