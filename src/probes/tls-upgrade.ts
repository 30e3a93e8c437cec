import type { EvidenceCode } from '../model/evidence-codes.js'
// Runs a TLS handshake over a connected socket and judges the result. Verification is done by
// reading the certificate rather than by aborting the handshake, so one handshake tells us
// everything; nothing secret is sent over a connection whose certificate was not accepted.
import { isIP, type Socket } from 'node:net'
import {
  connect as tlsConnect,
  createSecureContext,
  TLSSocket,
  type ConnectionOptions,
  type SecureContext,
  type DetailedPeerCertificate,
  type PeerCertificate,
} from 'node:tls'
import type { Evidence, Facts } from '../model/types.js'
import { judgedHere } from './anchors.js'
import { judgeCertificate } from './certificate.js'
import { TlsSessionCache } from './tls-sessions.js'
import type { ProbeContext } from './probe.js'

export type UpgradeResult =
  | { ok: true; socket: TLSSocket; facts: Facts; evidence: Evidence[]; acceptable: boolean }
  | { ok: false; error: NodeJS.ErrnoException }

/**
 * Without `--ca`, Node's default context (the system's CAs, parsed once by OpenSSL). With it, an
 * empty trust store: any CA given to a context makes Node 20 build its root store as well (~25 ms),
 * so judgeCertificate anchors the chain, in `--ca` first and then in the system's roots.
 */
export function tlsOptions(ctx: ProbeContext, extra: Partial<ConnectionOptions> = {}): ConnectionOptions {
  const host = ctx.endpoint.host
  return {
    servername: isIP(host) ? undefined : host,
    rejectUnauthorized: false,
    // Certificates are judged by us; Node's own name check would only repeat it.
    checkServerIdentity: () => undefined,
    ...(judgedHere(ctx.options.ca) ? { ca: [] } : {}),
    ...extra,
  }
}

/** Whoever must let go of the connection when the probe stops. */
export interface SocketOwner {
  adopt(socket: Socket): void
}

/**
 * A TLS handshake over `socket`. The TLS wrapper takes over the TCP socket's native handle, so
 * from here on only the wrapper may be destroyed: destroying the TCP socket as well closes the
 * handle twice, and Node 20 then crashes reading freed memory (found by the fuzz suite with
 * servers that stall or reset mid-handshake).
 */
export function handshake(
  socket: Socket,
  options: ConnectionOptions,
  owner: SocketOwner,
  onSession?: (session: Buffer) => void,
): Promise<{ socket: TLSSocket; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const secure = connectOnce({ ...options, socket })
    owner.adopt(secure)
    // Tickets may come with the handshake's last bytes, before we have judged the certificate.
    if (onSession) secure.on('session', onSession)
    secure.once('secureConnect', () => resolve({ socket: secure }))
    secure.once('error', (error: NodeJS.ErrnoException) => resolve({ socket: secure, error }))
  })
}

/** What tls.connect reads per connection; any other option shapes the secure context itself. */
const PER_CONNECTION = new Set(['socket', 'servername', 'rejectUnauthorized', 'checkServerIdentity', 'session'])
let defaultContext: SecureContext | undefined
let emptyTrustContext: SecureContext | undefined

/**
 * Given no secure context, tls.connect makes one per connection (an OpenSSL SSL_CTX, ~0.3 ms of
 * CPU: more than the rest of a resumed handshake's start, in a batch of thousands). The two
 * trust settings a check uses — Node's default, and the empty store of a `--ca` check — share one
 * context each per thread; any other setting (the legacy retry's versions and ciphers) still
 * gets a context of its own.
 */
function withContext(options: ConnectionOptions): ConnectionOptions {
  if (options.secureContext) return options
  const { ca, ...rest } = options
  const shaping = Object.keys(rest).filter((k) => !PER_CONNECTION.has(k))
  if (shaping.length) return options
  if (ca === undefined) return { ...rest, secureContext: (defaultContext ??= createSecureContext()) }
  if (Array.isArray(ca) && ca.length === 0)
    return { ...rest, secureContext: (emptyTrustContext ??= createSecureContext({ ca: [] })) }
  return options
}

/**
 * tls.connect with a session to resume. Node 20 hands the session to OpenSSL twice (once when the
 * wrapper is made, again in connect), and each time OpenSSL decodes the whole session, the
 * server's certificate and its key included: the most costly step of a resumed connection's
 * start. The second, identical call is left out; the first already set the same session.
 */
function connectOnce(given: ConnectionOptions): TLSSocket {
  const options = withContext(given)
  if (!options.session) return tlsConnect(options)
  const proto = TLSSocket.prototype
  const setSession = Object.getOwnPropertyDescriptor(proto, 'setSession')!
  Object.defineProperty(proto, 'setSession', { ...setSession, value: () => {} })
  try {
    return tlsConnect(options)
  } finally {
    Object.defineProperty(proto, 'setSession', setSession)
  }
}

const NONE = () => {}

export async function upgrade(ctx: ProbeContext, plain: Socket): Promise<UpgradeResult> {
  ctx.session.reader.detach()
  const { host, port } = ctx.endpoint
  const sessions = ctx.options.tlsSessions
  const key = sessions && TlsSessionCache.key(host, port, ctx.options.ca)
  const { kept: offered, settled } = key
    ? await sessions.offer(key, () => ctx.signal)
    : { kept: undefined, settled: NONE }
  let ticket: Buffer | undefined
  let keep: ((session: Buffer) => void) | undefined
  const onSession = sessions && ((session: Buffer) => (keep ? keep(session) : (ticket = session)))
  let peer: DetailedPeerCertificate | undefined
  const checkServerIdentity = (_name: string, cert: PeerCertificate) => void (peer = cert as DetailedPeerCertificate)
  const { socket, error } = await handshake(
    plain,
    tlsOptions(ctx, { checkServerIdentity, ...(offered ? { session: offered.session } : {}) }),
    ctx.session,
    onSession,
  )
  // The first full handshake with the server is done with when its connection is (its session,
  // if one comes, comes before).
  if (error) settled()
  else socket.once('close', settled)
  if (error) return { ok: false, error }
  ctx.session.use(socket)
  // A resumed session shows no certificate: it stands on the verdict of the one it resumes.
  const verdict =
    offered && socket.isSessionReused()
      ? offered.verdict
      : judgeCertificate(socket, host, ctx.options.ca, ctx.options.now(), peer, judgedHere(ctx.options.ca))
  if (key && verdict.acceptable) {
    keep = sessions.accepted(key, verdict)
    if (ticket) keep(ticket)
  } else if (key) sessions.forget(key)
  return { ok: true, socket, facts: verdict.facts, evidence: verdict.evidence, acceptable: verdict.acceptable }
}

/** The evidence of a failed handshake: the library's own words, classified later. */
export function handshakeEvidence(error: NodeJS.ErrnoException, code: EvidenceCode = 'TLS_ERROR'): Evidence {
  return { code, detail: error.message, source: { lib: 'node:tls', code: error.code, response: error.message } }
}
