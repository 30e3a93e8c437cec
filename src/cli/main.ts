// The only place that touches the real process.
import { readFile, writeFile } from 'node:fs/promises'
import { isatty } from 'node:tty'
import { createProgram } from './program.js'
import { EXIT, type Io } from './io.js'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

// A reader that went away (`| head -1`) is a normal end: what it did not read is not wanted.
let pipeClosed = false
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err
    pipeClosed = true
  })
}
const write = (stream: NodeJS.WriteStream) => (text: string) => void (pipeClosed || stream.write(text))

/** What a shell reports for a process ended by a signal: 128 + its number. */
const SIGNAL_EXIT = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated } as const

const io: Io = {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns ?? 0,
  // Asked of the descriptor: process.stdin would open a stream on it, which most runs never read.
  stdinIsTTY: isatty(0),
  readStdin,
  stdinStream: () => process.stdin,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  readFile: (path) => readFile(path, 'utf8'),
  onInterrupt(handler) {
    // SIGTERM (CI, systemd, Kubernetes) is a stop like Ctrl-C: the same partial report.
    const listeners = Object.entries(SIGNAL_EXIT).map(([signal, code]) => [signal, () => handler(code)] as const)
    for (const [signal, listener] of listeners) process.once(signal, listener)
    return () => {
      for (const [signal, listener] of listeners) process.off(signal, listener)
    }
  },
}

// No top-level await: the check's bundle is CommonJS (scripts/bundle.mjs), which has none.
void createProgram(io)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code
    // The report is out: a lookup the system resolver still runs (getaddrinfo cannot be cancelled)
    // or a server's late bytes must not keep the process alive.
    if (pipeClosed) process.exit(code)
    else process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
  })
