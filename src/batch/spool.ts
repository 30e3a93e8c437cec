// Where a batch keeps its results while it runs: one JSON line per account in a file (the
// --stream file, or a temporary one), and in memory only an index (key → where its line is).
// Reports are rendered from the file afterwards, so memory does not grow with the results.
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AccountResult } from './result.js'

interface Entry {
  fd: number
  offset: number
  length: number
  line: number
  /** Written by an earlier run (found when the file was opened). */
  before: boolean
  /** Written by this run, or asked for by this run's input: goes into the report. */
  wanted: boolean
  /** Not checked then (an input error, the deadline): a resumed run checks it again. */
  retry?: boolean
}

const CHUNK = 1 << 16
/** Results wait at most this long, or until this many bytes are queued, before they are written. */
const FLUSH_MS = 100
const FLUSH_BYTES = 1 << 16
/** How much of a results file is read at once when the report reads it back (see ReadWindow). */
const READ_WINDOW = 1 << 20
const READ_BACK = 1 << 16

export class ResultSpool {
  /** key → the last record written for it (a resumed run may repeat an account: the last wins). */
  private readonly index = new Map<string, Entry>()
  private readonly fds: number[] = []
  private appendFd?: number
  private appendAt = 0
  private tempDir?: string
  /** The file results are appended to. */
  private path?: string
  /** A merge: everything read is reported. */
  private readOnly = false
  /** Lines added but not yet written (see add). */
  private queued: string[] = []
  private queuedBytes = 0
  private flushTimer?: NodeJS.Timeout

  /**
   * Appends to `path` (creating it), after indexing what it already holds; without a path, to a
   * temporary file removed by close().
   */
  static forAppend(path?: string, opts: { keepExisting?: boolean } = {}): ResultSpool {
    const spool = new ResultSpool()
    let file = path
    if (!file) {
      spool.tempDir = mkdtempSync(join(tmpdir(), 'maildoctor-batch-'))
      file = join(spool.tempDir, 'results.jsonl')
    }
    const fd = openSync(file, 'a+')
    spool.path = file
    spool.fds.push(fd)
    const { size, cut } = spool.scanFd(fd, opts.keepExisting ?? true)
    // A last line without its newline was cut by an interruption: it does not count, and the
    // next record starts on a line of its own.
    if (cut) writeSync(fd, '\n')
    spool.appendAt = cut ? size + 1 : size
    spool.appendFd = fd
    return spool
  }

  /** Indexes files written by earlier runs (shards to merge), read-only. Throws ENOENT and friends. */
  static forReading(paths: string[]): ResultSpool {
    const spool = new ResultSpool()
    spool.readOnly = true
    try {
      for (const path of paths) spool.include(path)
    } catch (err) {
      spool.close()
      throw err
    }
    return spool
  }

  /** Also counts what another results file holds (read-only). */
  include(path: string): void {
    const fd = openSync(path, 'r')
    this.fds.push(fd)
    this.scanFd(fd)
  }

  get size(): number {
    return this.index.size
  }

  has(key: string): boolean {
    return this.index.has(key)
  }

  /**
   * An account of this run's input: true when an earlier run already checked it (resume), and
   * from now on its earlier result belongs in this report.
   */
  claim(key: string): boolean {
    const entry = this.index.get(key)
    if (!entry) return false
    entry.wanted = true
    return entry.before && !entry.retry
  }

  /** Drops what the results file holds of other inputs (another shard's accounts, say). */
  dropUnclaimed(): void {
    for (const [key, entry] of this.index) if (!entry.wanted) this.index.delete(key)
  }

