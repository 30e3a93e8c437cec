import { connect, type Socket } from 'node:net'
import type { Probe, ProbeContext, ProbeOutcome } from './probe.js'
import { fail, pass, warn } from './probe.js'
import { handshake, handshakeEvidence, tlsOptions, upgrade } from './tls-upgrade.js'

/** Implicit TLS (993, 995, 465). */
export const probeTls: Probe = async (ctx) => {
  const result = await upgrade(ctx, ctx.session.socket!)
  if (!result.ok) return fail([await explainFailure(ctx, result.error)])
  ctx.state.secure = result.acceptable
  if (result.acceptable) return result.evidence.length ? warn(result.facts, result.evidence) : pass(result.facts)
  return fail(result.evidence, result.facts)
}

// A handshake that fails outright may be a server stuck on TLS 1.0/1.1 or old ciphers: one more
// handshake with legacy settings allowed tells it apart from a generic failure.
async function explainFailure(
  ctx: ProbeContext,
  error: NodeJS.ErrnoException,
): Promise<ProbeOutcome['evidence'][number]> {
  if (/wrong version number|packet length too long|http request/i.test(error.message)) return handshakeEvidence(error)
  const legacyVersion = await legacyHandshake(ctx)
  if (legacyVersion)
    return {
      code: 'TLS_OLD_PROTOCOL',
      detail: legacyVersion,
      source: { lib: 'node:tls', code: error.code, response: error.message },
    }
  return handshakeEvidence(error)
}

async function legacyHandshake(ctx: ProbeContext): Promise<string | undefined> {
  const address = ctx.state.address
  if (!address) return undefined
  // One owner for this second connection: the TCP socket, then its TLS wrapper once made.
  let current: Socket = connect({ host: address, port: ctx.endpoint.port })
  const owner = { adopt: (s: Socket) => void (current = s) }
  current.on('error', () => {})
  ctx.session.onClose(() => current.destroy())
  // Its own limit from the timeout table, and the stage's signal ends it sooner.
  const limit = AbortSignal.any([ctx.signal, AbortSignal.timeout(ctx.timeouts.legacyTls)])
  let stop = () => {}
  const gaveUp = new Promise<undefined>((resolve) => {
    stop = () => resolve(undefined)
    if (limit.aborted) stop()
    else limit.addEventListener('abort', stop, { once: true })
  })
  try {
    const tcp = current
    const attempt = (async () => {
      await new Promise<void>((resolve, reject) => tcp.once('connect', resolve).once('error', reject))
      const { socket: secure, error } = await handshake(
        tcp,
        tlsOptions(ctx, { minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' }),
        owner,
      )
      return error ? undefined : `${secure.getProtocol()} ${secure.getCipher()?.name ?? ''}`.trim()
    })().catch(() => undefined)
    return await Promise.race([attempt, gaveUp])
  } finally {
    limit.removeEventListener('abort', stop)
    current.destroy()
  }
}
