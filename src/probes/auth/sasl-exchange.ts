// One SASL authentication over the probe's own session: IMAP AUTHENTICATE (RFC 3501, SASL-IR
// RFC 4959), POP3 AUTH (RFC 5034), SMTP AUTH (RFC 4954). Same dance, different words: the
// protocol object gives the verb and what a continuation request looks like.
import type { Credentials } from '../probe.js'
import { WireError } from '../line-reader.js'
import { bounded } from '../resolve.js'
import type { Reply, Session } from '../session.js'
import { decodeChallenge, MECHANISMS } from './sasl.js'
import { scrubChallenge } from './token-failure.js'

const HIDDEN = '********'
/** More challenges than any password mechanism needs: a server looping on us. */
const MAX_STEPS = 4

/** A protocol's SASL words: the command verb, its continuation request, and how lines are framed. */
export interface SaslDialect {
  verb: string
  continuation: RegExp
  /** The line that starts the exchange (default: VERB MECHANISM [INITIAL]); ManageSieve quotes both. */
  start?(mechanism: string, initial?: string): string
  /** The base64 payload of a continuation request (default: the text after the prefix). */
  payload?(final: string): string
  /** An answer as the line to send (default: as it is). */
  answer?(response: string): string
}

const plainStart = (verb: string) => (mechanism: string, initial?: string) =>
  initial === undefined ? `${verb} ${mechanism}` : `${verb} ${mechanism} ${initial}`

export interface SaslRun {
  mechanism: string
  initialResponse: boolean
  /** How long the "*" that cancels a looping exchange may wait for its answer. */
  cancelWaitMs: number
}

/**
 * Runs `mechanism` to the end and returns the server's final reply. The initial response rides
 * on the command when the protocol allows it (saving a round trip); every later answer is shown
 * as ******** in the transcript.
 */
export async function saslAuthenticate(
  session: Session,
  dialect: SaslDialect,
  creds: Credentials,
  { mechanism, initialResponse, cancelWaitMs }: SaslRun,
): Promise<SaslReply> {
  const mech = MECHANISMS[mechanism]
  const start = dialect.start ?? plainStart(dialect.verb)
  const payload = dialect.payload ?? ((final: string) => final.replace(dialect.continuation, ''))
  const answer = dialect.answer ?? ((response: string) => response)
  const initial = initialResponse ? mech.initial?.(creds) : undefined
  let reply = await session.command(initial ? start(mechanism, initial) : start(mechanism), {
    shown: initial ? start(mechanism, HIDDEN) : undefined,
  })
  // Token mechanisms explain a refusal in a challenge (a JSON error) before the final NO/535.
  const challenges: string[] = []
  for (let step = 0; dialect.continuation.test(reply.final); step++) {
    // "*" cancels the exchange (all three protocols). A server that would not let go broke the
    // protocol, whatever it answers to "*" (briefly waited for, so the "*" is on the wire).
    if (step >= MAX_STEPS) {
      await bounded(session.continueWith(answer('*'), '*'), { timeoutMs: cancelWaitMs }, () => undefined).catch(
        () => undefined,
      )
      throw new WireError('SASL_LOOP', `the server kept asking for more after ${MAX_STEPS} answers`)
    }
    const challenge = decodeChallenge(payload(reply.final).trim())
    if (challenge) challenges.push(scrubChallenge(challenge, (t) => session.scrub(t)))
    reply = await session.continueWith(answer(mech.respond(challenge, creds, step)), HIDDEN)
  }
  return { ...reply, challenges }
}

/** The final reply, and the decoded (scrubbed) challenges the server sent on the way. */
export interface SaslReply extends Reply {
  challenges: string[]
}
