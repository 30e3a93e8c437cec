// Lines of a stream of any length, each at most `maxBytes`: a longer line is reported as too
// long (and skipped to its end) instead of being gathered into one string that no memory holds.

export const MAX_LINE_BYTES = 1024 * 1024

export type CappedLine = { text: string; tooLong?: undefined } | { tooLong: true; text?: undefined }

export async function* cappedLines(
  chunks: AsyncIterable<Buffer | string>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<CappedLine> {
  let parts: Buffer[] = []
  let size = 0
  let tooLong = false
  const end = (): CappedLine => {
    const line: CappedLine = tooLong
      ? { tooLong: true }
      : { text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') }
    parts = []
    size = 0
    tooLong = false
    return line
  }
  for await (const chunk of chunks) {
    let data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    for (let nl = data.indexOf(0x0a); ; nl = data.indexOf(0x0a)) {
      const piece = nl < 0 ? data : data.subarray(0, nl)
      if (!tooLong && size + piece.length > maxBytes) {
        tooLong = true
        parts = []
      }
      if (!tooLong) {
        parts.push(Buffer.from(piece))
        size += piece.length
      }
      if (nl < 0) break
      yield end()
      data = data.subarray(nl + 1)
    }
  }
  if (size || tooLong) yield end()
}
