// The one split of the public corpus: a case's id decides, by its SHA-1, whether it is for training
// (writing and tuning rules, 80%) or held out (measuring only, 20%). Deterministic and fixed: a case
// never moves between the two sets, so held-out numbers are never tuned on.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface CorpusCase {
  id: string
  cause: string
  text: string
  source: string
  family: string
  lang: string
  protocol?: string
  stage?: string
  kind?: string
  port?: number
  provider?: string
  note?: string
}

export type Part = 'train' | 'heldout'

export function partOf(id: string): Part {
  const first = createHash('sha1').update(id).digest().readUInt32BE(0)
  return first % 5 === 0 ? 'heldout' : 'train'
}

const CORPUS_PATH = join(import.meta.dirname, 'public.jsonl')

export function readCorpus(path = CORPUS_PATH): CorpusCase[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusCase)
}
