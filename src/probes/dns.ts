import type { Probe } from './probe.js'
import { fail, pass } from './probe.js'

export const probeDns: Probe = async (ctx) => {
  const resolution = await ctx.shared.resolve(ctx.endpoint.host)
  ctx.state.resolution = resolution
  const v4 = resolution.addresses.filter((a) => a.family === 4).map((a) => a.address)
  const v6 = resolution.addresses.filter((a) => a.family === 6).map((a) => a.address)
  const facts = { 'dns.via': resolution.via, 'dns.a': v4.join(', '), 'dns.aaaa': v6.join(', ') }
  if (resolution.failure) {
    const { code, detail, errorCode } = resolution.failure
    return fail([{ code, detail, source: { lib: 'node:dns', code: errorCode } }], facts)
  }
  return pass(facts)
}
