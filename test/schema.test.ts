// The published JSON Schema of the check report: in step with the code's vocabulary, and strict
// enough to catch a report that is not version 1.
import { describe, expect, it } from 'vitest'
import { check } from '../src/api/check.js'
import { CAUSE_IDS } from '../src/model/cause-ids.js'
import { EVIDENCE_CODES } from '../src/model/evidence-codes.js'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { expectValidReport, REPORT_SCHEMA, reportSchemaErrors } from './schema.js'

describe('schema/report-v1.json', () => {
  it('lists exactly the cause ids of the code', () => {
    expect([...REPORT_SCHEMA.$defs.cause.enum].sort()).toEqual([...CAUSE_IDS].sort())
  })

  it('accepts every evidence code', () => {
    const pattern = new RegExp(
      (REPORT_SCHEMA.$defs as unknown as { evidence: { properties: { code: { pattern: string } } } }).evidence
        .properties.code.pattern,
    )
    expect(EVIDENCE_CODES.filter((code) => !pattern.test(code))).toEqual([])
  })

  it('accepts a real report and refuses broken ones', async () => {
    const port = await refusedPort()
    const report = await check({ host: '127.0.0.1', protocols: ['imap'], port, security: 'tls', timeoutMs: 400 })
    expectValidReport(report)
    const broken: Array<[string, object]> = [
      ['no verdict', { ...report, verdict: undefined }],
      ['an unknown cause', { ...report, verdict: { ...report.verdict, primaryCause: 'no_such_cause' } }],
      ['schema version 2', { ...report, schemaVersion: 2 }],
      [
        'a stage status outside the vocabulary',
        {
          ...report,
          endpoints: [{ ...report.endpoints[0], stages: [{ ...report.endpoints[0].stages[0], status: 'maybe' }] }],
        },
      ],
      [
        'settings without a user name',
        { ...report, settings: [{ protocol: 'imap', host: 'h', port: 993, security: 'tls' }] },
      ],
    ]
    for (const [what, data] of broken) expect(reportSchemaErrors(data), what).not.toEqual([])
  })
})
