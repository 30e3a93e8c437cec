// Deterministic split of a batch over machines: the same account always lands in the same shard.
import { fnv1a } from '../model/fnv1a.js'
import type { Account } from './accounts.js'

/** Which part of the split this run takes: index is 0-based (Kubernetes' JOB_COMPLETION_INDEX). */
export interface Shard {
  index: number
  count: number
  /** What is hashed: the account (spreads accounts evenly) or its server (one server, one shard). */
  key: ShardKey
}

export const SHARD_KEYS = ['account', 'host'] as const
export type ShardKey = (typeof SHARD_KEYS)[number]

/**
 * The server an account's connections go to, as far as the row tells before discovery: its host,
 * else its address's domain (one provider's accounts share its servers).
 */
const serverOf = (a: Pick<Account, 'host' | 'address' | 'key'>): string =>
  (a.host ?? a.address?.split('@')[1] ?? a.key).toLowerCase()

const KEYS: Record<ShardKey, (a: Pick<Account, 'host' | 'address' | 'key'>) => string> = {
  account: (a) => a.key,
  host: serverOf,
}

export const inShard = (account: Pick<Account, 'host' | 'address' | 'key'>, shard: Shard): boolean =>
  fnv1a(KEYS[shard.key](account)) % shard.count === shard.index
