// A hostile server's words reach the terminal: escape sequences that erase lines, retitle the
// window, write the clipboard (OSC 52) and paint a fake green verdict must show as text (\x1b),
// in the human report and in --trace, never as raw control bytes.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_USER, startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { printable } from '../src/report/printable.js'
import { runCli } from './cli-harness.js'

const CA = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const HOSTILE =
  '\x1b[2K\x1b[1A\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b[32m✔ All checks passed\x1b[0m\u009b2J\x00\x7f'
// C0 (but tab and line feed, laid out by the report), DEL and C1.
// eslint-disable-next-line no-control-regex -- raw control characters are what the test looks for
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/

describe('control characters in server text', () => {
  it('show escaped in the human report and the --trace transcript (greeting, refusal, garbage)', async () => {
    const imap = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      greeting: [`* OK ${HOSTILE} ready`],
      loginRefusal: `NO [AUTHENTICATIONFAILED] ${HOSTILE}`,
    })
    const pop3 = await startScriptedServer({
      protocol: 'pop3',
      tls: 'implicit',
      greeting: [`${HOSTILE} not a greeting`],
    })
    try {
      let all = ''
      for (const [proto, port] of [
        ['--imap', imap.port],
        ['--pop3', pop3.port],
      ] as const) {
        const r = await runCli(
          [
            'check',
            FIXTURE_USER,
            '--host',
            '127.0.0.1',
            proto,
            '--port',
            String(port),
            '--security',
            'tls',
            '--ca',
            CA,
            '--timeout',
            '2',
            '--trace',
            '--password-env',
            'PW',
          ],
          { env: { PW: 'esc-Passw0rd' } },
        )
        expect(r.code).toBe(1)
        all += r.stdout + r.stderr
      }
      expect(all).toContain('auth_bad_credentials')
      expect(all).toContain('protocol_')
      expect(all).not.toMatch(RAW_CONTROL)
      // Shown, not swallowed: the reader sees what the server tried.
      expect(all).toContain('\\x1b]52;c;')
      expect(all).toContain('\\x9b2J')
      expect(all).toContain(`S: * OK \\x1b[2K`)
    } finally {
      await Promise.all([imap.close(), pop3.close()])
    }
  })

  it('printable keeps ordinary text, tabs, line feeds and non-ASCII letters', () => {
    expect(printable('città\tè\nqui')).toBe('città\tè\nqui')
    expect(printable('a\x1bb\u0085c\x7f')).toBe('a\\x1bb\\x85c\\x7f')
  })
})
