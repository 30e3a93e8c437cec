// The path from a server's certificate to a trust anchor, for a chain the handshake did not verify
// against that anchor. Built as OpenSSL builds it (trusted first: the first certificate an anchor
// is, or signed, ends the path, whatever else the server sent) and checked as OpenSSL checks it:
// every signature, every issuer below the anchor a CA (X509_check_issued also wants its key usage
// to allow signing certificates), every certificate below the anchor usable by a server. Dates
// are judged by the caller, over the path.
import type { X509Certificate } from 'node:crypto'

/** Extended key usages OpenSSL accepts for a server: serverAuth, and Netscape's and Microsoft's SGC. */
const SERVER_USAGES = ['1.3.6.1.5.5.7.3.1', '2.16.840.1.113730.4.1', '1.3.6.1.4.1.311.10.3.3']

const forServers = (cert: X509Certificate): boolean =>
  !cert.keyUsage || cert.keyUsage.some((u) => SERVER_USAGES.includes(u))

const signedBy = (cert: X509Certificate, issuer: X509Certificate): boolean =>
  cert.checkIssued(issuer) && cert.verify(issuer.publicKey)

/** The leading part of `chain` (leaf first, as sent) that ends at an anchor; undefined when none does. */
export function pathTo(chain: X509Certificate[], anchors: X509Certificate[]): X509Certificate[] | undefined {
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i]
    const isAnchor = anchors.some((a) => a.fingerprint256 === cert.fingerprint256)
    if (!isAnchor && (!forServers(cert) || (i > 0 && !cert.ca))) return undefined
    if (isAnchor || anchors.some((a) => signedBy(cert, a))) return chain.slice(0, i + 1)
    if (i + 1 === chain.length || !signedBy(cert, chain[i + 1])) return undefined
  }
  return undefined
}
