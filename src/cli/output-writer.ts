// Where a long report goes, written piece by piece: a file (--output) or standard output.
// Pieces are gathered up to a block before each write, so a row-per-write report stays fast.
import { closeSync, openSync, writeSync } from 'node:fs'
import { UsageError, type Io } from './io.js'

const BLOCK = 64 * 1024

export interface OutputWriter {
  write(chunk: string): void
  close(): void
}

export function outputWriter(io: Io, path?: string): OutputWriter {
  let fd: number | undefined
  if (path) {
    try {
      fd = openSync(path, 'w')
    } catch (err) {
      throw new UsageError(`${path}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
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
  return {
    write(chunk) {
      pending.push(chunk)
      size += chunk.length
      if (size >= BLOCK) flush()
    },
    close() {
      flush()
      if (fd !== undefined) closeSync(fd)
      fd = undefined
    },
  }
}
