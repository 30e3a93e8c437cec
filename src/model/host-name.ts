// A host name whose last label is a number is not a name: no top-level domain is all-numeric
// (RFC 3696 §2), and resolvers built on inet_aton read such strings as addresses in shorthand:
// "1.2.3" is 1.2.0.3, "10.1" is 10.0.0.1, "127.1" is loopback, "0x7f.1" is hex. Only whole
// addresses that node:net accepts count as IP addresses; the rest are refused as host names.
import { isIP } from 'node:net'

function numericLookalike(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').replace(/\.$/, '')
  if (isIP(h)) return false
  const last = h.slice(h.lastIndexOf('.') + 1)
  return /^(0x[0-9a-f]*|\d+)$/i.test(last)
}

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?'
const HOSTNAME = new RegExp(`^(?=.{1,253}$)${LABEL}(\\.${LABEL})*\\.?$`, 'i')

/** A whole IP address, or a name made of valid labels whose last label is not a number. */
export const isHostOrIp = (host: string): boolean =>
  isIP(host) !== 0 || (HOSTNAME.test(host) && !numericLookalike(host))
