// POP3 login. node-pop3 speaks POP3 over a plain or implicit-TLS socket of its own; it has no
// STLS, so on a STARTTLS endpoint the login goes over our own connection, which the starttls
// stage has already upgraded and verified.
import type { Credentials, ProbeContext, ProbeOutcome } from '../probe.js'
import { fail, pass } from '../probe.js'
import { wireEvidence } from '../greeting.js'
import { authTarget, connectionLost, refusal, scrub } from './auth-context.js'

export async function pop3Login(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  return ctx.endpoint.security === 'starttls' ? loginOverSession(ctx, creds) : loginWithLibrary(ctx, creds)
}

async function loginWithLibrary(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const { default: Pop3Command } = await import('node-pop3')
  const t = authTarget(ctx)
  const pop3 = new Pop3Command({
    host: t.address,
    port: t.port,
    tls: ctx.endpoint.security === 'tls',
    timeout: t.timeoutMs,
    servername: t.servername,
    tlsOptions: t.tls as import('node:tls').TlsOptions,
    user: creds.user,
    password: creds.password,
  })
  // node-pop3 emits '-ERR' lines as 'error' events; unheard, they would throw.
  pop3.on('error', () => {})
  // QUIT would wait for a server that may be stalling: let go of the socket itself.
  ctx.session.onClose(() => (pop3 as unknown as { _socket?: { destroy(): void } })._socket?.destroy())
  try {
    const stat = await Promise.race([pop3.STAT(), closedUnderneath(pop3)])
    // The answer is in hand: say goodbye without waiting (node-pop3 can wait on QUIT for as long
    // as a slow link takes to close; the benchmark at 50 ms RTT found it hanging past the timeout).
    void pop3.QUIT().catch(() => undefined)
    return pass(statFacts(String(stat)))
  } catch (err) {
    const e = err as Error & { command?: string; code?: string; eventName?: string }
    if (e.code || (e.eventName && e.eventName !== 'error')) return fail([connectionLost('node-pop3', e.message, e.code ?? e.eventName)])
    // node-pop3 strips the status: put "-ERR" back so the reply's codes can be read.
    const text = e.code ? `${e.code}: ${e.message}` : `-ERR ${e.message}`
    return fail([refusal('node-pop3', scrub(text, creds.password), e.code, e.command?.split(' ')[0])])
  }
}

// node-pop3 notices a closed connection only while connecting; cut mid-command, it would wait
// for its timeout. Its socket exists as soon as STAT() has been called.
function closedUnderneath(pop3: object): Promise<never> {
  const socket = (pop3 as { _socket?: import('node:net').Socket })._socket
  return new Promise((_, reject) => {
    socket?.once('close', () => reject(Object.assign(new Error('the server closed the connection'), { code: 'CONNECTION_CLOSED' })))
  })
}

async function loginOverSession(ctx: ProbeContext, creds: Credentials): Promise<ProbeOutcome> {
  const s = ctx.session
  try {
    const user = await s.command(`USER ${creds.user}`)
    if (!user.final.startsWith('+OK')) return fail([refusal('maildoctor', user.final, undefined, 'USER')])
    const passReply = await sendSecret(ctx, `PASS ${creds.password}`, 'PASS ********')
    if (!passReply.startsWith('+OK')) return fail([refusal('maildoctor', scrub(passReply, creds.password), undefined, 'PASS')])
    const stat = await s.command('STAT')
    s.send('QUIT')
    return pass(statFacts(stat.final.replace(/^\+OK\s*/, '')))
  } catch (err) {
    const lost = wireEvidence(err)
    return fail([connectionLost('maildoctor', lost.detail ?? '', lost.source?.code)])
  }
}

async function sendSecret(ctx: ProbeContext, line: string, shown: string): Promise<string> {
  ctx.session.send(line, shown)
  return (await ctx.session.reader.next()).toString()
}

function statFacts(stat: string): Record<string, number> {
  const [count, size] = stat.trim().split(/\s+/).map(Number)
  return { 'inbox.messages': Number.isFinite(count) ? count : 0, 'inbox.bytes': Number.isFinite(size) ? size : 0 }
}
