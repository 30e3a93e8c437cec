// Imports flow one way (design.md §3): a cycle between modules, type imports included, fails here.
import { join } from 'node:path'
import madge from 'madge'
import { describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/package-root.js'

describe('imports', () => {
  it('have no cycle in src, type imports included', async () => {
    const graph = await madge(join(PACKAGE_ROOT, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: join(PACKAGE_ROOT, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false } },
    })
    expect(graph.circular()).toEqual([])
  }, 60_000)
})
