// Validates check reports against the published JSON Schema (schema/report-v1.json) with ajv.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { expect } from 'vitest'
import { PACKAGE_ROOT } from '../src/package-root.js'

export const REPORT_SCHEMA = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schema', 'report-v1.json'), 'utf8')) as {
  $defs: { cause: { enum: string[] } }
}

const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(REPORT_SCHEMA)

/** The errors of a report (as it would be written: through JSON), or [] when it is valid. */
export function reportSchemaErrors(report: unknown): string[] {
  const data = typeof report === 'string' ? JSON.parse(report) : JSON.parse(JSON.stringify(report))
  return validate(data)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
}

export function expectValidReport(report: unknown): void {
  expect(reportSchemaErrors(report)).toEqual([])
}
