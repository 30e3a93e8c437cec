// Runs the CLI in-process, the way the real binary would, with files on disk and the given env.
import { readFile, writeFile } from 'node:fs/promises'
import type { Io } from '../src/cli/io.js'
import { createProgram } from '../src/cli/program.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(
  argv: string[],
  opts: { env?: Record<string, string | undefined>; stdin?: string } = {},
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { LANG: 'en_US.UTF-8', ...opts.env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stderrColumns: 0,
    stdinIsTTY: false,
    readStdin: async () => opts.stdin ?? '',
    writeFile: (p, t) => writeFile(p, t),
    readFile: (p) => readFile(p, 'utf8'),
  }
  const code = await createProgram(io).run(argv)
  return { code, stdout, stderr }
}
