// A certificate is verified against the system's CAs by the handshake, and against `--ca` by the
// certificate stage only when that verification found no anchor: no start pays for parsing the
// whole root store into a context of its own (~40 ms) just because `--ca` was given.
import { readFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { join } from 'node:path'
import tls, { type SecureContextOptions } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import type { CertName } from '../fixtures/servers/certs.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCheckRequest } from '../src/run/check.js'
import { testOptions } from './helpers.js'

const pem = (file: string) => readFileSync(join(PACKAGE_ROOT, 'fixtures', 'certs', file), 'utf8')
const contexts: Array<SecureContextOptions | undefined> = []
const original = tls.createSecureContext
beforeAll(() => {
  tls.createSecureContext = (options) => (contexts.push(options), original(options))
  syncBuiltinESMExports()
})
afterAll(() => {
  tls.createSecureContext = original
  syncBuiltinESMExports()
})

const servers = new Map<CertName, RunningServer>()
async function causes(cert: CertName, ca: string[]): Promise<string[]> {
  let server = servers.get(cert)
  if (!server) servers.set(cert, (server = await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert })))
  const result = await runCheckRequest({
    target: { host: '127.0.0.1' },
    protocols: [],
    endpoints: [{ protocol: 'imap', host: '127.0.0.1', port: server.port, security: 'tls', source: 'user' }],
    options: testOptions({ ca }),
  })
  return result.findings.map((f) => f.cause)
}
afterAll(() => Promise.all([...servers.values()].map((s) => s.close())))

describe('trust', () => {
  it('accepts a certificate signed by --ca without building a context of the root store', async () => {
    contexts.length = 0
    expect(await causes('valid', [pem('ca.crt')])).toEqual([])
    expect(contexts.filter((o) => o?.ca)).toEqual([])
  })

  it('accepts a self-signed certificate given itself as --ca', async () => {
    expect(await causes('self-signed', [pem('self-signed.crt')])).toEqual([])
  })

  it('does not trust a certificate that --ca did not sign, nor one without --ca', async () => {
    expect(await causes('valid', [pem('antivirus-root.crt')])).toEqual(['tls_cert_untrusted'])
    expect(await causes('valid', [])).toEqual(['tls_cert_untrusted'])
    expect(await causes('self-signed', [pem('ca.crt')])).toEqual(['tls_cert_untrusted'])
  })

  it('judges dates and names of a --ca certificate as before', async () => {
    expect(await causes('expired', [pem('ca.crt')])).toEqual(['tls_cert_expired'])
    expect(await causes('wrong-host', [pem('ca.crt')])).toEqual(['tls_cert_hostname_mismatch'])
  })
})
