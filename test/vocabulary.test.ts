// The typed vocabulary: every cause has its words in both languages, every text asks only for
// values some rule sets, and both languages ask for the same ones.
import { describe, expect, it } from 'vitest'
import { EVIDENCE_RULES } from '../src/diagnose/evidence-rules.js'
import { CAUSE_SHORT } from '../src/i18n/causes/short.js'
import { CATALOGUE } from '../src/i18n/catalogue.js'
import { CAUSE_IDS } from '../src/model/cause-ids.js'
import { CAUSE_PARAMS } from '../src/model/cause-params.js'
import { EVIDENCE_CODES } from '../src/model/evidence-codes.js'

const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort()

describe('vocabulary', () => {
  it('every cause has a title, an explanation, fixes and a short form in Italian and English', () => {
    for (const lang of ['en', 'it'] as const) {
      for (const cause of CAUSE_IDS) {
        const text = CATALOGUE[lang][cause]
        expect(text?.title, `${lang} ${cause}`).toBeTruthy()
        expect(text.explanation, `${lang} ${cause}`).toBeTruthy()
        expect(text.fixes.length, `${lang} ${cause}`).toBeGreaterThan(0)
        expect(CAUSE_SHORT[lang][cause], `${lang} ${cause}`).toBeTruthy()
      }
      expect(Object.keys(CATALOGUE[lang]).sort()).toEqual([...CAUSE_IDS].sort())
    }
  })

  it('texts ask only for known values, the same in both languages', () => {
    for (const cause of CAUSE_IDS) {
      const used = (lang: 'en' | 'it') => {
        const t = CATALOGUE[lang][cause]
        return placeholders([t.explanation, ...(t.details ?? []), ...t.fixes])
      }
      expect(
        used('en').filter((p) => !(CAUSE_PARAMS as readonly string[]).includes(p)),
        cause,
      ).toEqual([])
      expect(used('it'), cause).toEqual(used('en'))
    }
  })

  it('every evidence code has a rule, and every rule names a known cause or none', () => {
    expect(Object.keys(EVIDENCE_RULES).sort()).toEqual([...EVIDENCE_CODES].sort())
    for (const rule of Object.values(EVIDENCE_RULES)) if (rule.cause !== null) expect(CAUSE_IDS).toContain(rule.cause)
  })
})
