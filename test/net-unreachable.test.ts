// No route to the server: the real binary runs in a network namespace of its own whose only
// interface (lo) is down, so connecting gets ENETUNREACH and no packet leaves. Needs root
// (CI runs as root); it fails, never skips, where that is not possible.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { expectValidReport } from './schema.js'

describe('net_unreachable', () => {
  it('is diagnosed when there is no route to the server', async () => {
    const bin = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
    const result = await promisify(execFile)(
      'unshare',
      ['--net', process.execPath, bin, 'check', '127.0.0.1', '--imap', '--port', '993', '--json', '--timeout', '2'],
      { timeout: 15_000 },
    ).catch((e) => e)
    expect(result.stderr ?? '').toBe('')
    const report = JSON.parse(result.stdout)
    expectValidReport(report)
    expect(report.findings.map((f: { cause: string }) => f.cause)).toEqual(['net_unreachable'])
    expect(result.code).toBe(1)
  })
})
