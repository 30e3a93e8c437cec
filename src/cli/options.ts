// Values only the command line takes (DNS server, CA bundle, autoconfig URL, explain's protocol);
// every value a file or a request may carry too is parsed by src/input/values.ts.
import { isIP } from 'node:net'
import type { Protocol } from '../model/types.js'
import { UsageError } from '../input/usage-error.js'
import { parseProtocolList } from '../input/values.js'

/** explain's hint: one protocol, or any. */
export function parseProtocol(text: string): Protocol | 'any' {
  if (text.toLowerCase() === 'any') return 'any'
  const protocols = /^[a-z0-9]+$/i.test(text) ? tryParse(() => parseProtocolList(text, '--protocol')) : undefined
  if (!protocols) throw new UsageError(`--protocol must be imap, pop3, smtp or any, not "${text}"`)
  return protocols[0]
}

export function parseDnsServer(text: string): string {
  const m = /^(\[[0-9a-f:]+\]|[0-9.]+)(?::(\d{1,5}))?$/i.exec(text)
  if (!m || !isIP(m[1].replace(/^\[|\]$/g, '')) || (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 65535))) {
    throw new UsageError(`--dns-server takes an IP address with an optional port (127.0.0.1:5353), not "${text}"`)
  }
  return text
}

/** Splits a PEM bundle into certificates; a file without one is a usage error. */
export function parseCaBundle(path: string, text: string): string[] {
  const certs = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
  if (!certs) throw new UsageError(`--ca ${path}: no PEM certificate in this file`)
  return certs
}

export function parseAutoconfigUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text.replaceAll('{domain}', 'example.com'))
  } catch {
    throw new UsageError(`--autoconfig-url must be an http(s) URL, not "${text}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--autoconfig-url must be an http(s) URL, not "${text}"`)
  return text
}

function tryParse<T>(parse: () => T): T | undefined {
  try {
    return parse()
  } catch {
    return undefined
  }
}
