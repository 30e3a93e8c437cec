// Property tests: every parser takes any input a server could send and never throws, and what
// it returns keeps its promises.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import { classifyCause } from '../src/diagnose/classify.js'
import { altNames, nameOf } from '../src/probes/certificate.js'
import { parseCapabilities, parseGreeting } from '../src/protocols/index.js'
import { parseReplyCodes } from '../src/protocols/response-codes.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20261122)
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000)
const params = { seed: SEED, numRuns: RUNS }
const protocol = fc.constantFrom('imap' as const, 'pop3' as const, 'smtp' as const)
// Server-ish text: printable lines, control bytes, invalid UTF-8 decoded, codes in brackets.
const serverText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('utf8')),
  fc
    .tuple(
      fc.constantFrom('* OK', '* BYE', 'A1 NO', '+OK', '-ERR', '220', '421', '535', '250-', '554 5.7.1'),
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 80 }),
    )
    .map(([head, code, rest]) => `${head} [${code}] ${rest}`),
)

describe(`parsers never throw (seed ${SEED}, ${RUNS} runs each)`, () => {
  it('response codes', () => {
    fc.assert(
      fc.property(serverText, (text) => {
        const codes = parseReplyCodes(text)
        if (codes.smtpCode !== undefined) expect(codes.smtpCode).toBeGreaterThanOrEqual(200)
        if (codes.enhanced) expect(codes.enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/)
      }),
      params,
    )
  })

  it('greetings', () => {
    fc.assert(
      fc.property(protocol, fc.array(serverText, { maxLength: 5 }), (p, lines) => {
        const g = parseGreeting(p, lines)
        expect(['ready', 'preauth', 'unavailable', 'busy', 'rejected', 'other-protocol', 'tls', 'garbage']).toContain(
          g.kind,
        )
      }),
      params,
    )
  })

  it('capabilities, including multi-line SMTP replies', () => {
    fc.assert(
      fc.property(protocol, fc.array(serverText, { maxLength: 20 }), (p, lines) => {
        const caps = parseCapabilities(p, lines)
        expect(Array.isArray(caps.authMechanisms)).toBe(true)
        expect(typeof caps.starttls).toBe('boolean')
      }),
      params,
    )
  })

  it('the classifier answers a known cause id or null', () => {
    fc.assert(
      fc.property(
        serverText,
        fc.option(protocol, { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        (text, p, port) => {
          const cause = classifyCause({ text, protocol: p, port, stage: 'auth' })
          if (cause !== null) expect(CAUSE_IDS).toContain(cause)
        },
      ),
      params,
    )
  })

  it("certificates' names", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.dictionary(fc.constantFrom('CN', 'O', 'OU', 'C'), fc.string({ maxLength: 40 })),
        (san, subject) => {
          const names = altNames({ subjectaltname: san, subject: subject as never })
          expect(Array.isArray(names)).toBe(true)
          expect(typeof nameOf(subject)).toBe('string')
        },
      ),
      params,
    )
  })
})
