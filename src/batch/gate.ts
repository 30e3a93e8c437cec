// Politeness toward providers: at most N connections to one host at once, and optionally no
// more than R new connections per second to it.

export type Gate = (host: string) => Promise<() => void>

/** Told when a connection of `who` has to wait for a slot of the host (true), and when it gets one (false). */
export type OnWait = (host: string, who: unknown, waiting: boolean) => void

/** `who` says whose connection asks (a batch's thread), for onWait; the gate itself treats all alike. */
export function hostGate(
  perHost: number,
  ratePerSecond?: number,
  onWait?: OnWait,
): (host: string, who?: unknown) => Promise<() => void> {
  const hosts = new Map<string, { active: number; queue: Array<() => void>; lastStart: number; turn: Promise<void> }>()
  const interval = ratePerSecond ? 1000 / ratePerSecond : 0
  return async (host, who) => {
    const key = host.toLowerCase()
    let h = hosts.get(key)
    if (!h) hosts.set(key, (h = { active: 0, queue: [], lastStart: -Infinity, turn: Promise.resolve() }))
    const state = h
    if (state.active >= perHost) {
      onWait?.(key, who, true)
      await new Promise<void>((resolve) => state.queue.push(resolve))
      onWait?.(key, who, false)
    } else state.active++
    if (interval) {
      // Starts take turns, each measured from the previous one's actual start: a timer that fires
      // late under load cannot bunch the next start up against it.
      const mine = state.turn.then(async () => {
        const wait = state.lastStart + interval - performance.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)))
        state.lastStart = performance.now()
      })
      state.turn = mine
      await mine
    }
    let released = false
    return () => {
      if (released) return
      released = true
      const next = state.queue.shift()
      if (next) next()
      else state.active--
    }
  }
}
