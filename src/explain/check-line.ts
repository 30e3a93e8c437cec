// From what a pasted error revealed (host, protocol, port, security) to the `maildoctor check`
// command line that tests exactly those settings. Pure: explain prints it.
import { isProtocolName } from '../model/types.js'
import type { Peeled } from '../diagnose/wrapper.js'

const IMPLICIT_TLS = new Set([465, 993, 995])

export interface Extracted {
  host?: string
  protocol?: string
  port?: number
  security?: 'tls' | 'starttls' | 'plain'
  socketError?: number
  errorNumber?: string
  reply?: string
}

/** The settings read from the text, with the security the port implies when the text said none. */
export function extractedSettings(peeled: Peeled, hints: { protocol?: string; port?: number }): Extracted {
  const protocol = hints.protocol && hints.protocol !== 'any' ? hints.protocol : peeled.protocol
  const port = hints.port ?? peeled.port
  const security = peeled.security === 'tls' || (port !== undefined && IMPLICIT_TLS.has(port)) ? 'tls' : peeled.security
  const { host, socketError, errorNumber, reply } = peeled
  const out: Extracted = { host, protocol, port, security, socketError, errorNumber, reply }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Extracted
}

/** The check that reproduces the settings; placeholders where the text said nothing. */
export function checkCommandLine(e: Extracted, placeholder: string): string {
  const parts = ['maildoctor', 'check', e.host ?? placeholder]
  if (e.protocol !== undefined && isProtocolName(e.protocol)) parts.push(`--${e.protocol}`)
  if (e.port !== undefined) parts.push('--port', String(e.port))
  if (e.security) parts.push('--security', e.security)
  return parts.join(' ')
}
