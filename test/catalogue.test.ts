import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import { CATALOGUE, renderCause } from '../src/i18n/catalogue.js'
import { LANGS } from '../src/i18n/locale.js'

describe('cause catalogue', () => {
  for (const lang of LANGS) {
    it(`has a title, explanation and fixes for every cause in ${lang}`, () => {
      const missing = CAUSE_IDS.filter((id) => {
        const t = CATALOGUE[lang][id]
        return !t || !t.title || !t.explanation || t.fixes.length === 0
      })
      expect(missing).toEqual([])
    })
  }

  it('names no cause outside the fixed list', () => {
    for (const lang of LANGS)
      expect(Object.keys(CATALOGUE[lang]).filter((id) => !(CAUSE_IDS as readonly string[]).includes(id))).toEqual([])
  })

  it('drops a fix whose value is unknown instead of printing a hole', () => {
    const without = renderCause('tcp_refused', 'en', { host: 'h', ports: '993' })
    expect(without.fixes.join(' ')).not.toMatch(/\{|\}/)
    const withWorking = renderCause('tcp_refused', 'it', { host: 'h', ports: '143', working: 'IMAP h:993 SSL/TLS' })
    expect(withWorking.fixes[0]).toContain('IMAP h:993 SSL/TLS')
  })
})
