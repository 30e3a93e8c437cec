// One real connection to one endpoint, carried through the stages: the socket, the line reader,
// the protocol's way of reading replies, and the transcript (with secrets redacted at the source).
import type { Socket } from 'node:net'
import type { Protocol, TranscriptLine } from '../model/types.js'
import { LineReader, MAX_RESPONSE_LINES, WireError } from './line-reader.js'
import { clip } from './clip.js'
import { NO_SECRETS, type Scrubber } from './secrets.js'

export interface Reply {
  lines: string[]
  /** The line that ends the reply: IMAP tagged line, POP3 status line, SMTP final line. */
  final: string
}

export interface CommandOptions {
  /** POP3: the reply goes on until a line with a single dot. */
  multiline?: boolean
  /** What the transcript shows instead of the command, when it carries a secret. */
  shown?: string
}

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
    readonly protocol: Protocol,
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
    return this.protocol === 'smtp' ? this.readSmtpReply() : this.readOne()
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
      if (this.protocol === 'imap') {
        const tag = `A${++this.tag}`
        lines.push(`${tag} ${c.command}`)
        this.record('C', `${tag} ${c.shown ?? c.command}`)
        readers.push(() => this.readTagged(tag))
      } else {
        lines.push(c.command)
        this.record('C', c.shown ?? c.command)
        readers.push(this.protocol === 'smtp' ? () => this.readSmtpReply() : () => this.readPop3(c.multiline))
      }
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
    const read =
      this.protocol === 'imap'
        ? () => this.readTagged(`A${this.tag}`)
        : this.protocol === 'smtp'
          ? () => this.readSmtpReply()
          : () => this.readOne()
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
   * answer within `graceMs` is cut off.
   */
  async closeGracefully(graceMs: number): Promise<void> {
    const socket = this.socket
    if (!socket || socket.destroyed) return this.close()
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
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
    this.reader.fail(new WireError('ABORTED', 'the probe was stopped'))
    this.socket?.destroy()
  }

  private async readPop3(multiline?: boolean): Promise<Reply> {
    const first = await this.readOne()
    if (!multiline || !first.final.startsWith('+OK')) return first
    return this.readUntilDot(first.final)
  }

  private async readOne(): Promise<Reply> {
    const line = await this.reader.next()
    return { lines: [line], final: line }
  }

  private async readTagged(tag: string): Promise<Reply> {
    const lines: string[] = []
    for (;;) {
      const line = await this.reader.next()
      lines.push(line)
      if (line.startsWith(tag + ' ')) return { lines, final: line }
      // The server waits for more of this command (AUTHENTICATE, a literal).
      if (line === '+' || line.startsWith('+ ')) return { lines, final: line }
      // A BYE ends the conversation whatever we asked.
      if (/^\* BYE\b/i.test(line)) return { lines, final: line }
      if (lines.length > MAX_RESPONSE_LINES) throw new WireError('TOO_MANY_LINES', 'reply never ended')
    }
  }

  private async readUntilDot(first: string): Promise<Reply> {
    const lines = [first]
    for (;;) {
      const line = await this.reader.next()
      if (line === '.') return { lines, final: first }
      lines.push(line)
      if (lines.length > MAX_RESPONSE_LINES) throw new WireError('TOO_MANY_LINES', 'reply never ended')
    }
  }

  private async readSmtpReply(): Promise<Reply> {
    const lines: string[] = []
    for (;;) {
      const line = await this.reader.next()
      lines.push(line)
      if (!/^\d{3}-/.test(line)) return { lines, final: line }
      if (lines.length > MAX_RESPONSE_LINES) throw new WireError('TOO_MANY_LINES', 'reply never ended')
    }
  }
}