  /**
   * Queues the line and writes what is queued within FLUSH_MS (or at FLUSH_BYTES): one write for
   * many accounts, where a write each cost a system call per account. A stop (Ctrl-C, SIGTERM, a
   * failed thread) still writes every finished line before the report; a power cut loses at most
   * the last FLUSH_MS of results, which --resume then checks again.
   */
  add(result: AccountResult): void {
    if (this.appendFd === undefined) throw new Error('this spool is read-only')
    const line = JSON.stringify(result) + '\n'
    const length = Buffer.byteLength(line, 'utf8')
    this.queued.push(line)
    this.queuedBytes += length
    this.index.set(result.key, {
      fd: this.appendFd,
      offset: this.appendAt,
      length: length - 1,
      line: result.line,
      before: false,
      wanted: true,
    })
    this.appendAt += length
    if (this.queuedBytes >= FLUSH_BYTES) this.flush()
    else if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => this.flush(), FLUSH_MS)
      // Queued lines never keep the process alive: every way out flushes them (close, keep, results).
      this.flushTimer.unref()
    }
  }

  /** Writes the queued lines now. */
  flush(): void {
    clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    if (!this.queued.length || this.appendFd === undefined) return
    const text = this.queued.join('')
    this.queued = []
    this.queuedBytes = 0
    writeSync(this.appendFd, text, null, 'utf8')
  }

  /** The results in line order, read back one at a time. */
  *results(): Generator<AccountResult> {
    this.flush()
    const order = [...this.index.entries()].sort(
      (a, b) => a[1].line - b[1].line || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )
    const window = new ReadWindow()
    for (const [, e] of order) yield JSON.parse(window.read(e)) as AccountResult
  }

  /** Keeps the results file when the spool closes (a report that could not be written); its path. */
  keep(): string {
    this.flush()
    this.tempDir = undefined
    return this.path ?? ''
  }

  close(): void {
    this.flush()
    for (const fd of this.fds.splice(0)) closeSync(fd)
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true })
  }

  /** Indexes every complete, well-formed line; a half-written last line is skipped. */
  private scanFd(fd: number, index = true): { size: number; cut: boolean } {
    const size = fstatSync(fd).size
    let carry = Buffer.alloc(0)
    let carryAt = 0
    const chunk = Buffer.alloc(CHUNK)
    for (let pos = 0; pos < size;) {
      const n = readSync(fd, chunk, 0, CHUNK, pos)
      if (n <= 0) break
      pos += n
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n)
      let start = 0
      let nl: number
      while ((nl = data.indexOf(0x0a, start)) >= 0) {
        if (index) this.indexLine(fd, data.subarray(start, nl), carryAt + start)
        start = nl + 1
      }
      carry = Buffer.from(data.subarray(start))
      carryAt += start
    }
    return { size, cut: carry.length > 0 }
  }

  private indexLine(fd: number, raw: Buffer, offset: number): void {
    try {
      const r = JSON.parse(raw.toString('utf8')) as AccountResult
      if (r && typeof r.key === 'string' && typeof r.line === 'number') {
        const retry = Boolean(r.inputError || r.notChecked)
        this.index.set(r.key, {
          fd,
          offset,
          length: raw.length,
          line: r.line,
          before: true,
          wanted: this.readOnly,
          retry,
        })
      }
    } catch {
      // Not a result line (a cut line, or something else in the file): skipped.
    }
  }
}

/**
 * Reads lines of the results files through a window of READ_WINDOW bytes: the lines of a run are
 * written in about the order they are reported (accounts finish close to their turn), so most
 * come from the window already read, where a read each cost a system call per account, twice
 * (the summary, then the report).
 */
class ReadWindow {
  private readonly whole = Buffer.alloc(READ_WINDOW)
  private held = this.whole.subarray(0, 0)
  private fd = -1
  private from = 0

  read(e: Pick<Entry, 'fd' | 'offset' | 'length'>): string {
    if (!this.holds(e) && e.length <= READ_WINDOW) {
      // Back a little too: a line reported a few places late was written just before this one.
      this.from = Math.max(0, e.offset - READ_BACK)
      this.fd = e.fd
      this.held = this.whole.subarray(0, readSync(e.fd, this.whole, 0, READ_WINDOW, this.from))
    }
    if (this.holds(e)) return this.held.toString('utf8', e.offset - this.from, e.offset - this.from + e.length)
    const own = Buffer.alloc(e.length)
    readSync(e.fd, own, 0, e.length, e.offset)
    return own.toString('utf8')
  }

  private holds(e: Pick<Entry, 'fd' | 'offset' | 'length'>): boolean {
    return e.fd === this.fd && e.offset >= this.from && e.offset + e.length <= this.from + this.held.length
  }
}
