// The critical-path bound: the least any client needs to reach a logged-in state on an endpoint,
// with the fewest round trips the protocol allows (no capability request where the greeting
// carries it, login as the first command after TLS). Deliberately not maildoctor's code.
import { connect, type Socket } from 'node:net'
import { createSecureContext, rootCertificates, connect as tlsConnect } from 'node:tls'
import type { EndpointSpec } from '../src/model/types.js'

function lines(socket: Socket): () => Promise<string> {
  let buffer = ''
  const waiting: Array<(l: string) => void> = []
  const ready: string[] = []
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1')
    let i: number
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i).replace(/\r$/, '')
      buffer = buffer.slice(i + 1)
      const w = waiting.shift()
      if (w) w(line)
      else ready.push(line)
    }
  })
  return () => (ready.length ? Promise.resolve(ready.shift()!) : new Promise((resolve) => waiting.push(resolve)))
}

async function until(next: () => Promise<string>, done: (l: string) => boolean): Promise<void> {
  for (;;) if (done(await next())) return
}

export async function rawLogin(e: EndpointSpec, user: string, password: string, ca: string[]): Promise<number> {
  const started = performance.now()
  let socket: Socket = connect({ host: e.host, port: e.port, noDelay: true })
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  const secure = async () => {
    const s = tlsConnect({ socket, ca, servername: undefined, rejectUnauthorized: true })
    await new Promise((resolve, reject) => s.once('secureConnect', resolve).once('error', reject))
    socket = s
  }
  if (e.security === 'tls') await secure()
  let next = lines(socket)
  const b64 = Buffer.from(`\0${user}\0${password}`).toString('base64')
  if (e.protocol === 'imap') {
    await next()
    if (e.security === 'starttls') {
      socket.write('a STARTTLS\r\n')
      await until(next, (l) => l.startsWith('a '))
      await secure()
      next = lines(socket)
    }
    socket.write(`b LOGIN "${user}" "${password}"\r\n`)
    await until(next, (l) => l.startsWith('b '))
  } else if (e.protocol === 'pop3') {
    await next()
    if (e.security === 'starttls') {
      socket.write('STLS\r\n')
      await next()
      await secure()
      next = lines(socket)
    }
    // USER and PASS pipelined: the fewest round trips POP3 allows without SASL-IR.
    socket.write(`USER ${user}\r\nPASS ${password}\r\n`)
    await next()
    await next()
  } else {
    await until(next, (l) => /^\d{3} /.test(l))
    socket.write('EHLO bound.invalid\r\n')
    await until(next, (l) => /^\d{3} /.test(l))
    if (e.security === 'starttls') {
      socket.write('STARTTLS\r\n')
      await until(next, (l) => /^\d{3} /.test(l))
      await secure()
      next = lines(socket)
      socket.write('EHLO bound.invalid\r\n')
      await until(next, (l) => /^\d{3} /.test(l))
    }
    socket.write(`AUTH PLAIN ${b64}\r\n`)
    await until(next, (l) => /^\d{3} /.test(l))
  }
  socket.destroy()
  return performance.now() - started
}

/** What a batch account costs at least without a login: connect, TLS, the greeting. */
export async function rawGreeting(e: EndpointSpec, ca: string[]): Promise<number> {
  const started = performance.now()
  const tcp: Socket = connect({ host: e.host, port: e.port, noDelay: true })
  await new Promise((resolve, reject) => tcp.once('connect', resolve).once('error', reject))
  const socket = e.security === 'tls' ? tlsConnect({ socket: tcp, ca, rejectUnauthorized: true }) : tcp
  await lines(socket)()
  socket.destroy()
  return performance.now() - started
}

/**
 * One account as a batch would check it (connect, TLS, greeting), with full handshakes or resuming
 * the last TLS session this client got.
 */
function rawGreeter(e: EndpointSpec, ca: string[], resume: boolean): () => Promise<void> {
  const context = createSecureContext({ ca: [...rootCertificates, ...ca] })
  let session: Buffer | undefined
  return async () => {
    const tcp: Socket = connect({ host: e.host, port: e.port, noDelay: true })
    await new Promise((resolve, reject) => tcp.once('connect', resolve).once('error', reject))
    const socket = tlsConnect({ socket: tcp, secureContext: context, rejectUnauthorized: true, session })
    if (resume) socket.on('session', (s: Buffer) => (session = s))
    await lines(socket)()
    socket.destroy()
  }
}

/** `count` accounts, `concurrency` at a time. */
async function greetAll(one: () => Promise<void>, count: number, concurrency: number): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await one()
    }),
  )
}

/** The raw client run as a batch, resuming its TLS session as maildoctor does (see raw-batch.ts). */
export const rawGreetings = (e: EndpointSpec, ca: string[], count: number, concurrency: number): Promise<void> =>
  greetAll(rawGreeter(e, ca, true), count, concurrency)

/**
 * The CPU a raw client spends per account of a batch (connect, TLS, greeting, `concurrency` at a
 * time), with full handshakes or resuming the last TLS session it got: the floor beside
 * maildoctor's "CPU ms per account". Run it in a process of its own (raw-cpu.ts), so that the
 * servers and proxies of the benchmark are not counted.
 */
export async function rawGreetingsCpuMs(
  e: EndpointSpec,
  ca: string[],
  count: number,
  concurrency: number,
  resume: boolean,
): Promise<number> {
  const one = rawGreeter(e, ca, resume)
  await one()
  const before = process.cpuUsage()
  await greetAll(one, count, concurrency)
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000 / count
}
