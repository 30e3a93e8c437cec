// Which threads of a batch must give back the host slots they keep idle: those for whose hosts
// some other thread (or the coordinator's own checks) waits. A thread that waits only for itself
// keeps its slots, and serves its next connection with the one its last connection frees.
export class SlotWaiters<T> {
  /** Connections waiting at the coordinator's gate, per host and per whose they are. */
  private readonly queued = new Map<string, Map<unknown, number>>()
  /** The hosts each thread was last told others wait for. */
  private readonly told = new Map<T, Set<string>>()

  constructor(
    private readonly borrowers: readonly T[],
    private readonly tell: (borrower: T, host: string, waiting: boolean) => void,
  ) {}

  /** The gate's onWait (see gate.ts). */
  readonly onWait = (host: string, who: unknown, waiting: boolean): void => {
    let counts = this.queued.get(host)
    if (!counts) this.queued.set(host, (counts = new Map()))
    const n = (counts.get(who) ?? 0) + (waiting ? 1 : -1)
    if (n > 0) counts.set(who, n)
    else counts.delete(who)
    if (!counts.size) this.queued.delete(host)
    for (const borrower of this.borrowers) {
      const others = [...counts.keys()].some((k) => k !== borrower)
      let told = this.told.get(borrower)
      if (!told) this.told.set(borrower, (told = new Set()))
      if (others === told.has(host)) continue
      if (others) told.add(host)
      else told.delete(host)
      this.tell(borrower, host, others)
    }
  }
}
