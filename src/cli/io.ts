// Everything the CLI touches of the outside world, so tests can run it in-process.
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  /** The terminal's width; 0 when unknown or not a terminal. */
  stderrColumns: number
  stdinIsTTY: boolean
  readStdin: () => Promise<string>
  /** Standard input as it arrives, for input of any length (explain --jsonl). */
  stdinStream?: () => AsyncIterable<Buffer | string>
  writeFile: (path: string, text: string) => Promise<void>
  readFile: (path: string) => Promise<string>
  /**
   * Calls the handler on Ctrl-C or SIGTERM with the exit code that stop means; returns the
   * function that stops listening.
   */
  onInterrupt?: (handler: (exitCode: number) => void) => () => void
}

export { UsageError } from '../input/usage-error.js'

export const EXIT = { ok: 0, problem: 1, usage: 2, internal: 3, interrupted: 130, terminated: 143 } as const
