import { DIALECTS } from '../protocol/dialogues.js'
import { capabilityFacts, readCapabilities, SUCCESS } from './capabilities.js'
import { wireEvidence } from './greeting.js'
import type { Probe } from './probe.js'
import { fail, pass, warn } from './probe.js'
import { handshakeEvidence, upgrade } from './tls-upgrade.js'

export const probeStarttls: Probe = async (ctx) => {
  const { protocol, port } = ctx.endpoint
  const caps = ctx.state.capabilities
  // POP3 servers without CAPA may still know STLS: only a listed absence is final.
  const listedAbsent = caps && !caps.starttls && !(protocol === 'pop3' && caps.list.length === 0)
  if (listedAbsent) {
    const evidence = [{ code: 'STARTTLS_NOT_OFFERED' as const, detail: `${protocol}:${port}` }]
    // Port 25 is also server-to-server relay, where STARTTLS is optional.
    return port === 25 ? warn({ 'starttls.offered': false }, evidence) : fail(evidence, { 'starttls.offered': false })
  }
  try {
    const reply = await ctx.session.command(DIALECTS[protocol].starttlsCommand)
    if (!SUCCESS[protocol](reply.final)) {
      return fail([
        {
          code: 'STARTTLS_REFUSED',
          source: { command: DIALECTS[protocol].starttlsCommand, response: ctx.session.shown(reply.final, 500) },
        },
      ])
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
    const after = await readCapabilities(ctx.session, protocol)
    ctx.state.capabilities = after.caps
    const facts = { ...result.facts, ...capabilityFacts(after.caps, 'after.', (t, max) => ctx.session.shown(t, max)) }
    return result.evidence.length ? warn(facts, result.evidence) : pass(facts)
  } catch (err) {
    return fail([wireEvidence(err)], result.facts)
  }
}
