// Servers and addresses as people write them: internationalised domains (città.it) in their
// ASCII form (xn--citt-5qa.it) as DNS and certificates know them, and "host:port" or
// "[2001:db8::1]:993" as curl, openssl s_client and swaks take them.
import { isIP } from 'node:net'
import { domainToASCII } from 'node:url'

/** The ASCII (punycode) form of a domain; undefined when it cannot be a domain at all. */
export function asciiDomain(domain: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(domain)) return domain
  return domainToASCII(domain) || undefined
}

/** An address with its domain in ASCII form; the local part is left as written. */
export function asciiAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@')
  const domain = asciiDomain(address.slice(at + 1))
  return domain === undefined ? undefined : `${address.slice(0, at)}@${domain}`
}

/** "host:port", "[v6]:port" or "[v6]" → the host and the port text; anything else is all host. */
export function splitHostPort(text: string): { host: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text)
  if (bracketed) return { host: bracketed[1], port: bracketed[2] }
  const named = /^([^:\s]+):(\d+)$/.exec(text)
  if (named) return { host: named[1], port: named[2] }
  return { host: text }
}

/** A host as typed, with an optional port: IP literals as they are, names in ASCII form. */
function hostAndPort(text: string): { host: string; port?: string } {
  const { host, port } = splitHostPort(text)
  return { host: isIP(host) ? host : (asciiDomain(host) ?? host), ...(port !== undefined ? { port } : {}) }
}

/**
 * The address, host and port of a file's row (batch, run config) in the form the checks take.
 * A port both in host: and in port: that disagree is the row's error.
 */
export function normaliseTargetFields(row: Record<string, unknown>): Record<string, unknown> | string {
  const out = { ...row }
  if (typeof row.address === 'string' && row.address.includes('@'))
    out.address = asciiAddress(row.address.trim()) ?? row.address
  if (typeof row.host === 'string' && row.host.trim()) {
    const { host, port } = hostAndPort(row.host.trim())
    out.host = host
    const given =
      row.port === undefined || row.port === null || String(row.port).trim() === ''
        ? undefined
        : String(row.port).trim()
    if (port !== undefined && given !== undefined && given !== port)
      return `host "${row.host}" names port ${port} but port is ${given}`
    if (port !== undefined) out.port = port
  }
  return out
}
