// Where a report goes, written piece by piece: a file (--output) or standard output. Pieces are
// gathered up to a block before each write, so a row-per-write report stays fast. A file is
// written beside itself and renamed into place at the end: a report that fails half way leaves
// the old file (or none), never a truncated one.
import { accessSync, closeSync, constants, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { UsageError, type Io } from './io.js'

const BLOCK = 64 * 1024

export interface OutputWriter {
  write(chunk: string): void
  /** Writes what is left and puts the file in place. */
  close(): void
  /** Gives up: the temporary file goes, an existing report stays as it was. */
  abort(): void
}

const reason = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'error'

/** A device or a pipe (/dev/stdout, a FIFO) is written to as it is; only files are replaced. */
function isSpecial(path: string): boolean {
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw new UsageError(`--output ${path} is a directory: name a file`)
    return !st.isFile()
  } catch (err) {
    if (err instanceof UsageError) throw err
    return false
  }
}

/**
 * Fails before any work when the report could not be written there, or would overwrite the
 * results file the same run streams to (`taken`: --stream, --resume).
 */
export function checkOutputPath(path: string, taken: Array<string | undefined> = []): void {
  const full = resolve(path)
  if (taken.some((t) => t !== undefined && resolve(t) === full)) {
    throw new UsageError(`--output ${path} is also this run's results file (--stream/--resume): name another file`)
  }
  const target = isSpecial(full) ? full : dirname(full)
  try {
    accessSync(target, constants.W_OK)
  } catch (err) {
    throw new UsageError(`--output ${path}: cannot write there (${reason(err)})`)
  }
}

export function outputWriter(io: Io, path?: string): OutputWriter {
  let fd: number | undefined
  let temp: string | undefined
  const full = path ? resolve(path) : undefined
  if (path && full) {
    const special = isSpecial(full)
    temp = special ? undefined : join(dirname(full), `.${basename(full)}.${process.pid}.tmp`)
    try {
      fd = openSync(temp ?? full, special ? 'w' : 'wx')
    } catch (err) {
      throw new UsageError(`${path}: cannot write the report (${reason(err)})`)
    }
  }
  let pending: string[] = []
  let size = 0
  const flush = () => {
    if (!pending.length) return
    const text = pending.join('')
    pending = []
    size = 0
    if (fd !== undefined) writeSync(fd, text)
    else io.stdout(text)
  }
  const release = () => {
    if (fd !== undefined) closeSync(fd)
    fd = undefined
  }
  return {
    write(chunk) {
      pending.push(chunk)
      size += chunk.length
      if (size >= BLOCK) flush()
    },
    close() {
      try {
        flush()
        release()
        if (temp && full) renameSync(temp, full)
        temp = undefined
      } catch (err) {
        this.abort()
        throw new UsageError(`${path}: cannot write the report (${reason(err)})`)
      }
    },
    abort() {
      pending = []
      try {
        release()
      } catch {
        // Closing a file whose last write failed may fail too: it is removed anyway.
      }
      if (temp) rmSync(temp, { force: true })
      temp = undefined
    },
  }
}

/** A whole report at once (check, run): the same checks and the same replace-at-the-end. */
export function writeReport(io: Io, path: string | undefined, text: string): void {
  const out = outputWriter(io, path)
  try {
    out.write(text)
  } catch (err) {
    out.abort()
    throw new UsageError(`${path}: cannot write the report (${reason(err)})`)
  }
  out.close()
}
