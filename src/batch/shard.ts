// Deterministic split of a batch over machines: the same account always lands in the same shard.

/** FNV-1a, 32 bit: stable across runs and machines, unlike Math.random or object order. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export const inShard = (key: string, shard: { index: number; count: number }): boolean => fnv1a(key) % shard.count === shard.index - 1
