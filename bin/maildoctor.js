#!/usr/bin/env node
// The bundled CLI (scripts/bundle.mjs): one file to load, the rarely used commands in lazy chunks.
// `check` starts from a bundle of its own, its code in one file. A bare `--help` prints the copy
// the build wrote: its text is fixed, and commander is not needed to print it (test/bundle.test.ts
// checks the copy against commander's own).
import { readFileSync } from 'node:fs'

const args = process.argv.slice(2)
let help
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  try {
    help = readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8')
  } catch {
    // No copy (a build without it): commander prints the help.
  }
}
if (help !== undefined) process.stdout.write(help)
else if (args[0] === 'check') await import('../dist/cli/check/maildoctor.js')
else await import('../dist/cli/maildoctor.js')
