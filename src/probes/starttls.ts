import { isRelayPort, protocolOf } from '../protocols/index.js'
import { capabilityFacts, readCapabilities } from './capabilities.js'
import type { Probe } from './probe.js'
import { fail, pass, warn } from './probe.js'
import { handshakeEvidence, upgrade } from './tls-upgrade.js'
import { wireEvidence } from './wire-evidence.js'

export const probeStarttls: Probe = async (ctx) => {
  const { port } = ctx.endpoint
  const protocol = protocolOf(ctx.endpoint.protocol)
  const caps = ctx.state.capabilities
  const listedAbsent = caps && !caps.starttls && !protocol.starttls.mayBeUnlisted?.(caps.list)
  if (listedAbsent) {
    const evidence = [{ code: 'STARTTLS_NOT_OFFERED' as const, detail: `${protocol.name}:${port}` }]
    // A relay port (SMTP 25) is server-to-server, where STARTTLS is optional.
    return isRelayPort(ctx.endpoint)
      ? warn({ 'starttls.offered': false }, evidence)
      : fail(evidence, { 'starttls.offered': false })
  }
  const command = protocol.starttls.command
  try {
    const reply = await ctx.session.command(command)
    if (protocol.replyClass(reply.final) !== 'ok') {
      return fail([{ code: 'STARTTLS_REFUSED', source: { command, response: ctx.session.shown(reply.final, 500) } }])
    }
  } catch (err) {
    return fail([wireEvidence(err)])
  }
  // The go-ahead must be the last thing said in the clear: lines behind it (a fake capability
  // list, a fake "logged in") were put there by someone on the path, or by a broken middlebox.
  const injected = ctx.session.reader.bufferedBytes()
  if (injected)
    return fail([{ code: 'STARTTLS_INJECTION', detail: `${injected} bytes` }], { 'starttls.injectedBytes': injected })
  const result = await upgrade(ctx, ctx.session.socket!)
  if (!result.ok) return fail([handshakeEvidence(result.error, 'STARTTLS_HANDSHAKE_FAILED')])
  ctx.state.secure = result.acceptable
  if (!result.acceptable) return fail(result.evidence, result.facts)
  try {
    const after = await readCapabilities(ctx.session, protocol, undefined, protocol.starttls.capabilitiesFollow)
    ctx.state.capabilities = after.caps
    const facts = { ...result.facts, ...capabilityFacts(after.caps, 'after.', (t, max) => ctx.session.shown(t, max)) }
    return result.evidence.length ? warn(facts, result.evidence) : pass(facts)
  } catch (err) {
    return fail([wireEvidence(err)], result.facts)
  }
}
