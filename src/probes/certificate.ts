// Judges a server certificate on each count separately: dates, name, chain, issuer. One TLS
// error hides the others (an expired certificate from an unknown CA says only "expired"), so
// the verdicts here come from the certificate itself, not from the handshake's first complaint.
import { TLS_INTERCEPTORS } from '../model/tls-interceptors.js'
import { X509Certificate } from 'node:crypto'
import { checkServerIdentity, type DetailedPeerCertificate, type TLSSocket } from 'node:tls'
import type { Evidence, Facts } from '../model/types.js'
import { anchoredPath } from './anchors.js'
import { clip } from './clip.js'

const DAY_MS = 86_400_000
const EXPIRY_WARNING_DAYS = 14

const TRUST_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
])
// No anchor in the handshake's trust store (with `--ca`, an empty one: see anchors.ts). Then, and
// only then, the chain is anchored here: in `--ca`, and in the system's roots when the handshake
// did not look there.
const NO_ANCHOR_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
])

export interface CertificateVerdict {
  facts: Facts
  evidence: Evidence[]
  /** A login may go over this connection. */
  acceptable: boolean
}

/**
 * `peer` is the certificate Node already read for its identity check (it reads the whole chain
 * of every verified handshake, whatever the check does): reading it again would cost as much.
 * `storeSkipped`: the handshake trusted nothing (judgedHere), so the system's roots are looked
 * at here too.
 */
export function judgeCertificate(
  socket: TLSSocket,
  host: string,
  extraCa: string[],
  now: Date,
  peer?: DetailedPeerCertificate,
  storeSkipped = false,
): CertificateVerdict {
  // A chain OpenSSL has verified (signatures and dates) needs only its leaf read: the whole
  // chain costs 7x more (150 vs 21 µs), which was a third of a batch's CPU time. The chain is
  // read when the handshake's verdict says something is wrong with it.
  const leaf =
    peer ??
    (socket.authorized
      ? (socket.getPeerCertificate(false) as DetailedPeerCertificate)
      : socket.getPeerCertificate(true))
  if (!leaf || !leaf.raw) return { facts: {}, evidence: [{ code: 'TLS_NO_CERTIFICATE' }], acceptable: false }
  const authError = String(socket.authorizationError ?? '')
  const { chain, authorized, trusted } = socket.authorized
    ? { chain: [leaf], authorized: true, trusted: true }
    : trustOf(chainOf(leaf), authError, extraCa, storeSkipped)
  const names = altNames(leaf)
  const validFrom = new Date(leaf.valid_from)
  const validTo = new Date(leaf.valid_to)
  const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS)
  const issuer = nameOf(leaf.issuer)
  const facts: Facts = {
    'tls.version': socket.getProtocol() ?? '',
    'tls.cipher': socket.getCipher()?.name ?? '',
    'cert.subject': nameOf(leaf.subject),
    'cert.issuer': issuer,
    'cert.names': nameList(names),
    'cert.validFrom': validFrom.toISOString(),
    'cert.validTo': validTo.toISOString(),
    'cert.daysLeft': daysLeft,
    'cert.fingerprint256': leaf.fingerprint256,
  }
  const evidence: Evidence[] = []
  const expired = chain.find((c) => new Date(c.valid_to) < now)
  if (expired)
    evidence.push({ code: 'TLS_CERT_EXPIRED', detail: new Date(expired.valid_to).toISOString().slice(0, 10) })
  const early = chain.find((c) => new Date(c.valid_from) > now)
  if (early)
    evidence.push({ code: 'TLS_CERT_NOT_YET_VALID', detail: new Date(early.valid_from).toISOString().slice(0, 10) })
  const mismatch = checkServerIdentity(host, leaf)
  if (mismatch)
    evidence.push({
      code: 'TLS_CERT_HOSTNAME_MISMATCH',
      detail: nameList(names),
      source: {
        lib: 'node:tls',
        code: (mismatch as NodeJS.ErrnoException).code,
        response: clip(mismatch.message, 500),
      },
    })
  facts['cert.trusted'] = trusted
  facts['cert.nameMatches'] = !mismatch
  const interceptor = chain.map((c) => `${nameOf(c.issuer)} ${nameOf(c.subject)}`).find((n) => TLS_INTERCEPTORS.test(n))
  if (interceptor) {
    evidence.push({
      code: 'TLS_CERT_INTERCEPTED',
      detail: issuer,
      source: { lib: 'node:tls', code: String(socket.authorizationError ?? '') },
    })
  } else if (!trusted) {
    const selfSigned = leaf.issuerCertificate === leaf || nameOf(leaf.issuer) === nameOf(leaf.subject)
    evidence.push({
      code: 'TLS_CERT_UNTRUSTED',
      detail: selfSigned ? 'self-signed' : issuer,
      source: { lib: 'node:tls', code: String(socket.authorizationError ?? '') },
    })
  }
  if (!evidence.length && daysLeft < EXPIRY_WARNING_DAYS)
    evidence.push({ code: 'TLS_CERT_EXPIRING_SOON', detail: String(daysLeft) })
  const acceptable = authorized && evidence.every((e) => e.code === 'TLS_CERT_EXPIRING_SOON')
  return { facts, evidence, acceptable }
}

