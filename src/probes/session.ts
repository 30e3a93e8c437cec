// One real connection to one endpoint, carried through the stages: the socket, the line reader,
// the protocol's way of reading replies, and the transcript (with secrets redacted at the source).
import type { Socket } from 'node:net'
import type { TranscriptLine } from '../model/types.js'
import { LineReader, MAX_RESPONSE_LINES, WireError } from './line-reader.js'
import { clip } from './clip.js'
import { NO_SECRETS, type Scrubber } from './secrets.js'

export interface Reply {
  lines: string[]
  /** The line that ends the reply: IMAP tagged line, POP3 status line, SMTP final line. */
  final: string
}

/** Reads one reply from the line stream; `tag` is the command's tag (tagged protocols). */
export type ReplyReader = (next: () => Promise<string>, opts: { tag?: string; multiline?: boolean }) => Promise<Reply>

/** How a protocol frames its conversation: the session reads replies only through this. */
export interface Framing {
  /** IMAP tags its commands; POP3 and SMTP do not. */
  tagged: boolean
  greeting: ReplyReader
  reply: ReplyReader
  /** The reply to a line sent within a running command (a SASL answer, a literal). */
  continued: ReplyReader
}

export interface CommandOptions {
  /** POP3: the reply goes on until a line with a single dot. */
  multiline?: boolean
  /** What the transcript shows instead of the command, when it carries a secret. */
  shown?: string
}

/**
 * What a read after close() gets: one error for every session, since an Error captures its stack
 * when made (~15 µs), and every session of a batch is closed.
 */
const STOPPED = new WireError('ABORTED', 'the probe was stopped')

export class Session {
  socket?: Socket
  readonly reader: LineReader
  readonly transcript?: TranscriptLine[]
  private tag = 0
  /** Replies are read one after the other, across pipelines: the reader has one line stream. */
  private reading: Promise<unknown> = Promise.resolve()
  private readonly cleanups: Array<() => void> = []
  private readonly started = performance.now()

  /** `scrubber` holds every form of the check's secrets from the first byte, whoever says them. */
  constructor(
    private readonly framing: Framing,
    trace: boolean,
    private readonly scrubber: Scrubber = NO_SECRETS,
  ) {
    this.transcript = trace ? [] : undefined
    this.reader = new LineReader((line) => this.record('S', line))
  }

  use(socket: Socket): void {
    this.socket = socket
    this.reader.attach(socket)
  }

  /** Takes a socket that now stands for the connection (a TLS wrapper), without reading from it yet. */
  adopt(socket: Socket): void {
    this.reader.detach()
    this.socket = socket
  }

  /** Server text with the check's secrets taken out (in every form, any case). */
  scrub(text: string): string {
    return this.scrubber.scrub(text)
  }

  /** Server text for a fact or evidence: scrubbed first, so a cut never leaves half a secret. */
  shown(text: string, max?: number): string {
    return clip(this.scrubber.scrub(text), max)
  }

  record(dir: TranscriptLine['dir'], text: string): void {
    if (!this.transcript) return
    this.transcript.push({ atMs: Math.round(performance.now() - this.started), dir, text: this.scrubber.scrub(text) })
  }

  /** Sends one command line. `shown` replaces the line in the transcript when it holds a secret. */
  send(line: string, shown: string = line): void {
    if (!this.socket || this.socket.destroyed) throw new WireError('CONNECTION_CLOSED', 'the connection is closed')
    this.record('C', shown)
    this.socket.write(line + '\r\n')
  }

  readGreeting(): Promise<Reply> {
    return this.framing.greeting(this.next, {})
  }

  /** Sends a command and reads its whole reply the way the protocol frames it. */
  command(command: string, opts: CommandOptions = {}): Promise<Reply> {
    return this.pipeline([{ command, ...opts }])[0]
  }

