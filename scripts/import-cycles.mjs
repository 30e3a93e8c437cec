// Imports flow one way (design.md §3): prints the import cycles in src, type imports included
// (a type cycle is a design cycle), and fails when there is one. `npm run lint` runs it; the unit
// test test/import-cycles.test.ts calls importCycles() too.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import madge from 'madge'

const root = join(fileURLToPath(import.meta.url), '..', '..')

/** @returns {Promise<string[][]>} each cycle as the list of its modules */
export async function importCycles() {
  const graph = await madge(join(root, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: join(root, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  })
  return graph.circular()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cycles = await importCycles()
  for (const cycle of cycles) console.error(`import cycle: ${cycle.join(' → ')}`)
  if (cycles.length) process.exit(1)
  console.log('import cycles: none')
}
