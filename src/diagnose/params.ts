// The values a finding's text is filled with, read from its evidence and endpoints.
import type { CauseParams } from '../model/cause-params.js'
import type { RawFinding } from './diagnose.js'

export function findingParams(list: RawFinding[]): CauseParams {
  const first = list[0]
  const { host, port, protocol } = first.endpoint.endpoint
  const facts = first.stage.facts
  const params: CauseParams = {
    host,
    port: String(port),
    ports: [...new Set(list.map((f) => f.endpoint.endpoint.port))].join(', '),
    protocol: protocol.toUpperCase(),
  }
  const ev = first.evidence
  if (ev.code === 'TLS_CERT_HOSTNAME_MISMATCH' && ev.detail) params.names = ev.detail
  if (ev.code === 'TLS_CERT_EXPIRED' && ev.detail) params.date = ev.detail
  if (ev.code === 'TLS_CERT_NOT_YET_VALID' && ev.detail) params.date = ev.detail
  if (ev.code === 'TLS_OLD_PROTOCOL' && ev.detail) params.version = ev.detail
  if (ev.code === 'GREETING_OTHER_PROTOCOL' && ev.detail) params.spoken = ev.detail.toUpperCase()
  if ((ev.code === 'MAILBOX_FULL' || ev.code === 'MAILBOX_NEARLY_FULL') && ev.detail) params.usage = ev.detail
  if (facts['cert.issuer']) params.issuer = String(facts['cert.issuer'])
  if (ev.source?.response) params.response = ev.source.response
  for (const f of list) Object.assign(params, f.params)
  return params
}
