// The values a finding's text is filled with, read from its evidence and endpoints.
import type { CauseParams } from '../model/cause-params.js'
import { publishedServersOf } from '../providers/table.js'
import type { RawFinding } from './raw-finding.js'

export function findingParams(list: RawFinding[]): CauseParams {
  const first = list[0]
  const { host, port, protocol } = first.endpointResult.endpoint
  const facts = first.stage.facts
  const params: CauseParams = {
    host,
    port: String(port),
    ports: [...new Set(list.map((f) => f.endpointResult.endpoint.port))].join(', '),
    protocol: protocol.toUpperCase(),
  }
  const ev = first.evidence
  if (ev.code === 'TLS_CERT_HOSTNAME_MISMATCH' && ev.detail) params.names = ev.detail
  if (ev.code === 'TLS_CERT_EXPIRED' && ev.detail) params.date = ev.detail
  if (ev.code === 'TLS_CERT_NOT_YET_VALID' && ev.detail) params.date = ev.detail
  if (ev.code === 'TLS_OLD_PROTOCOL' && ev.detail) params.version = ev.detail
  // A name under a provider's domains that does not exist: what the provider publishes, to compare it with.
  const expected = ev.code === 'DNS_NXDOMAIN' ? publishedServersOf(host, protocol) : undefined
  if (expected) params.expected = expected
  if (ev.code === 'GREETING_OTHER_PROTOCOL' && ev.detail) params.spoken = ev.detail.toUpperCase()
  if ((ev.code === 'MAILBOX_FULL' || ev.code === 'MAILBOX_NEARLY_FULL') && ev.detail) params.usage = ev.detail
  if (facts['cert.issuer']) params.issuer = String(facts['cert.issuer'])
  Object.assign(params, loginParams(ev, facts))
  if (ev.source?.response) params.response = ev.source.response
  for (const f of list) Object.assign(params, f.params)
  return params
}

/** What a refused token's error said, and what a server offered where no login fitted. */
function loginParams(ev: RawFinding['evidence'], facts: RawFinding['stage']['facts']): CauseParams {
  const params: CauseParams = {}
  const status = facts['auth.token.status'] ? String(facts['auth.token.status']) : undefined
  if (ev.code === 'AUTH_TOKEN_REJECTED') {
    if (facts['auth.token.problem'] === 'expired' && status) params.tokenExpired = status
    if (facts['auth.token.problem'] === 'scope' && status) {
      params.tokenStatus = status
      params.tokenAccount = String(facts['auth.user'] ?? '')
    }
    if (facts['auth.token.scope']) params.tokenScope = String(facts['auth.token.scope'])
  }
  if (ev.code === 'AUTH_OAUTH_ONLY' && facts['auth.offered']) params.tokenMechanisms = String(facts['auth.offered'])
  if (ev.code === 'AUTH_NO_TOKEN_MECHANISM') params.passwordMechanisms = String(facts['auth.offered'] || 'none')
  return params
}
