// Without `--ca` a certificate is verified by the handshake against the system's CAs. With it, the
// handshake trusts nothing (any CA given to a context makes Node 20 build its whole root store,
// ~25 ms at every start) and the certificate stage anchors the chain: in `--ca` first, in the
// system's roots only when `--ca` does not. The verdicts are those of the handshake's own check.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import tls, { type SecureContextOptions } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startScriptedServer, type RunningServer } from '../fixtures/servers/scripted-server.js'
import type { CertName } from '../fixtures/servers/certs.js'
import { systemAnchorBuilds } from '../src/probes/anchors.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCheckRequest } from '../src/run/check.js'
import { makeChains } from './chain-certs.js'
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
async function serverWith(cert: CertName): Promise<RunningServer> {
  let server = servers.get(cert)
  if (!server) servers.set(cert, (server = await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert })))
  return server
}
async function causes(cert: CertName, ca: string[]): Promise<string[]> {
  const server = await serverWith(cert)
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
  // The first test of the file: nothing in this process has parsed the system's roots yet.
  it('accepts a certificate signed by --ca without building a root store, nor parsing the system roots', async () => {
    await serverWith('valid')
    expect(systemAnchorBuilds()).toBe(0)
    contexts.length = 0
    expect(await causes('valid', [pem('ca.crt')])).toEqual([])
    // The handshake's context trusts nothing: Node builds its root store for a context without
    // `ca` (its default) and for one given any CA.
    expect(contexts.map((o) => o?.ca)).toEqual([[]])
    expect(systemAnchorBuilds()).toBe(0)
    // Without --ca the handshake asks for Node's default context, as before.
    contexts.length = 0
    expect(await causes('valid', [])).toEqual(['tls_cert_untrusted'])
    expect(contexts.map((o) => o?.ca)).toEqual([undefined])
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

/**
 * One Node process per way of checking, each trusting the test CA and a second root the way a
 * machine adds its own (NODE_EXTRA_CA_CERTS): its default context holds them, and so do the system
 * roots a `--ca` check looks at when `--ca` does not anchor the chain. The child runs tsc's output.
 */
async function checkInChild(ports: number[], ca: string[], systemFile: string): Promise<unknown[]> {
  const check = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'src', 'run', 'check.js')).href
  const script = `
    const { runCheckRequest } = await import(process.argv[1])
    const { ports, ca } = JSON.parse(process.argv[2])
    const out = []
    for (const port of ports) {
      const endpoint = { protocol: 'imap', host: '127.0.0.1', port, security: 'tls', source: 'user' }
      const options = { timeoutMs: 3000, deadlineMs: 20000, ca, trace: false, allowPlaintextAuth: false,
        now: () => new Date() }
      const r = await runCheckRequest({ target: { host: '127.0.0.1' }, protocols: [], endpoints: [endpoint], options })
      const tls = r.endpoints[0].stages.find((s) => s.stage === 'tls')
      out.push({ causes: r.findings.map((f) => f.cause), status: tls.status, trusted: tls.facts['cert.trusted'],
        evidence: tls.evidence.map((e) => [e.code, e.detail]) })
    }
    console.log(JSON.stringify(out))`
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, check, JSON.stringify({ ports, ca })],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: systemFile }, timeout: 60_000 },
  )
  return JSON.parse(stdout) as unknown[]
}

describe('a chain anchored in the system roots but not in --ca', () => {
  const chains = makeChains()
  const committed: CertName[] = ['valid', 'expired', 'not-yet-valid', 'wrong-host', 'self-signed', 'antivirus']
  const generated = Object.keys(chains.chains)
  const running: RunningServer[] = []
  let systemFile = ''
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maildoctor-trust-'))
    systemFile = join(dir, 'system-roots.pem')
    writeFileSync(systemFile, pem('ca.crt') + chains.newRoot)
    for (const cert of committed) running.push(await startScriptedServer({ protocol: 'imap', tls: 'implicit', cert }))
    for (const name of generated)
      running.push(
        await startScriptedServer({ protocol: 'imap', tls: 'implicit', tlsOptions: { ...chains.chains[name] } }),
      )
  })
  afterAll(() => Promise.all(running.map((s) => s.close())))

  it('is judged as the handshake judges it without --ca, certificate by certificate', async () => {
    const ports = running.map((s) => s.port)
    const [handshake, withCa] = await Promise.all([
      checkInChild(ports, [], systemFile),
      checkInChild(ports, [chains.otherCa], systemFile),
    ])
    const named = (results: unknown[]) =>
      Object.fromEntries([...committed, ...generated].map((n, i) => [n, results[i]]))
    expect(named(withCa)).toEqual(named(handshake))
    // The system's roots did anchor what they should, and only that.
    const trusted = Object.entries(named(handshake)).filter(([, r]) => (r as { trusted: boolean }).trusted)
    expect(trusted.map(([n]) => n).sort()).toEqual(
      [
        'cross-signed',
        'expired',
        'expired-intermediate',
        'intermediate',
        'not-yet-valid',
        'valid',
        'wrong-host',
      ].sort(),
    )
    expect(named(handshake)['cross-signed']).toMatchObject({ causes: [], status: 'pass' })
    expect(named(handshake)['intermediate']).toMatchObject({ causes: [], status: 'pass' })
    expect(named(handshake)['issuer-not-a-ca']).toMatchObject({ causes: ['tls_cert_untrusted'] })
    expect(named(handshake)['expired-intermediate']).toMatchObject({ causes: ['tls_cert_expired'] })
  }, 60_000)
})