  /**
   * Sends several commands in one write and reads their replies in order: one round trip where
   * the server allows pipelining (IMAP always, POP3 with PIPELINING, SMTP per RFC 2920). Each
   * promise settles after the ones before it; a reply nobody awaits is read and dropped.
   */
  pipeline(commands: Array<CommandOptions & { command: string }>): Array<Promise<Reply>> {
    const lines: string[] = []
    const readers: Array<() => Promise<Reply>> = []
    for (const c of commands) {
      const tag = this.framing.tagged ? `A${++this.tag}` : undefined
      const prefix = tag ? `${tag} ` : ''
      lines.push(prefix + c.command)
      this.record('C', prefix + (c.shown ?? c.command))
      readers.push(() => this.framing.reply(this.next, { tag, multiline: c.multiline }))
    }
    if (!this.socket || this.socket.destroyed) {
      const closed = Promise.reject(new WireError('CONNECTION_CLOSED', 'the connection is closed'))
      closed.catch(() => undefined)
      return commands.map(() => closed)
    }
    this.socket.write(lines.map((l) => l + '\r\n').join(''))
    return readers.map((read) => {
      const reply = this.reading.then(read)
      this.reading = reply.catch(() => undefined)
      reply.catch(() => undefined)
      return reply
    })
  }

  /**
   * Answers the server's continuation request ("+ …", SMTP "334 …") within the command that is
   * running, and reads what comes back. `shown` stands in the transcript: these lines are secrets.
   */
  continueWith(line: string, shown: string): Promise<Reply> {
    this.send(line, shown)
    const tag = this.framing.tagged ? `A${this.tag}` : undefined
    const read = () => this.framing.continued(this.next, { tag })
    const reply = this.reading.then(read)
    this.reading = reply.catch(() => undefined)
    return reply
  }

  /** Something else to let go of when the endpoint is done or stopped (a library's connection). */
  onClose(cleanup: () => void): void {
    this.cleanups.push(cleanup)
  }

  /**
   * Closes the way a polite client does: our FIN, then the server's, so the server has seen the
   * connection end before the slot for its host is given to the next one. A server that does not
   * answer within `graceMs` is cut off. The server's FIN after ours is the end: Node's own close
   * of the socket comes a few milliseconds later (more under load), and the slot need not wait.
   */
  async closeGracefully(graceMs: number): Promise<void> {
    const socket = this.socket
    if (!socket || socket.destroyed) return this.close()
    const finAfterOurs = !socket.readableEnded
    const closed = new Promise<void>((resolve) => {
      socket.once('close', () => resolve())
      if (finAfterOurs) socket.once('end', () => resolve())
    })
    this.reader.detach()
    socket.on('error', () => {})
    socket.end()
    const timer = setTimeout(() => socket.destroy(), graceMs)
    await closed
    clearTimeout(timer)
    this.close()
  }

  close(): void {
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup()
    this.reader.detach()
    this.reader.fail(STOPPED)
    this.socket?.destroy()
  }

  private readonly next = (): Promise<string> => this.reader.next()
}

// The ways replies end, for the protocols' framings.

/** One line is the whole reply (POP3 status, a greeting). */
export const readLine: ReplyReader = async (next) => {
  const line = await next()
  return { lines: [line], final: line }
}

/** Lines up to the one with the command's tag; a continuation request or a BYE ends it too (IMAP). */
export const readTagged: ReplyReader = async (next, { tag }) => {
  const lines: string[] = []
  for (;;) {
    const line = await next()
    lines.push(line)
    if (line.startsWith(tag + ' ')) return { lines, final: line }
    // The server waits for more of this command (AUTHENTICATE, a literal).
    if (line === '+' || line.startsWith('+ ')) return { lines, final: line }
    // A BYE ends the conversation whatever we asked.
    if (/^\* BYE\b/i.test(line)) return { lines, final: line }
    if (lines.length > MAX_RESPONSE_LINES) throw new WireError('TOO_MANY_LINES', 'reply never ended')
  }
}

/** A status line, and when asked for and it is positive, the lines up to a single dot (POP3). */
export const readStatusThenDot: ReplyReader = async (next, { multiline }) => {
  const first = await readLine(next, {})
  if (!multiline || !first.final.startsWith('+OK')) return first
  const lines = [first.final]
  for (;;) {
    const line = await next()
    if (line === '.') return { lines, final: first.final }
    lines.push(line)
    if (lines.length > MAX_RESPONSE_LINES) throw new WireError('TOO_MANY_LINES', 'reply never ended')
  }
}

/** "250-…" lines go on, the first "250 …" ends the reply (SMTP). */
export const readDashContinued: ReplyReader = async (next) => {
  const lines: string[] = []
  for (;;) {
    const line = await next()
    lines.push(line)
    if (!/^\d{3}-/.test(line)) return { lines, final: line }
    if (lines.length > MAX_RESPONSE_LINES) throw new WireError('TOO_MANY_LINES', 'reply never ended')
  }
}
