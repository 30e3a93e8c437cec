// explain names the other usual causes of a message read from what happened (a greeting that never came, a cut, a
// refused login), each with its first fix, and the check that tells them apart; the table is measured, and stays so.
import { describe, expect, it } from 'vitest'
import { classifyCause } from '../src/diagnose/classify.js'
import { ALSO_SEEN } from '../src/explain/also-seen.js'
import { explainMessage } from '../src/explain/explain.js'
import { renderCause } from '../src/i18n/catalogue.js'
import { CAUSE_IDS } from '../src/model/cause-ids.js'
import { explanationText } from '../src/report/explain.js'
import { partOf, readCorpus } from './corpus/split.js'

describe('other usual causes of the same message', () => {
  it('answers the usual reason behind a greeting that never came, as a guess, and lists the event behind it', () => {
    const en = explainMessage('Error: Greeting never received', {}, 'en')
    expect(en).toMatchObject({ cause: 'tls_wrong_mode', guessed: true, guessedFrom: { shown: 'greeting_timeout' } })
    expect(en.alsoSeen?.[0]).toEqual({
      cause: 'greeting_timeout',
      title: expect.stringMatching(/greeting|answer/i),
      fix: expect.any(String),
    })
    const text = explanationText(en, 'en')
    expect(text).toMatch(/^The message shows what happened \(".+"\), not why/)
    expect(text).toMatch(/If that is not it, the same message has also turned out to be:\n {2}- .+\[greeting_timeout\]/)
    expect(text).toMatch(/from this computer, run:\n {2}maildoctor check /)
    const it_ = explanationText(explainMessage('Error: Greeting never received', {}, 'it'), 'it')
    expect(it_).toMatch(/Se non è questo, dietro lo stesso messaggio si è trovato anche:\n {2}- .+\[greeting_timeout\]/)
    expect(it_).toMatch(/da questo computer, esegui:\n {2}maildoctor check /)
    // With the plaintext port named, the silence is the server's.
    const on587 = explainMessage('Error: Greeting never received', { port: 587, protocol: 'smtp' }, 'en')
    expect(on587).toMatchObject({ cause: 'greeting_timeout' })
    expect(on587).not.toHaveProperty('guessed')
  })

  it("gives each other cause a fix the answer's own fixes do not already open with", () => {
    const timeout = explainMessage('Error: connect ETIMEDOUT 142.250.1.108:587', {}, 'it')
    expect(timeout.cause).toBe('tcp_timeout')
    expect(timeout.alsoSeen?.map((o) => o.cause)).toEqual([
      'firewall_all_ports_blocked',
      'wrong_server_name',
      'tls_old_protocol',
    ])
    for (const other of timeout.alsoSeen ?? [])
      expect(timeout.fixes?.map((f) => f.slice(0, 40))).not.toContain(other.fix.slice(0, 40))
  })

  it('offers the TLS mode behind a timeout only on a port where each side waits for the other', () => {
    const on465 = explainMessage('Error: connect ETIMEDOUT 142.250.1.108:465', {}, 'en')
    expect(on465.alsoSeen?.map((o) => o.cause)).toContain('tls_wrong_mode')
    const on587 = explainMessage('Error: connect ETIMEDOUT 142.250.1.108:587', {}, 'en')
    expect(on587.alsoSeen?.map((o) => o.cause)).not.toContain('tls_wrong_mode')
  })

  it('names a server name typed with a space as typed, not the published name as missing', () => {
    const text = "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com ]\n  code: 'ENOTFOUND', hostname: 'smtp.gmail.com ' }"
    const spaced = explainMessage(text, {}, 'en')
    expect(spaced.cause).toBe('dns_nxdomain')
    expect(spaced.explanation).toContain("'smtp.gmail.com '")
    expect(spaced.extracted.host).toBe('smtp.gmail.com')
  })

  it('says nothing more where the message names its cause', () => {
    const full = explainMessage('552 5.2.2 Mailbox full', {}, 'en')
    expect(full.cause).toBe('mailbox_over_quota')
    expect(full).not.toHaveProperty('alsoSeen')
    expect(explanationText(full, 'en')).not.toMatch(/If that is not it|maildoctor check/)
  })

  it('lists an outdated authority bundle behind a certificate read as expired (threads that ended so)', () => {
    const expired = explainMessage('Error: certificate has expired', {}, 'en')
    expect(expired.cause).toBe('tls_cert_expired')
    expect(expired.alsoSeen?.map((a) => a.cause)).toEqual(['tls_cert_untrusted'])
  })

  it('names only known causes, never the cause itself', () => {
    for (const [cause, others] of Object.entries(ALSO_SEEN)) {
      expect(CAUSE_IDS).toContain(cause)
      for (const other of others ?? []) {
        expect(CAUSE_IDS).toContain(other)
        expect(other).not.toBe(cause)
      }
    }
  })

  it('lists, for each cause, what at least two train thread cases answered so ended in, most frequent first', () => {
    // The table is a measurement (also-seen.ts): when the rules change what explain answers, it must be measured
    // again. Train cases only: the held-out half is never used to write anything.
    const threads = readCorpus().filter((c) => /^thr\d+-/.test(c.id) && partOf(c.id) === 'train')
    const endings = new Map<string, Map<string, number>>()
    for (const c of threads) {
      const answered = classifyCause({ ...c, text: c.text })
      if (!answered || answered === c.cause) continue
      const counts = endings.get(answered) ?? new Map<string, number>()
      counts.set(c.cause, (counts.get(c.cause) ?? 0) + 1)
      endings.set(answered, counts)
    }
    const measured = Object.fromEntries(
      [...endings]
        .map(([cause, counts]) => [
          cause,
          [...counts]
            .filter(([, n]) => n >= 2)
            .sort((a, b) => b[1] - a[1])
            .map(([c]) => c),
        ])
        .filter(([, others]) => others.length),
    )
    expect(ALSO_SEEN).toEqual(measured)
  })

  it("does not offer a wrong server name when the host is the provider's own published server", () => {
    const dialog =
      "Impossibile connettersi al server. Account: 'mario@libero.it', Server: 'imapmail.libero.it', " +
      'Protocollo: IMAP, Porta: 993, Protetto (SSL): Sì, Errore socket: 10060, Numero errore: 0x800CCC0E'
    const libero = explainMessage(dialog, {}, 'it')
    expect(libero.cause).toBe('tcp_timeout')
    expect(libero.alsoSeen?.map((a) => a.cause)).not.toContain('wrong_server_name')
    const other = explainMessage('Error: connect ETIMEDOUT mail.example.org:993', {}, 'en')
    expect(other.alsoSeen?.map((a) => a.cause)).toContain('wrong_server_name')
  })

  it("does not offer port 25's block when the message names another port", () => {
    const on993 = explainMessage('Error: connect ETIMEDOUT mail.example.org:993', {}, 'en')
    expect(on993.cause).toBe('tcp_timeout')
    expect(on993.alsoSeen?.map((a) => a.cause)).not.toContain('port_25_blocked')
    const noPort = explainMessage('Error: connect ETIMEDOUT', {}, 'en')
    expect(noPort.alsoSeen?.map((a) => a.cause)).toContain('port_25_blocked')
  })

  it('joins the Italian preposition to the article where the message named no server', () => {
    const cut = explainMessage('Error: read ECONNRESET', {}, 'it')
    expect(cut.explanation).toMatch(/La connessione al server /)
    expect(cut.explanation).not.toMatch(/\ba il\b/)
  })

  it('calls an unnamed server "the server" once, never "the name the server" or "the server at the server"', () => {
    for (const lang of ['en', 'it'] as const) {
      for (const cause of CAUSE_IDS) {
        const { explanation } = renderCause(cause, lang, {})
        expect(explanation, `${lang} ${cause}`).not.toMatch(/\b(name|at|server|Port) the server\b/i)
        expect(explanation, `${lang} ${cause}`).not.toMatch(/\b(nome|server) il server\b/i)
      }
    }
    expect(explainMessage('Error: getaddrinfo ENOTFOUND', {}, 'en').explanation).toMatch(/^The server name is not /)
    expect(explainMessage('connect ECONNREFUSED', {}, 'it').explanation).toMatch(/^Il server ha risposto, ma /)
    // Named, the name stays.
    const named = explainMessage('getaddrinfo ENOTFOUND imap.example.org', {}, 'en').explanation
    expect(named).toMatch(/^The name imap\.example\.org is not /)
  })

  it('says only what a paste shows: port 25 silent, not that other ports answered or what maildoctor did', () => {
    const text = 'dial tcp 192.0.2.1:25: getsockopt: connection timed out'
    for (const lang of ['en', 'it'] as const) {
      const pasted = explainMessage(text, { protocol: 'smtp' }, lang)
      expect(pasted.cause).toBe('port_25_blocked')
      expect(pasted.explanation).not.toMatch(/other sending ports|altre porte|answers on|risponde su/)
    }
    // Nor what maildoctor itself did: a paste reports the user's mail program, not a check.
    for (const lang of ['en', 'it'] as const) {
      for (const cause of CAUSE_IDS) {
        const { explanation } = renderCause(cause, lang, { host: 'mail.example.org', port: '993', protocol: 'IMAP' })
        expect(explanation, `${lang} ${cause}`).not.toMatch(/maildoctor/)
      }
    }
    // A check that reached another port says so.
    expect(renderCause('port_25_blocked', 'en', { answeringPorts: '465, 587' }).explanation).toMatch(
      /The same server answers on ports 465 and 587\./,
    )
    expect(renderCause('port_25_blocked', 'it', { answeringPorts: '587' }).explanation).toMatch(
      /Lo stesso server risponde sulla porta 587\./,
    )
  })
})
