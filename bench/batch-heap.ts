// Runs `maildoctor batch` in this process (started with --expose-gc) and prints the largest live
// heap seen, after a full collection every 100 ms: what the batch really holds, unlike peak RSS,
// which also counts garbage the collector has not yet had reason to take back.
import { readFile, writeFile } from 'node:fs/promises'
import { createProgram } from '../src/cli/program.js'
import type { Io } from '../src/cli/io.js'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
const io: Io = {
  stdout: () => {},
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
  stdoutIsTTY: false,
  stderrIsTTY: false,
  stderrColumns: 0,
  stdinIsTTY: false,
  readStdin: async () => '',
  writeFile: (p, t) => writeFile(p, t),
  readFile: (p) => readFile(p, 'utf8'),
}
let max = 0
const sampler = setInterval(() => {
  gc()
  max = Math.max(max, process.memoryUsage().heapUsed)
}, 100)
await createProgram(io).run(['batch', ...process.argv.slice(2)])
clearInterval(sampler)
console.log(JSON.stringify({ maxLiveHeapBytes: max }))
