// A worker thread's side of the per-host gate: slots are the coordinator's, lent one at a time.
// A slot the thread frees stays with it for its next connection to that host, so a thread asks
// the coordinator only when it needs more slots than it holds, not once per connection. While
// another thread waits for the host (or with a rate, where every start must take its turn), each
// freed slot goes straight back: the per-host maximum stays the coordinator's, exactly.
import type { Gate } from './gate.js'

/** How the thread reaches the coordinator. */
export interface Lender {
  /** One more slot for this host, please (answered by granted()). */
  ask(host: string): void
  /** These slots of the host are free again. */
  giveBack(host: string, count: number): void
}

interface HostSlots {
  /** Lent to this thread and not in use. */
  idle: number
  /** Connections waiting for a slot, first come first served. */
  waiting: Array<() => void>
  /** Another thread waits for this host: freed slots go back. */
  contended: boolean
}

export class BorrowedSlots {
  private readonly hosts = new Map<string, HostSlots>()

  /** `keepNone`: every slot goes back when freed (a rate per host: each start takes its turn). */
  constructor(
    private readonly lender: Lender,
    private readonly keepNone = false,
  ) {}

  readonly gate: Gate = async (host) => {
    const key = host.toLowerCase()
    const slots = this.slotsOf(key)
    if (slots.idle > 0) slots.idle--
    else {
      // Each waiter asks once: a waiter served by a slot freed here leaves its grant to the next.
      const served = new Promise<void>((resolve) => slots.waiting.push(resolve))
      this.lender.ask(key)
      await served
    }
    let released = false
    return () => {
      if (released) return
      released = true
      this.free(key, slots)
    }
  }

  /** The coordinator lent a slot of this host. */
  granted(host: string): void {
    const slots = this.slotsOf(host)
    const next = slots.waiting.shift()
    if (next) next()
    else if (slots.contended || this.keepNone) this.lender.giveBack(host, 1)
    else slots.idle++
  }

  /** Another thread waits for this host (or no longer does): slots not in use go back meanwhile. */
  contended(host: string, waiting: boolean): void {
    const slots = this.slotsOf(host)
    slots.contended = waiting
    if (waiting && slots.idle) {
      this.lender.giveBack(host, slots.idle)
      slots.idle = 0
    }
  }

  private free(key: string, slots: HostSlots): void {
    // Contended, the slot goes back: waiters here have asked and queue with everyone else's.
    if (slots.contended || this.keepNone) return this.lender.giveBack(key, 1)
    const next = slots.waiting.shift()
    if (next) next()
    else slots.idle++
  }

  private slotsOf(key: string): HostSlots {
    let slots = this.hosts.get(key)
    if (!slots) this.hosts.set(key, (slots = { idle: 0, waiting: [], contended: false }))
    return slots
  }
}
