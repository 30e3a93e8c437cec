// The only place that touches the real process.
import { readFile, writeFile } from 'node:fs/promises'
import { createProgram } from './program.js'
import type { Io } from './io.js'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns ?? 0,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  readFile: (path) => readFile(path, 'utf8'),
  onInterrupt(handler) {
    process.once('SIGINT', handler)
    return () => process.off('SIGINT', handler)
  },
}

process.exitCode = await createProgram(io).run(process.argv.slice(2))
