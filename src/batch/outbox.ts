// Messages between the batch's threads, sent in one post per turn of the event loop: every post
// wakes the other thread, and a batch says five things per account (check, slot, granted,
// release, result), so posting each alone costs more than the work it asks for.
export class Outbox<T> {
  private queued: T[] = []

  constructor(private readonly post: (messages: T[]) => void) {}

  send(message: T): void {
    if (!this.queued.length) setImmediate(() => this.flush())
    this.queued.push(message)
  }

  private flush(): void {
    const messages = this.queued
    this.queued = []
    this.post(messages)
  }
}
