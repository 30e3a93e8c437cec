// Every form a password or an OAuth token can take on the wire or in a server's echo, registered once per check,
// before the first connection, and taken out of every server-derived string: an endpoint's
// greeting may echo what another endpoint was sent, a mailbox reply may carry it, a hostile
// server may change its case. Matching ignores case; a short password makes reports ugly rather
// than leaky, which is the right way round.
import type { EndpointResult, Evidence, Facts, StageResult } from '../model/types.js'
import { oauthBearerMessage, xoauth2Message } from './auth/sasl.js'
import type { Credentials } from '../model/credentials.js'

const HIDDEN = '********'

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')

/**
 * The password or token as it travels (SASL PLAIN, LOGIN, XOAUTH2, OAUTHBEARER, IMAP quoted
 * strings) and as echoes encode it.
 */
function secretForms(creds: Credentials): string[] {
  const forms = [...passwordForms(creds), ...tokenForms(creds)]
  // Base64 echoed without its padding is the same secret.
  return [...new Set(forms.flatMap((f) => [f, f.replace(/=+$/, '')]))].filter(Boolean)
}

/** How any secret string is echoed: as is, encoded, quoted. */
function encodings(p: string): string[] {
  const url = encodeURIComponent(p)
  return [
    p,
    b64(p),
    Buffer.from(p, 'utf8').toString('base64url'),
    p.replace(/[\\"]/g, (c) => '\\' + c),
    url,
    url.replace(/%20/g, '+'),
    Buffer.from(p, 'utf8').toString('hex'),
  ]
}

function passwordForms({ user, password: p }: Credentials): string[] {
  return p ? [...encodings(p), b64(`\0${user}\0${p}`), b64(`${user}\0${user}\0${p}`)] : []
}

// A token never travels as a password, but a hostile server may echo it in any form one does.
function tokenForms({ user, token }: Credentials): string[] {
  if (!token) return []
  const messages = [xoauth2Message(user, token), oauthBearerMessage(user, token), `Bearer ${token}`]
  return [...passwordForms({ user, password: token }), ...messages.flatMap((m) => [m, b64(m)])]
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export class Scrubber {
  private readonly pattern?: RegExp

  /** `also`: another scrubber applied after this one (a --secrets file's, built once per run). */
  constructor(
    credentials: ReadonlyArray<Credentials | undefined>,
    private readonly also?: Scrubber,
  ) {
    // Longest first: at one position the longest form wins, so no tail of a longer one is left.
    const forms = [...new Set(credentials.flatMap((c) => (c ? secretForms(c) : [])))]
    forms.sort((a, b) => b.length - a.length)
    // No "u" flag: with the hundreds of secrets of a --secrets file it makes every scrub about
    // 60 times slower (measured: 2.3 s against 39 ms for 1,000 lines and 1,400 forms). Without it,
    // "i" still folds the case of every BMP letter, and astral characters match as literals.
    this.pattern = forms.length ? new RegExp(forms.map(escapeRegExp).join('|'), 'gi') : undefined
  }

  /** Something to take out at all. */
  get active(): boolean {
    return Boolean(this.pattern || this.also?.active)
  }

  scrub(text: string): string {
    const own = this.pattern ? text.replace(this.pattern, HIDDEN) : text
    return this.also ? this.also.scrub(own) : own
  }

  /** The server-derived strings of an endpoint's result: facts, evidence, transcript. */
  endpoint(result: EndpointResult): EndpointResult {
    if (!this.active) return result
    return {
      ...result,
      stages: result.stages.map((s): StageResult => ({
        ...s,
        facts: this.facts(s.facts),
        evidence: s.evidence.map((e) => this.evidence(e)),
      })),
      ...(result.transcript ? { transcript: result.transcript.map((t) => ({ ...t, text: this.scrub(t.text) })) } : {}),
    }
  }

  evidence(e: Evidence): Evidence {
    const out = { ...e }
    if (e.detail !== undefined) out.detail = this.scrub(e.detail)
    if (e.source?.response !== undefined) out.source = { ...e.source, response: this.scrub(e.source.response) }
    return out
  }

  strings(values: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, this.scrub(v)]))
  }

  private facts(facts: Facts): Facts {
    return Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, typeof v === 'string' ? this.scrub(v) : v]))
  }
}

export const NO_SECRETS = new Scrubber([])

/** Every form of every value of a --secrets file: built once per run (its regular expression is large). */
export const secretsScrubber = (secrets: readonly string[]): Scrubber | undefined =>
  secrets.length ? new Scrubber(secrets.map((p) => ({ user: '', password: p }))) : undefined

/** A check's scrubber when more secrets than its own login must never show (a --secrets file's). */
export function scrubberWith(credentials: Credentials | undefined, file: Scrubber | undefined): Scrubber | undefined {
  return file ? new Scrubber([credentials], file) : undefined
}
