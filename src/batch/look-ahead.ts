// The accounts a batch's first pass over its file has judged, kept for the checks: a file of up to
// `cap` accounts is then parsed once, not twice (on 1,000 rows the second parse cost ~0.1 s of CPU,
// as much as 70 checks, at the start, where the checks' code is still cold). A longer file keeps
// memory bounded: once `cap` accounts wait here, the rest are read from the file again.

export class LookAhead<T extends { line: number }> {
  private items: T[] = []
  private head = 0
  private ended = false
  private full = false
  /** The line of the last item kept: the checks read the file again only past it. */
  private lastLine = 0
  private waiter?: () => void

  constructor(private readonly cap: number) {}

  /** Keeps the item for the checks; false once the cap was reached (this item and later ones are not kept). */
  push(item: T): boolean {
    if (this.full) return false
    if (this.items.length - this.head >= this.cap) {
      this.full = true
      this.wake()
      return false
    }
    this.items.push(item)
    this.lastLine = item.line
    this.wake()
    return true
  }

  /** The first pass is over (or failed). */
  end(): void {
    this.ended = true
    this.wake()
  }

  /** The next item kept, once the first pass has judged it; undefined when no more will be kept. */
  async take(): Promise<T | undefined> {
    while (this.head >= this.items.length && !this.ended && !this.full)
      await new Promise<void>((resolve) => (this.waiter = resolve))
    if (this.head >= this.items.length) return undefined
    const item = this.items[this.head++]
    // What was taken is let go: the array does not hold every account of the file until the end.
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head)
      this.head = 0
    }
    return item
  }

  /** Where the checks go on from the file: past this line, or nowhere (undefined) when every account was kept. */
  readAgainAfter(): number | undefined {
    return this.full ? this.lastLine : undefined
  }

  private wake(): void {
    const waiter = this.waiter
    this.waiter = undefined
    waiter?.()
  }
}
