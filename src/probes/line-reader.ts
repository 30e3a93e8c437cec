// Turns a socket's bytes into lines, with hard caps so a hostile server cannot make us buffer
// without bound or wait forever for a newline.
import type { Socket } from 'node:net'

const MAX_LINE_BYTES = 16 * 1024
export const MAX_RESPONSE_LINES = 2000

export type WireErrorCode = 'CONNECTION_CLOSED' | 'LINE_TOO_LONG' | 'TOO_MANY_LINES' | 'TLS_RECORD' | 'ABORTED' | string

/** A failure on the wire, with the Node error code or one of ours. */
export class WireError extends Error {
  constructor(
    readonly code: WireErrorCode,
    message: string,
  ) {
    super(message)
  }
}

interface Waiter {
  resolve: (line: string) => void
  reject: (err: WireError) => void
}

export class LineReader {
  private pending: Buffer = Buffer.alloc(0)
  private lines: string[] = []
  private waiter?: Waiter
  private failure?: WireError
  private socket?: Socket
  private sawBytes = false
  private readonly onData = (chunk: Buffer) => this.push(chunk)
  private readonly onEnd = () => this.fail(new WireError('CONNECTION_CLOSED', 'the server closed the connection'))
  private readonly onError = (err: NodeJS.ErrnoException) =>
    this.fail(new WireError(err.code ?? 'SOCKET_ERROR', err.message))

  constructor(private readonly onLine?: (line: string) => void) {}

  /** Reads from `socket` from now on; nothing buffered from an earlier socket carries over. */
  attach(socket: Socket): void {
    this.detach()
    this.discard()
    this.socket = socket
    this.failure = undefined
    socket.on('data', this.onData)
    socket.on('end', this.onEnd)
    socket.on('close', this.onEnd)
    socket.on('error', this.onError)
  }

  /** Stops reading, e.g. before the socket is handed to TLS. */
  detach(): void {
    const s = this.socket
    if (!s) return
    s.off('data', this.onData)
    s.off('end', this.onEnd)
    s.off('close', this.onEnd)
    s.off('error', this.onError)
    this.socket = undefined
  }

  /** True when lines are already buffered (a server that spoke before being asked). */
  hasBuffered(): boolean {
    return this.lines.length > 0 || this.pending.length > 0
  }

  /** Bytes waiting to be read: whole lines and a partial one. */
  bufferedBytes(): number {
    return this.lines.reduce((n, l) => n + Buffer.byteLength(l) + 2, 0) + this.pending.length
  }

  /**
   * Drops what was read and not yet asked for. Across a STARTTLS upgrade this is the rule of
   * RFC 2595 §3.1 and RFC 3207 §4.2: nothing received in the clear counts once TLS is on.
   */
  discard(): void {
    this.lines = []
    this.pending = Buffer.alloc(0)
  }

  next(): Promise<string> {
    const line = this.lines.shift()
    if (line !== undefined) return Promise.resolve(line)
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject }
    })
  }

  fail(err: WireError): void {
    if (!this.failure) this.failure = err
    const w = this.waiter
    this.waiter = undefined
    w?.reject(this.failure)
  }

  private push(chunk: Buffer): void {
    if (!this.sawBytes) {
      this.sawBytes = true
      // 0x15 alert / 0x16 handshake followed by version major 3: a TLS record, not text.
      if ((chunk[0] === 0x15 || chunk[0] === 0x16) && chunk[1] === 0x03) {
        this.fail(new WireError('TLS_RECORD', 'the server answered with TLS, not with text'))
        return
      }
    }
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    let nl: number
    while ((nl = this.pending.indexOf(0x0a)) >= 0) {
      const raw = this.pending.subarray(0, nl)
      this.pending = this.pending.subarray(nl + 1)
      if (raw.length > MAX_LINE_BYTES) return this.tooLong()
      const line = raw.toString('utf8').replace(/\r$/, '')
      this.onLine?.(line)
      if (this.lines.length >= MAX_RESPONSE_LINES) {
        this.fail(new WireError('TOO_MANY_LINES', `more than ${MAX_RESPONSE_LINES} lines without a pause`))
        return
      }
      this.deliver(line)
    }
    if (this.pending.length > MAX_LINE_BYTES) this.tooLong()
  }

  private deliver(line: string): void {
    const w = this.waiter
    if (w) {
      this.waiter = undefined
      w.resolve(line)
    } else {
      this.lines.push(line)
    }
  }

  private tooLong(): void {
    this.pending = Buffer.alloc(0)
    this.fail(new WireError('LINE_TOO_LONG', `a line longer than ${MAX_LINE_BYTES} bytes`))
    this.socket?.destroy()
  }
}
