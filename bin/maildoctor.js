#!/usr/bin/env node
// The bundled CLI (scripts/bundle.mjs). CommonJS (bin/package.json), as is the check's bundle: an
// ES module entry would set up Node's ES module loader at every start, even to require a CommonJS
// file. A bare `--help` prints the copy the build wrote: its text is fixed, and commander is not
// needed to print it (test/bundle.test.ts checks the copy against commander's own). `check` and
// `batch` start from bundles of their own, compiled with V8's code cache; every other command from
// the whole CLI's, an ES module with its chunks.
const fs = require('node:fs')
const { join } = require('node:path')

const args = process.argv.slice(2)
const dist = join(__dirname, '..', 'dist', 'cli')
let help
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  try {
    help = fs.readFileSync(join(dist, 'help.txt'), 'utf8')
  } catch {
    // No copy (a build without it): commander prints the help.
  }
}
if (help !== undefined) process.stdout.write(help)
else if (args[0] === 'check' || args[0] === 'batch') {
  // Its own file (bin/code-cache.js): a batch's worker threads run their bundle with it too.
  const { runWithCodeCache } = require('./code-cache.js')
  if (args[0] === 'check') runWithCodeCache(join(dist, 'check', 'maildoctor.cjs'))
  else runWithCodeCache(join(dist, 'batch.cjs'), 'batch-')
} else import(require('node:url').pathToFileURL(join(dist, 'maildoctor.js')).href)
