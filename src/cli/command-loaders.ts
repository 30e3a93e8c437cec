// Each command's code, loaded when that command runs: a start reads the command table only. The
// check's own bundle puts check-command-loaders.ts in this module's place (scripts/bundle.mjs).
import type { Command } from 'commander'
import type { Shell } from './completion.js'
import type { Io } from './io.js'

export type Action = (io: Io, ...args: never[]) => Promise<number>

export type CommandName = 'check' | 'explain' | 'discover' | 'batch' | 'merge' | 'run' | 'serve' | 'demo' | 'completion'

/** The program defines the commands its table holds, and no other. */
export type CommandLoaders = Partial<Record<CommandName, () => Promise<Action>>>

export const COMMAND_LOADERS: CommandLoaders = {
  check: async () => (await import('./check-command.js')).checkCommand as Action,
  explain: async () => (await import('./explain-command.js')).explainCommand as Action,
  discover: async () => (await import('./discover-command.js')).discoverCommand as Action,
  batch: async () => (await import('./batch-command.js')).batchCommand as Action,
  merge: async () => (await import('./merge-command.js')).mergeCommand as Action,
  run: async () => (await import('./run-command.js')).runCommand as Action,
  serve: async () => (await import('./serve-command.js')).serveCommand as Action,
  demo: async () => (await import('./demo-command.js')).demoCommand as Action,
  // The script is written from the whole program: the parent of the command commander hands over.
  completion: async () => {
    const { completionCommand } = await import('./completion.js')
    return ((io: Io, shell: Shell, _options: unknown, command: Command) =>
      completionCommand(io, shell, command.parent ?? command)) as Action
  },
}
