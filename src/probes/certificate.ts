// Judges a server certificate on each count separately: dates, name, chain, issuer. One TLS
// error hides the others (an expired certificate from an unknown CA says only "expired"), so
// the verdicts here come from the certificate itself, not from the handshake's first complaint.
import { TLS_INTERCEPTORS } from '../model/tls-interceptors.js'
import { X509Certificate } from 'node:crypto'
import { checkServerIdentity, rootCertificates, type DetailedPeerCertificate, type TLSSocket } from 'node:tls'
import type { Evidence, Facts } from '../model/types.js'
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
// The handshake is verified against the system's CAs only (building a context with them and
// `--ca` parses the whole root store, 40 ms at every start). These errors mean "no anchor found":
// then, and only then, the chain is judged against `--ca` here.
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
 */
export function judgeCertificate(
  socket: TLSSocket,
  host: string,
  extraCa: string[],
  now: Date,
  peer?: DetailedPeerCertificate,
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
  const chain = socket.authorized ? [leaf] : chainOf(leaf)
  const authError = String(socket.authorizationError ?? '')
  const authorized =
    socket.authorized ||
    (extraCa.length > 0 && NO_ANCHOR_ERRORS.has(authError) && anchoredIn(chain, caAnchors(extraCa)))
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
  const trusted = authorized || chainTrusted(chain, extraCa, authError)
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

// The handshake's own verdict names only one problem. When that problem was the date or the
// name, the chain may still be bad: check it by signatures alone, ignoring dates.
function chainTrusted(chain: DetailedPeerCertificate[], extraCa: string[], authError: string): boolean {
  if (TRUST_ERRORS.has(authError)) return false
  systemAnchors ??= rootCertificates.map((pem) => new X509Certificate(pem))
  return anchoredIn(chain, [...systemAnchors, ...caAnchors(extraCa)])
}

/** The chain's signatures hold, and its top is one of `anchors` or signed by one. */
function anchoredIn(chain: DetailedPeerCertificate[], anchors: X509Certificate[]): boolean {
  const certs = chain.map((c) => new X509Certificate(c.raw))
  for (let i = 0; i + 1 < certs.length; i++) {
    if (certs[i].checkIssued(certs[i + 1]) && !certs[i].verify(certs[i + 1].publicKey)) return false
  }
  const top = certs[certs.length - 1]
  return anchors.some(
    (root) => root.fingerprint256 === top.fingerprint256 || (top.checkIssued(root) && top.verify(root.publicKey)),
  )
}

let systemAnchors: X509Certificate[] | undefined
const parsedCa = new Map<string, X509Certificate>()
const caAnchors = (extraCa: string[]): X509Certificate[] =>
  extraCa.map((pem) => parsedCa.get(pem) ?? parsedCa.set(pem, new X509Certificate(pem)).get(pem)!)
