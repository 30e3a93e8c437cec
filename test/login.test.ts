// The login runs over the connection the transport stages opened and verified: these tests read
// the trace to see which dialogue each server got, on real sockets against the fixture servers.
import { describe, expect, it } from 'vitest'
import {
  FIXTURE_USER,
  startScriptedServer,
  type ConnectionState,
  type ScriptedServerOptions,
} from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture } from '../fixtures/servers/smtp-fixture.js'
import type { CheckResult, EndpointSpec, Protocol, Security } from '../src/model/types.js'
import { runCheckRequest } from '../src/run/check.js'
import { testOptions } from './helpers.js'

async function check(endpoint: EndpointSpec, password: string): Promise<CheckResult> {
  return runCheckRequest({
    target: { host: endpoint.host },
    protocols: [],
    endpoints: [endpoint],
    options: testOptions({ trace: true, credentials: { user: FIXTURE_USER, password } }),
  })
}

async function withServer(
  protocol: Protocol,
  security: Security,
  opts: Partial<ScriptedServerOptions>,
  password: string,
  body: (r: CheckResult, received: string[]) => void,
): Promise<void> {
  const s = await startScriptedServer({
    protocol,
    tls: security === 'tls' ? 'implicit' : 'starttls',
    accounts: { [FIXTURE_USER]: password },
    mailbox: { messages: 5 },
    ...opts,
  })
  try {
    const result = await check({ protocol, host: '127.0.0.1', port: s.port, security, source: 'user' }, password)
    body(result, s.received)
  } finally {
    await s.close()
  }
}

const sent = (r: CheckResult) => (r.endpoints[0].transcript ?? []).filter((l) => l.dir === 'C').map((l) => l.text)
const stage = (r: CheckResult, name: string) => r.endpoints[0].stages.find((s) => s.stage === name)!

