// Turns the user's words into typed values, or one clear sentence about what is wrong.
import { isIP } from 'node:net'
import { PROTOCOLS, SECURITIES, type Protocol, type Security } from '../model/types.js'
import { LANGS, type Lang } from '../i18n/locale.js'
import { numericLookalike } from '../model/host-name.js'
import { asciiAddress, asciiDomain, hostAndPort } from '../input/targets.js'
import { UsageError } from './io.js'

const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i
const ADDRESS = /^[^\s@"<>()[\],;:]+@([^\s@]+)$/

/** An address, or a host with an optional port ("host:port", "[v6]:port"); domains in ASCII form. */
export function parseTarget(text: string): { address?: string; host?: string; port?: number } {
  const value = text.trim()
  const address = ADDRESS.exec(value)
  if (address) {
    const domain = asciiDomain(address[1])
    if (!domain || !HOSTNAME.test(domain) || !domain.includes('.'))
      throw new UsageError(`"${value}" is not a valid email address: the part after @ is not a domain`)
    return { address: asciiAddress(value)!.toLowerCase() }
  }
  if (value.includes('@')) throw new UsageError(`"${value}" is not a valid email address`)
  const { host, port } = hostAndPort(value)
  if (isIP(host) || (HOSTNAME.test(host) && !numericLookalike(host)))
    return { host: host.toLowerCase(), ...(port !== undefined ? { port: parsePort(port) } : {}) }
  throw new UsageError(`"${value}" is neither an email address nor a host name`)
}

export function parseHost(text: string): string {
  const t = parseTarget(text)
  if (!t.host) throw new UsageError(`--host takes a host name, not "${text}"`)
  return t.host
}

export function parsePort(text: string): number {
  const port = Number(text)
  // The value is not repeated: whatever was typed here, it may be a password in the wrong place.
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new UsageError('--port must be a number from 1 to 65535')
  return port
}

export function parseSeconds(name: string, text: string, max = 600): number {
  const n = Number(text)
  if (!Number.isFinite(n) || n <= 0 || n > max)
    throw new UsageError(`${name} must be a number of seconds above 0 and at most ${max}, not "${text}"`)
  return n
}

export function parseWhole(name: string, text: string, min: number, max: number): number {
  const n = Number(text)
  if (!/^\d+$/.test(text) || n < min || n > max)
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`)
  return n
}

export function parseSecurity(text: string): Security {
  if (!(SECURITIES as readonly string[]).includes(text))
    throw new UsageError(`--security must be one of ${SECURITIES.join(', ')}, not "${text}"`)
  return text as Security
}

export function parseLang(text: string): Lang {
  if (!(LANGS as readonly string[]).includes(text)) throw new UsageError(`--lang must be it or en, not "${text}"`)
  return text as Lang
}

export function parseProtocol(text: string): Protocol | 'any' {
  const p = text.toLowerCase().replace(/^pop$/, 'pop3')
  if (p !== 'any' && !(PROTOCOLS as readonly string[]).includes(p))
    throw new UsageError(`--protocol must be imap, pop3, smtp or any, not "${text}"`)
  return p as Protocol | 'any'
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
