// The command table of the check's own bundle (scripts/bundle.mjs), in command-loaders.ts's place:
// `maildoctor check` (bin/maildoctor.js sends it there) starts from one file with the check's code
// in it, instead of the ~30 shared chunks the whole CLI's bundle splits it into (each ES module
// costs its resolution, read and compilation), and defines no other command.
import { checkCommand } from './check-command.js'
import type { Action, CommandLoaders } from './command-loaders.js'

export const COMMAND_LOADERS: CommandLoaders = { check: async () => checkCommand as Action }
