// The shard of a batch from the command line: `--shard i/n` (1-based, as people count) or
// `--shard-index I --shard-count N` (0-based, as Kubernetes' JOB_COMPLETION_INDEX and CI matrix
// indices count), and `--shard-key account|host`.
import { SHARD_KEYS, type Shard, type ShardKey } from '../batch/shard.js'
import { UsageError } from './io.js'
import { parseWholeNumber } from '../input/values.js'

export interface ShardFlags {
  shard?: string
  shardIndex?: string
  shardCount?: string
  shardKey?: string
}

const MAX_SHARDS = 100_000

export function shardOf(flags: ShardFlags): Shard | undefined {
  const key = shardKeyOf(flags.shardKey)
  const indexed = flags.shardIndex !== undefined || flags.shardCount !== undefined
  if (flags.shard !== undefined && indexed)
    throw new UsageError('give either --shard i/n or --shard-index and --shard-count, not both')
  if (flags.shard !== undefined) return { ...parseShard(flags.shard), key }
  if (indexed) {
    if (flags.shardIndex === undefined || flags.shardCount === undefined)
      throw new UsageError('--shard-index and --shard-count go together')
    const count = parseWholeNumber(flags.shardCount, '--shard-count', 1, MAX_SHARDS)
    const index = parseWholeNumber(flags.shardIndex, '--shard-index', 0, count - 1)
    return { index, count, key }
  }
  if (flags.shardKey !== undefined)
    throw new UsageError('--shard-key needs --shard i/n or --shard-index and --shard-count')
  return undefined
}

/** `i/n` with 1 ≤ i ≤ n, as a 0-based index. */
function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (for example 2/4), not "${text}"`)
  }
  return { index: index - 1, count }
}

function shardKeyOf(text: string | undefined): ShardKey {
  if (text === undefined) return 'account'
  if (!(SHARD_KEYS as readonly string[]).includes(text))
    throw new UsageError(`--shard-key must be one of ${SHARD_KEYS.join(', ')}, not "${text}"`)
  return text as ShardKey
}
