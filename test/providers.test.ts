// Where the provider is known, the fix is the provider's own.
import { describe, expect, it } from 'vitest'
import { LOGIN_SCENARIOS } from '../fixtures/scenarios.js'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import { buildReport } from '../src/report/report-model.js'
import { providerById, providerFixes, providerFor, PROVIDERS } from '../src/providers/table.js'
import { checkScenario } from './helpers.js'

async function reportOf(id: string, lang: 'it' | 'en') {
  const scenario = LOGIN_SCENARIOS.find((s) => s.id === id)!
  const started = await scenario.start()
  try {
    const result = await checkScenario(started, scenario)
    const provider = providerById(result.provider)
    return buildReport(result, lang, 'test', (f) => providerFixes(provider, f.cause, lang))
  } finally {
    await started.close()
  }
}

describe('provider fixes', () => {
  it('Gmail with IMAP off: the exact settings path', async () => {
    const report = await reportOf('gmail-imap-disabled', 'it')
    expect(report.provider).toBe('gmail')
    expect(report.findings[0].fixes[0]).toContain('Inoltro e POP/IMAP')
    expect(report.findings[0].fixes[0]).toContain('Attiva IMAP')
  })
  it('Outlook.com with POP off: the switch to turn on', async () => {
    const report = await reportOf('outlook-pop-disabled', 'it')
    expect(report.findings[0].fixes.join(' ')).toContain(
      'Consenti ai dispositivi e alle applicazioni di utilizzare POP',
    )
  })
  it('Gmail app password: where to create it', async () => {
    const report = await reportOf('gmail-app-password', 'en')
    expect(report.findings[0].fixes.join(' ')).toContain('myaccount.google.com/apppasswords')
  })

  it('recognises the providers the issue names', () => {
    const cases: Array<[string, string]> = [
      ['a@gmail.com', 'gmail'],
      ['a@hotmail.it', 'outlook'],
      ['a@outlook.com', 'outlook'],
      ['a@yahoo.it', 'yahoo'],
      ['a@icloud.com', 'icloud'],
      ['a@libero.it', 'libero'],
      ['a@virgilio.it', 'virgilio'],
      ['a@alice.it', 'alice'],
      ['a@tim.it', 'tim'],
      ['a@aruba.it', 'aruba'],
      ['a@pec.it', 'aruba-pec'],
      ['a@fastwebnet.it', 'fastweb'],
      ['a@poste.it', 'poste'],
    ]
    for (const [address, id] of cases) expect(providerFor({ address })?.id, address).toBe(id)
    expect(providerFor({ host: 'outlook.office365.com' })?.id).toBe('microsoft365')
  })

  it('every provider fix names a real cause and exists in both languages', () => {
    for (const p of PROVIDERS) {
      for (const [cause, text] of Object.entries(p.fixes)) {
        expect(CAUSE_IDS, `${p.id}:${cause}`).toContain(cause)
        expect(text!.en.length, `${p.id}:${cause} en`).toBeGreaterThan(0)
        expect(text!.it.length, `${p.id}:${cause} it`).toBe(text!.en.length)
      }
    }
  })
})

describe('the provider table, entry by entry', () => {
  const HOSTNAME = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/
  for (const p of PROVIDERS) {
    it(`${p.id}: well-formed`, () => {
      expect(PROVIDERS.filter((o) => o.id === p.id)).toHaveLength(1)
      for (const d of p.domains) expect(d).toMatch(HOSTNAME)
      for (const s of p.servers ?? []) {
        expect(s.host).toMatch(HOSTNAME)
        expect(['imap', 'pop3', 'smtp']).toContain(s.protocol)
        expect(['tls', 'starttls']).toContain(s.security)
        // Implicit TLS on its own ports, STARTTLS on the others.
        expect(s.security === 'tls').toBe([993, 995, 465].includes(s.port))
      }
      // Every server fact says where it was checked; the Italian ones in two places.
      if (p.servers?.length) expect(p.sources?.length ?? 0).toBeGreaterThanOrEqual(2)
    })
  }
  it('covers the providers the issue names', () => {
    const ids = PROVIDERS.map((p) => p.id)
    for (const id of [
      'gmail',
      'outlook',
      'microsoft365',
      'yahoo',
      'icloud',
      'gmx',
      'libero',
      'virgilio',
      'alice',
      'tim',
      'aruba',
      'aruba-pec',
      'legalmail',
      'fastweb',
      'tiscali',
      'poste',
    ])
      expect(ids).toContain(id)
  })
})

describe('which providers want OAuth 2.0 sign-in', () => {
  it('Outlook.com, Microsoft 365, Gmail, Yahoo and iCloud say it per protocol, with a source URL and a date', () => {
    const expected: Record<string, Record<string, string>> = {
      outlook: { imap: 'required', pop3: 'required', smtp: 'required' },
      microsoft365: { imap: 'required', pop3: 'required', smtp: 'default' },
      gmail: { imap: 'optional', pop3: 'optional', smtp: 'optional' },
      yahoo: { imap: 'optional', pop3: 'optional', smtp: 'optional' },
      icloud: { imap: 'none', smtp: 'none' },
    }
    for (const [id, protocols] of Object.entries(expected)) {
      const oauth = providerById(id)?.oauth
      expect(oauth?.protocols, id).toEqual(protocols)
      expect(oauth?.source, id).toMatch(/^https:\/\//)
      expect(oauth?.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
})
