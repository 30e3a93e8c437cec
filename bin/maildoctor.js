#!/usr/bin/env node
// The bundled CLI (scripts/bundle.mjs): one file to load, the rarely used commands in lazy chunks.
// `check` starts from a bundle of its own, its code in one file. A bare `--help` prints the copy
// the build wrote: its text is fixed, and commander is not needed to print it (test/bundle.test.ts
// checks the copy against commander's own).
const args = process.argv.slice(2)
let help
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  // Not imported at the top: an import of node:fs builds its ES module facade (its stream classes
  // load with it), which no other start needs from here.
  const { readFileSync } = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'))
  try {
    help = readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8')
  } catch {
    // No copy (a build without it): commander prints the help.
  }
}
if (help !== undefined) process.stdout.write(help)
else if (args[0] === 'check') await import('../dist/cli/check/maildoctor.js')
else await import('../dist/cli/maildoctor.js')
