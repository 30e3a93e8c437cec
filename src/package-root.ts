// The package's own folder, whether running from src/ (tests) or dist/src/ (the built CLI).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(start: string): string {
  let dir = start
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const up = dirname(dir)
    if (up === dir) return start
    dir = up
  }
  return dir
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)))

let version: string | undefined
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version
  return version
}
