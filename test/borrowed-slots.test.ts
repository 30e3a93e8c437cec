// Host slots lent by the coordinator to the threads of a batch: a thread keeps a slot it freed for
// its next connection to that host (no message per connection), gives back what it does not use
// as soon as another thread waits, and with a rate keeps none. The per-host maximum is the
// coordinator's gate's, whatever the threads do.
import { describe, expect, it } from 'vitest'
import { BorrowedSlots } from '../src/batch/borrowed-slots.js'
import { hostGate } from '../src/batch/gate.js'
import { SlotWaiters } from '../src/batch/slot-waiters.js'

/** The coordinator's gate and N threads' slots, each message a turn of the event loop later (as between threads). */
function lendingPool(perHost: number, threads: number, rate?: number) {
  const later = (f: () => void) => setImmediate(f)
  const borrowers: BorrowedSlots[] = []
  const asks: number[] = Array(threads).fill(0)
  const given: number[] = Array(threads).fill(0)
  const waiters = new SlotWaiters(borrowers, (b, host, waiting) => later(() => b.contended(host, waiting)))
  const gate = hostGate(perHost, rate, waiters.onWait)
  for (let i = 0; i < threads; i++) {
    const mine = new Map<string, Array<() => void>>()
    const slots: BorrowedSlots = new BorrowedSlots(
      {
        ask: (host) => {
          asks[i]++
          later(
            () =>
              void gate(host, slots).then((release) => {
                mine.set(host, [...(mine.get(host) ?? []), release])
                later(() => slots.granted(host))
              }),
          )
        },
        giveBack: (host, count) => {
          given[i] += count
          later(() => (mine.get(host) ?? []).splice(0, count).forEach((release) => release()))
        },
      },
      Boolean(rate),
    )
    borrowers.push(slots)
  }
  return { borrowers, asks, given }
}

const turn = () => new Promise((resolve) => setImmediate(resolve))
const settle = async () => {
  for (let i = 0; i < 10; i++) await turn()
}

describe('host slots lent to the threads of a batch', () => {
  it('a thread reuses the slot it freed: one ask for many connections one after the other', async () => {
    const { borrowers, asks, given } = lendingPool(2, 1)
    for (let i = 0; i < 20; i++) (await borrowers[0].gate('Mail.Example.com'))()
    expect(asks[0]).toBe(1)
    expect(given[0]).toBe(0)
  })

  it('a thread that waits only for itself keeps its slots: the one it frees serves its next connection', async () => {
    const { borrowers, asks, given } = lendingPool(1, 1)
    const first = await borrowers[0].gate('h')
    const second = borrowers[0].gate('h')
    await settle()
    first()
    ;(await second)()
    await settle()
    expect(asks[0]).toBe(2)
    expect(given[0]).toBe(0)
  })

  it('holds the per-host maximum over all threads; slots idle in one thread go to the one that waits', async () => {
    const { borrowers, asks, given } = lendingPool(3, 2)
    let open = 0
    let most = 0
    const connect = async (thread: number, holdMs: number) => {
      const release = await borrowers[thread].gate('h')
      most = Math.max(most, ++open)
      await new Promise((resolve) => setTimeout(resolve, holdMs))
      open--
      release()
    }
    // Thread 0 takes every slot, then frees them: they stay with it, idle.
    await Promise.all([connect(0, 5), connect(0, 5), connect(0, 5)])
    expect(asks[0]).toBe(3)
    // Thread 1 needs them now: thread 0 gives back what it does not use.
    await Promise.all(Array.from({ length: 12 }, (_, i) => connect(i % 2, 2)))
    await settle()
    expect(most).toBe(3)
    expect(asks[1]).toBeGreaterThan(0)
    expect(given[0]).toBeGreaterThan(0)
  })

  it('with a rate every freed slot goes back: each start takes its turn at the coordinator', async () => {
    const { borrowers, asks, given } = lendingPool(2, 1, 1000)
    for (let i = 0; i < 5; i++) (await borrowers[0].gate('h'))()
    await settle()
    expect(asks[0]).toBe(5)
    expect(given[0]).toBe(5)
  })
})