describe("login over the probe's own connection", () => {
  it('IMAP with SASL-IR: AUTHENTICATE PLAIN with the initial response, then STATUS, one connection', async () => {
    const pw = 'sasl-ir-Passw0rd'
    await withServer('imap', 'tls', { capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=PLAIN'] }, pw, (r, received) => {
      expect(stage(r, 'auth').status).toBe('pass')
      expect(stage(r, 'auth').facts['auth.mechanism']).toBe('PLAIN')
      expect(stage(r, 'mailbox').facts['inbox.messages']).toBe(5)
      expect(sent(r).find((l) => /AUTHENTICATE/.test(l))).toMatch(/^A\d+ AUTHENTICATE PLAIN \*{8}$/)
      expect(received.filter((l) => /AUTHENTICATE/.test(l))).toHaveLength(1)
      expect(JSON.stringify(r)).not.toContain(pw)
      expect(JSON.stringify(r)).not.toContain(Buffer.from(`\0${FIXTURE_USER}\0${pw}`).toString('base64'))
    })
  })

  it('IMAP without SASL-IR and a password quoted strings cannot carry: AUTHENTICATE PLAIN after the "+"', async () => {
    const pw = 'pässwörd-ünïcode'
    await withServer('imap', 'tls', { capabilities: ['IMAP4rev1', 'AUTH=PLAIN'] }, pw, (r) => {
      expect(stage(r, 'auth').status).toBe('pass')
      expect(sent(r)).toContain('********')
      expect(JSON.stringify(r)).not.toContain(pw)
    })
  })

  it('IMAP without AUTH=PLAIN and a non-ASCII password: LOGIN with literals, waiting for each "+"', async () => {
    const pw = 'contraseña-ñ'
    // A server that takes LOGIN with synchronizing literals (RFC 3501 §4.3), byte for byte.
    const literalLogin = (args: string, conn: ConnectionState): string[] => {
      const tag = conn.tag
      if (!/^\{\d+\}$/.test(args)) return [`${tag} BAD expected a literal`]
      conn.continuation = (userLine) => {
        conn.continuation = (passLine) => {
          const ok =
            userLine === `${FIXTURE_USER} {${Buffer.byteLength(pw)}}` &&
            passLine === Buffer.from(pw, 'utf8').toString('latin1')
          return [ok ? `${tag} OK Logged in` : `${tag} NO [AUTHENTICATIONFAILED] Authentication failed.`]
        }
        return ['+ ready for the password']
      }
      return ['+ ready for the user name']
    }
    await withServer(
      'imap',
      'tls',
      { capabilities: ['IMAP4rev1'], handlers: { LOGIN: literalLogin } },
      pw,
      (r, received) => {
        expect(stage(r, 'auth').status).toBe('pass')
        expect(received.some((l) => /^A\d+ LOGIN \{\d+\}$/.test(l))).toBe(true)
        expect(sent(r)).toContain('********')
        expect(JSON.stringify(r)).not.toContain(pw)
      },
    )
  })

  it("a wrong password on IMAP AUTHENTICATE is a refusal classified from the server's code", async () => {
    const s = await startScriptedServer({
      protocol: 'imap',
      tls: 'implicit',
      accounts: { [FIXTURE_USER]: 'right-Passw0rd' },
      capabilities: ['IMAP4rev1', 'SASL-IR', 'AUTH=PLAIN'],
    })
    try {
      const r = await check(
        { protocol: 'imap', host: '127.0.0.1', port: s.port, security: 'tls', source: 'user' },
        'wrong-Passw0rd',
      )
      expect(r.findings.map((f) => f.cause)).toEqual(['auth_bad_credentials'])
      expect(stage(r, 'auth').evidence[0].source?.response).toMatch(/NO \[AUTHENTICATIONFAILED\]/)
    } finally {
      await s.close()
    }
  })

  it('IMAP capabilities sent untagged after the login (as Gmail does) still reveal QUOTA', async () => {
    const pw = 'quota-Passw0rd'
    const login = (args: string, conn: ConnectionState): string[] => {
      conn.authenticated = true
      return ['* CAPABILITY IMAP4rev1 QUOTA IDLE', `${conn.tag} OK ${FIXTURE_USER} authenticated (Success)`]
    }
    await withServer(
      'imap',
      'tls',
      { handlers: { LOGIN: login }, mailbox: { messages: 7, quota: { usedKb: 960, limitKb: 1000 } } },
      pw,
      (r) => {
        expect(stage(r, 'mailbox').facts).toMatchObject({
          'inbox.messages': 7,
          'quota.usedBytes': 960 * 1024,
          'quota.limitBytes': 1000 * 1024,
        })
        expect(r.findings.map((f) => f.cause)).toEqual(['mailbox_over_quota'])
      },
    )
  })

  it('POP3 with PIPELINING: USER, PASS and STAT in one write', async () => {
    const pw = 'pop-Passw0rd'
    await withServer('pop3', 'tls', {}, pw, (r) => {
      expect(stage(r, 'auth').status).toBe('pass')
      expect(stage(r, 'auth').facts).toMatchObject({ 'auth.command': 'USER/PASS' })
      expect(stage(r, 'auth').facts['auth.mechanism']).toBeUndefined()
      expect(stage(r, 'mailbox').facts['inbox.messages']).toBe(5)
      const t = r.endpoints[0].transcript!
      const user = t.findIndex((l) => l.dir === 'C' && l.text.startsWith('USER'))
      // The three commands are sent before any reply to them is read.
      expect(t.slice(user, user + 3).map((l) => `${l.dir} ${l.text.split(' ')[0]}`)).toEqual([
        'C USER',
        'C PASS',
        'C STAT',
      ])
      expect(t[user + 1].text).toBe('PASS ********')
    })
  })

  it('POP3 without PIPELINING waits for each answer', async () => {
    await withServer('pop3', 'tls', { capabilities: ['TOP', 'UIDL', 'USER'] }, 'pop-Passw0rd', (r) => {
      expect(stage(r, 'auth').status).toBe('pass')
      const t = r.endpoints[0].transcript!
      const user = t.findIndex((l) => l.dir === 'C' && l.text.startsWith('USER'))
      expect(t[user + 1].dir).toBe('S')
    })
  })

  it('POP3 that lists SASL PLAIN but not USER: AUTH PLAIN with the initial response', async () => {
    await withServer('pop3', 'tls', { capabilities: ['TOP', 'SASL PLAIN'] }, 'pop-Passw0rd', (r, received) => {
      expect(stage(r, 'auth').status).toBe('pass')
      expect(stage(r, 'auth').facts['auth.mechanism']).toBe('PLAIN')
      expect(received.some((l) => /^AUTH PLAIN \S+$/.test(l))).toBe(true)
      expect(sent(r)).toContain('AUTH PLAIN ********')
    })
  })

  it('a server that echoes the SASL response back does not get it into the report', async () => {
    const pw = 'echo-Passw0rd'
    const echo = (args: string) => [`-ERR [AUTH] cannot decode ${args.split(' ')[1]} (${pw})`]
    await withServer('pop3', 'tls', { capabilities: ['SASL PLAIN'], handlers: { AUTH: echo } }, pw, (r) => {
      expect(r.findings.map((f) => f.cause)).toEqual(['auth_bad_credentials'])
      const text = JSON.stringify(r)
      expect(text).not.toContain(pw)
      expect(text).not.toContain(Buffer.from(`\0${FIXTURE_USER}\0${pw}`).toString('base64'))
      expect(text).toContain('cannot decode ********')
    })
  })

  it('a server that keeps asking is cancelled with "*", not answered forever', async () => {
    const s = await startScriptedServer({
      protocol: 'pop3',
      tls: 'implicit',
      capabilities: ['SASL PLAIN'],
      handlers: { AUTH: (_a, conn) => ((conn.continuation = loop(conn)), ['+ ']) },
    })
    function loop(conn: { continuation?: (l: string) => string[] | null }) {
      return (line: string) => (line === '*' ? ['-ERR cancelled'] : ((conn.continuation = loop(conn)), ['+ ']))
    }
    try {
      const r = await check(
        { protocol: 'pop3', host: '127.0.0.1', port: s.port, security: 'tls', source: 'user' },
        'pop-Passw0rd',
      )
      expect(stage(r, 'auth').status).toBe('fail')
      expect(s.received.at(-1)).toBe('*')
    } finally {
      await s.close()
    }
  })

  for (const security of ['tls', 'starttls'] as const) {
    it(`SMTP ${security}: AUTH PLAIN on the probe's connection, exactly one login`, async () => {
      const pw = 'smtp-Passw0rd'
      const server = await startSmtpFixture({ security, accounts: { [FIXTURE_USER]: pw } })
      let accepted: number
      try {
        const r = await check({ protocol: 'smtp', host: '127.0.0.1', port: server.port, security, source: 'user' }, pw)
        expect(stage(r, 'auth').status).toBe('pass')
        expect(stage(r, 'auth').facts['auth.mechanism']).toBe('PLAIN')
        expect(sent(r)).toContain('AUTH PLAIN ********')
        accepted = server.logins.length
      } finally {
        await server.close()
      }
      expect(accepted).toBe(1)
    })
  }

  it('SMTP that offers only AUTH LOGIN: user name and password each after their "334" challenge', async () => {
    const pw = 'login-Passw0rd'
    const auth = (args: string, conn: ConnectionState): string[] => {
      if (args !== 'LOGIN') return ['501 5.5.4 expected AUTH LOGIN alone']
      conn.continuation = (user) => {
        conn.continuation = (pass) => [
          Buffer.from(user, 'base64').toString() === FIXTURE_USER && Buffer.from(pass, 'base64').toString() === pw
            ? '235 2.7.0 Authentication successful'
            : '535 5.7.8 Authentication failed',
        ]
        return ['334 UGFzc3dvcmQ6']
      }
      return ['334 VXNlcm5hbWU6']
    }
    const s = await startScriptedServer({
      protocol: 'smtp',
      tls: 'implicit',
      capabilities: ['PIPELINING', 'AUTH LOGIN'],
      handlers: { AUTH: auth },
    })
    try {
      const r = await check({ protocol: 'smtp', host: '127.0.0.1', port: s.port, security: 'tls', source: 'user' }, pw)
      expect(stage(r, 'auth').status).toBe('pass')
      expect(stage(r, 'auth').facts['auth.mechanism']).toBe('LOGIN')
      expect(sent(r).filter((l) => l === '********')).toHaveLength(2)
      expect(JSON.stringify(r)).not.toContain(Buffer.from(pw).toString('base64'))
    } finally {
      await s.close()
    }
  })

  it('SMTP that offers only mechanisms maildoctor cannot use → auth_mechanism_unsupported, nothing sent', async () => {
    const s = await startScriptedServer({
      protocol: 'smtp',
      tls: 'implicit',
      capabilities: ['PIPELINING', 'AUTH GSSAPI NTLM'],
    })
    try {
      const r = await check(
        { protocol: 'smtp', host: '127.0.0.1', port: s.port, security: 'tls', source: 'user' },
        'smtp-Passw0rd',
      )
      expect(r.findings.map((f) => f.cause)).toEqual(['auth_mechanism_unsupported'])
      expect(stage(r, 'auth').facts['auth.offered']).toBe('GSSAPI NTLM')
      expect(s.received.some((l) => /^AUTH/.test(l))).toBe(false)
    } finally {
      await s.close()
    }
  })

  it(
    'SMTP that offers only OAuth token mechanisms, given a password → auth_basic_auth_disabled, ' + 'nothing sent',
    async () => {
      const s = await startScriptedServer({
        protocol: 'smtp',
        tls: 'implicit',
        capabilities: ['PIPELINING', 'AUTH XOAUTH2 OAUTHBEARER'],
      })
      try {
        const r = await check(
          { protocol: 'smtp', host: '127.0.0.1', port: s.port, security: 'tls', source: 'user' },
          'smtp-Passw0rd',
        )
        expect(r.findings.map((f) => f.cause)).toEqual(['auth_basic_auth_disabled'])
        expect(stage(r, 'auth').facts['auth.offered']).toBe('XOAUTH2 OAUTHBEARER')
        expect(s.received.some((l) => /^AUTH/.test(l))).toBe(false)
      } finally {
        await s.close()
      }
    },
  )

  it('one TCP connection per endpoint, login and mailbox included', async () => {
    const s = await startScriptedServer({
      protocol: 'imap',
      tls: 'starttls',
      accounts: { [FIXTURE_USER]: 'x-Passw0rd' },
      mailbox: { messages: 1 },
    })
    try {
      const r = await check(
        { protocol: 'imap', host: '127.0.0.1', port: s.port, security: 'starttls', source: 'user' },
        'x-Passw0rd',
      )
      expect(r.endpoints[0].status).toBe('ok')
      expect(s.accepted).toBe(1)
    } finally {
      await s.close()
    }
  })
})
