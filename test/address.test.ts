// `check <address>` without --host: the interim discovery guesses host names, resolved through a
// DNS server the test starts, and reports the names that do not exist.
import { describe, expect, it } from 'vitest'
import { startDnsServer } from '../fixtures/servers/dns-server.js'
import { buildReport } from '../src/report/report-model.js'
import { runCheckRequest } from '../src/run/check.js'
import { testOptions } from './helpers.js'

describe('check an address', () => {
  it('probes the first guessed name that resolves, per protocol', async () => {
    const dns = await startDnsServer({
      'imap.example.test': { A: ['127.0.0.1'] },
      'pop3.example.test': { A: ['127.0.0.1'] },
    })
    try {
      const result = await runCheckRequest({
        target: { address: 'mario@example.test' },
        protocols: ['imap', 'pop3', 'smtp'],
        options: testOptions({ dnsServer: dns.address, timeoutMs: 300 }),
      })
      const hosts = [...new Set(result.endpoints.map((e) => `${e.endpoint.protocol} ${e.endpoint.host}`))]
      expect(hosts).toEqual(['imap imap.example.test', 'pop3 pop3.example.test', 'smtp smtp.example.test'])
      expect(result.endpoints.every((e) => e.endpoint.source === 'guess')).toBe(true)
      const nx = result.findings.find((f) => f.cause === 'dns_nxdomain')
      // Port 25 is for servers: a mail program sends on 465 and 587, and the finding names those.
      expect(nx?.endpoints.map((e) => e.port).sort()).toEqual([465, 587])
    } finally {
      await dns.close()
    }
  })
})

describe('check a host under a provider that is none of its servers', () => {
  it("names the provider's published server next to a name that does not exist", async () => {
    const dns = await startDnsServer({})
    try {
      const result = await runCheckRequest({
        target: { host: 'imap.yahoo.com' },
        protocols: ['imap'],
        options: testOptions({ dnsServer: dns.address, timeoutMs: 300 }),
      })
      const report = buildReport(result, 'en', 'test')
      const nx = report.findings.find((f) => f.cause === 'dns_nxdomain')
      expect(nx?.fixes).toContain('Compare it with what the provider publishes: imap.mail.yahoo.com.')
      const italian = buildReport(result, 'it', 'test').findings.find((f) => f.cause === 'dns_nxdomain')
      expect(italian?.fixes).toContain('Confrontalo con quello che pubblica il provider: imap.mail.yahoo.com.')
    } finally {
      await dns.close()
    }
  })

  it('says nothing of the kind for a name no known provider owns', async () => {
    const dns = await startDnsServer({})
    try {
      const result = await runCheckRequest({
        target: { host: 'imap.example.test' },
        protocols: ['imap'],
        options: testOptions({ dnsServer: dns.address, timeoutMs: 300 }),
      })
      const nx = buildReport(result, 'en', 'test').findings.find((f) => f.cause === 'dns_nxdomain')
      expect(nx).toBeDefined()
      expect(nx?.fixes.some((f) => f.includes('provider publishes'))).toBe(false)
    } finally {
      await dns.close()
    }
  })
})
