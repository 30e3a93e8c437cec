// The human report answers first: receive, send, what to do — in Italian and English, before the
// details; ports listed in words, security "none" translated, time never "0,0 s".
import { describe, expect, it } from 'vitest'
import { VERDICT_SCENARIOS } from '../fixtures/scenarios.js'
import { buildReport } from '../src/report/report-model.js'
import { renderHuman } from '../src/report/human.js'
import { checkScenario } from './helpers.js'

const scenario = (id: string) => VERDICT_SCENARIOS.find((s) => s.id === id)!

async function render(id: string, lang: 'it' | 'en') {
  const s = scenario(id)
  const started = await s.start()
  try {
    const result = await checkScenario(started, s)
    return renderHuman(buildReport(result, lang, 'test'), { color: false, trace: false })
  } finally {
    await started.close()
  }
}

describe('the verdict leads the human report', () => {
  it('receiving works, sending does not: the password (it)', async () => {
    const lines = (await render('smtp-bad-password-relay-25', 'it')).split('\n')
    expect(lines[2]).toMatch(/^✔ Ricevere: funziona \(IMAP \d+ SSL\/TLS\)\.$/)
    expect(lines[3]).toBe('✖ Inviare: non funziona — il nome utente o la password sono sbagliati.')
    expect(lines[4]).toBe('→ Cosa fare: Riscrivi la password con attenzione (fai attenzione al tasto Bloc Maiusc).')
    expect(lines.join('\n')).not.toMatch(/SMTP 127\.0\.0\.\d+:25 .*funziona\b(?!.*solo tra server)/)
    expect(lines.join('\n')).toMatch(/solo tra server/)
  })

  it('receiving works, sending does not: the password (en)', async () => {
    const lines = (await render('smtp-bad-password-relay-25', 'en')).split('\n')
    expect(lines[2]).toMatch(/^✔ Receiving: works \(IMAP \d+ SSL\/TLS\)\.$/)
    expect(lines[3]).toBe('✖ Sending: does not work — the user name or password is wrong.')
    expect(lines[4]).toMatch(/^→ What to do: Retype the password carefully/)
  })

  it('every port refused: ports in words, stage in words, no "0,0 s"', async () => {
    const text = await render('all-refused', 'it')
    expect(text).toMatch(/Connessione rifiutata sulle porte \d+, \d+, \d+ e \d+:/)
    expect(text).toMatch(/non funziona \(si ferma alla connessione\)/)
    expect(text).not.toMatch(/0,0 s|fallito in|crittografia/)
    expect(text).toMatch(/Verifica completata in (meno di 0,1|\d+,\d) s\./)
  })
})
