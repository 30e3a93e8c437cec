// Politeness toward providers: at most N connections to one host at once, and optionally no
// more than R new connections per second to it.

export type Gate = (host: string) => Promise<() => void>

export function hostGate(perHost: number, ratePerSecond?: number): Gate {
  const hosts = new Map<string, { active: number; queue: Array<() => void>; nextStart: number }>()
  const interval = ratePerSecond ? 1000 / ratePerSecond : 0
  return async (host) => {
    const key = host.toLowerCase()
    let h = hosts.get(key)
    if (!h) hosts.set(key, (h = { active: 0, queue: [], nextStart: 0 }))
    const state = h
    if (state.active >= perHost) await new Promise<void>((resolve) => state.queue.push(resolve))
    else state.active++
    if (interval) {
      const wait = state.nextStart - Date.now()
      state.nextStart = Math.max(Date.now(), state.nextStart) + interval
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
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