function chainOf(leaf: DetailedPeerCertificate): DetailedPeerCertificate[] {
  const chain = [leaf]
  let cert = leaf
  while (cert.issuerCertificate && cert.issuerCertificate !== cert && chain.length < 10) {
    cert = cert.issuerCertificate
    chain.push(cert)
  }
  return chain
}

/** Names a certificate holds, as reports show them: a certificate for 5,000 names is not printed whole. */
const MAX_NAMES = 10
export const nameList = (names: string[]): string =>
  names.length > MAX_NAMES
    ? `${names.slice(0, MAX_NAMES).join(', ')} … (${names.length - MAX_NAMES} more)`
    : names.join(', ')

export function altNames(cert: Pick<DetailedPeerCertificate, 'subjectaltname' | 'subject'>): string[] {
  const san = cert.subjectaltname ? cert.subjectaltname.split(', ').map((n) => n.replace(/^(DNS|IP Address):/, '')) : []
  return san.length ? san : cert.subject?.CN ? [String(cert.subject.CN)] : []
}

export function nameOf(name: Record<string, unknown> | undefined): string {
  if (!name) return ''
  return [name.CN, name.O].filter(Boolean).map(String).join(', ')
}

/**
 * A chain the handshake did not verify. Its dates are judged over the part that leads to an
 * anchor (what else the server sent is not part of the trust), or over all of it.
 */
function trustOf(
  sent: DetailedPeerCertificate[],
  authError: string,
  extraCa: string[],
  storeSkipped: boolean,
): { chain: DetailedPeerCertificate[]; authorized: boolean; trusted: boolean } {
  const anchored = (withSystem: boolean) =>
    anchoredPath(
      sent.map((c) => new X509Certificate(c.raw)),
      extraCa,
      withSystem,
    )
  // No anchor in the handshake's store: the one verdict the handshake could not reach.
  if (NO_ANCHOR_ERRORS.has(authError)) {
    const path = anchored(storeSkipped)
    return { chain: path ? sent.slice(0, path.length) : sent, authorized: !!path, trusted: !!path }
  }
  // A chain the handshake found wrong in itself is not trusted, whatever anchors it.
  if (TRUST_ERRORS.has(authError)) return { chain: sent, authorized: false, trusted: false }
  // The handshake's verdict names one problem only: when it was the date or the name, the chain
  // may still be bad. Its signatures and anchor tell (its dates are judged by the caller).
  const path = anchored(true)
  return { chain: path ? sent.slice(0, path.length) : sent, authorized: false, trusted: !!path }
}
