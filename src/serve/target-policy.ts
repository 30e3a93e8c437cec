// Which servers a check started from the web may connect to. A form that opens connections is a
// way into the network it runs in: loopback, private, link-local (cloud metadata) and other
// special addresses are refused unless the operator allows them (--allow-private), names are
// judged by the addresses they resolve to, and only mail ports are dialled.
import net, { isIP } from 'node:net'
import { resolveHost, type Resolution } from '../probes/resolve.js'
import { STANDARD_PORTS } from '../protocols/index.js'

const SPECIAL_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
  // Alibaba Cloud's metadata service sits outside the link-local range.
  ['100.100.100.200', 32],
] as const
const SPECIAL_V6 = [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const

// node:net's BlockList is a getter: read here, by serve, not by every command that loads node:net.
const blocked = new net.BlockList()
for (const [subnet, bits] of SPECIAL_V4) blocked.addSubnet(subnet, bits, 'ipv4')
for (const [subnet, bits] of SPECIAL_V6) blocked.addSubnet(subnet, bits, 'ipv6')

/** IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it carries. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return blocked.check(mapped[1], 'ipv4')
  const family = isIP(address)
  return family === 4 ? blocked.check(address, 'ipv4') : family === 6 ? blocked.check(address, 'ipv6') : true
}

export const MAIL_PORTS: readonly number[] = [...new Set([...STANDARD_PORTS.map((p) => p.port), 2525])]

export class TargetRefused extends Error {
  constructor(
    readonly status: 403 | 422,
    message: string,
  ) {
    super(message)
  }
}

export interface TargetPolicy {
  allowPrivate: boolean
  ports: ReadonlySet<number>
  dnsServer?: string
  timeoutMs: number
}

export function checkPort(policy: TargetPolicy, port: number): void {
  if (!policy.ports.has(port)) throw new TargetRefused(422, `port ${port} is not a mail port this server checks`)
}

/** Refuses a name whose answer holds a special address (unless the server allows them). */
export function checkResolved(policy: TargetPolicy, host: string, found: Resolution): void {
  if (policy.allowPrivate || !found.addresses.some((a) => isPrivateAddress(a.address))) return
  throw new TargetRefused(403, `${host} is a loopback, private or link-local address: this server does not check those`)
}

/** Before a check starts: resolves a named host as the probe will, for an early, clear refusal. */
export async function checkHost(policy: TargetPolicy, host: string): Promise<void> {
  if (policy.allowPrivate) return
  checkResolved(policy, host, await resolveHost(host, { dnsServer: policy.dnsServer, timeoutMs: policy.timeoutMs }))
}
