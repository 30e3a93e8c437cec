// A batch's worker thread starts from one file: every module an ES module graph holds costs a
// start its resolution, read, compilation and linking, and a batch starts a thread per core.
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { workerBundleOptions } from '../scripts/bundle.mjs'

describe('the batch worker bundle', () => {
  it('is one file: it imports no chunk, only what Node has built in', async () => {
    const { metafile } = await build({ ...workerBundleOptions, write: false, metafile: true, logLevel: 'silent' })
    const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.cjs'))
    expect(outputs.map(([file]) => file)).toEqual(['dist/cli/batch-worker.cjs'])
    const [, worker] = outputs[0]
    expect(worker.imports.filter((i) => !i.external)).toEqual([])
    // The checks are in it (loaded on demand elsewhere, here from the same file).
    expect(Object.keys(worker.inputs)).toEqual(
      expect.arrayContaining(['src/batch/batch-worker.ts', 'src/batch/check-account.ts', 'src/run/check.ts']),
    )
  }, 60_000)
})
