// Which rules a text may match, found in one pass over the text: each rule's pattern needs one of a few
// words (worked out at build time: scripts/rule-needles.mjs, rules/needles.json), and a text holds the words of
// about 30 of 500 patterns. The others are not run, nor compiled by V8 until some text needs them.
import { fnv1a } from '../model/fnv1a.js'

/** Words per pattern, by patternKey: null when nothing can be said (the pattern runs on every text). */
export type NeedleTable = Readonly<Record<string, readonly string[] | null>>

/** A pattern's name in the table: its flags, length and hash, so that an edited pattern is not found there. */
export const patternKey = (pattern: RegExp): string =>
  `${pattern.flags}/${pattern.source.length}/${fnv1a(pattern.source).toString(16)}`

interface Needle {
  word: string
  rules: number[]
}

/** The first three characters of a word, as one number: the index's key. */
const keyAt = (text: string, at: number): number =>
  text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2)

export class RuleIndex {
  private readonly needles = new Map<number, Needle[]>()
  /** Rules run on every text: no pattern, or one no word can be said of. */
  private readonly always: Uint8Array
  /** Which text last marked each rule: a rule may match the current text when its mark is the current one. */
  private readonly marks: Uint32Array
  private current = 0
  private lastText: string | undefined

  /**
   * `patterns[id]`: rule id's text pattern, if it has one. A pattern the table does not know (edited since the
   * build wrote it) runs on every text: slower, never wrong.
   */
  constructor(patterns: ReadonlyArray<RegExp | undefined>, table: NeedleTable) {
    this.always = new Uint8Array(patterns.length)
    this.marks = new Uint32Array(patterns.length)
    const byWord = new Map<string, number[]>()
    patterns.forEach((pattern, id) => {
      const words = pattern ? table[patternKey(pattern)] : null
      if (!words) return void (this.always[id] = 1)
      for (const word of words) {
        const rules = byWord.get(word) ?? []
        byWord.set(word, rules)
        rules.push(id)
      }
    })
    for (const [word, rules] of byWord) {
      const key = keyAt(word, 0)
      const list = this.needles.get(key) ?? []
      this.needles.set(key, list)
      list.push({ word, rules })
    }
  }

  /** Marks the rules `text` may match (until another text is read). */
  read(text: string): void {
    if (text === this.lastText) return
    this.lastText = text
    const current = ++this.current
    const lower = text.toLowerCase()
    for (let at = 0; at + 3 <= lower.length; at++) {
      const list = this.needles.get(keyAt(lower, at))
      if (!list) continue
      for (const { word, rules } of list)
        if (lower.startsWith(word, at)) for (const id of rules) this.marks[id] = current
    }
  }

  /** Whether rule `id` may match the text last read. */
  may(id: number): boolean {
    return this.always[id] === 1 || this.marks[id] === this.current
  }
}
