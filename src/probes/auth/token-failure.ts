// What a refused OAuth 2.0 token's error challenge says. Gmail sends base64 JSON before the final
// NO/535 (https://developers.google.com/gmail/imap/xoauth2-protocol): "401" for a token that
// expired or was revoked, "400" for one without the mail scope or for another account (seen as
// https://github.com/emersion/go-imap/issues/213 and mscdex/node-imap#233). RFC 7628 §3.2.2
// servers (Dovecot) name the OAuth status: invalid_token, insufficient_scope, invalid_request.
import type { Facts } from '../../model/types.js'

type TokenProblem = 'expired' | 'scope' | 'unknown'

const PROBLEMS: Record<string, TokenProblem> = {
  '401': 'expired',
  invalid_token: 'expired',
  '400': 'scope',
  '403': 'scope',
  insufficient_scope: 'scope',
  invalid_request: 'scope',
}

export interface TokenFailure {
  problem: TokenProblem
  /** The server's status word ("401", "invalid_token"). */
  status?: string
  /** The scope the server asks for, when it says. */
  scope?: string
}

/** The first challenge that is an OAuth error object, read; `unknown` when none says. */
export function readTokenFailure(challenges: string[]): TokenFailure {
  for (const text of challenges) {
    const error = parseObject(text)
    if (!error) continue
    const status = typeof error.status === 'string' ? error.status.slice(0, 40) : undefined
    const scope = typeof error.scope === 'string' ? error.scope.slice(0, 200) : undefined
    return { problem: (status && PROBLEMS[status.toLowerCase()]) || 'unknown', status, scope }
  }
  return { problem: 'unknown' }
}

/** Facts for the report and for the finding's text. */
export function tokenFailureFacts(failure: TokenFailure): Facts {
  return {
    'auth.token.problem': failure.problem,
    ...(failure.status ? { 'auth.token.status': failure.status } : {}),
    ...(failure.scope ? { 'auth.token.scope': failure.scope } : {}),
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * A challenge as the report may show it: a JSON error's strings are scrubbed after decoding
 * (a secret inside JSON escapes would slip past the scrubber), then written again.
 */
export function scrubChallenge(text: string, scrub: (s: string) => string): string {
  const error = parseObject(text)
  if (!error) return scrub(text)
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v)
    if (Array.isArray(v)) return v.map(clean)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [scrub(k), clean(x)]))
    return v
  }
  return scrub(JSON.stringify(clean(error)))
}
