// One TLS context per set of trusted CAs. Handing `ca` to every connection makes Node parse the
// whole root store again each time (~140 certificates); a shared context parses it once.
import tls, { createSecureContext, type SecureContext } from 'node:tls'

const contexts = new Map<string, SecureContext>()

/** Undefined when only the system's CAs are trusted: Node's default context then applies. */
export function trustContext(extraCa: string[]): SecureContext | undefined {
  if (!extraCa.length) return undefined
  const key = extraCa.join('\n')
  let context = contexts.get(key)
  if (!context) {
    // Read when needed: the getter builds Node's list of ~140 root PEM strings (~1.5 ms).
    context = createSecureContext({ ca: [...tls.rootCertificates, ...extraCa] })
    contexts.set(key, context)
  }
  return context
}
