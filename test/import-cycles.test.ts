// Imports flow one way (design.md §3): a cycle between modules, type imports included, fails here.
import { describe, expect, it } from 'vitest'
import { importCycles } from '../scripts/import-cycles.mjs'

describe('imports', () => {
  it('have no cycle in src, type imports included', async () => {
    expect(await importCycles()).toEqual([])
  }, 60_000)
})
