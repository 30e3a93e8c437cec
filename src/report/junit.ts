// The one JUnit XML writer, for batch (one suite, a case per account, written as rows arrive)
// and run (a suite per target, a case per expectation). Pieces, so a report can be streamed.
// Imported as a namespace: JUnit.testCase(…), JUnit.SUITE_CLOSE.
import { escapeXml } from './escape.js'

type Attributes = Record<string, string | number>

const attributes = (a: Attributes): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')

/** Milliseconds as JUnit's seconds. */
export const seconds = (ms: number): string => (ms / 1000).toFixed(3)

export const suitesOpen = (a: Attributes): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes(a)}>\n`
export const suiteOpen = (a: Attributes): string => `  <testsuite${attributes(a)}>\n`
export const SUITE_CLOSE = '  </testsuite>\n'
export const SUITES_CLOSE = '</testsuites>\n'

/** Why a case did not pass: failed, could not run (error), or was not run (skipped). */
export interface JunitProblem {
  kind: 'failure' | 'error' | 'skipped'
  message: string
  type?: string
  body?: string
}

export function testCase(c: { classname: string; name: string; ms: number }, problem?: JunitProblem): string {
  const open = `    <testcase${attributes({ classname: c.classname, name: c.name, time: seconds(c.ms) })}`
  if (!problem) return `${open}/>\n`
  const { kind, message, type, body } = problem
  const tag = `<${kind}${attributes({ message, ...(type ? { type } : {}) })}`
  const inner = body === undefined ? `${tag}/>` : `${tag}>${escapeXml(body)}</${kind}>`
  return `${open}>${inner}</testcase>\n`
}
