// The command table of the check's own bundle (scripts/bundle.mjs), in command-loaders.ts's place:
// `maildoctor check` (bin/maildoctor.js sends it there) starts from one file with the check's code
// in it, instead of the ~30 shared chunks the whole CLI's bundle splits it into (each ES module
// costs its resolution, read and compilation). That bundle runs no other command.
import { checkCommand } from './check-command.js'
import type { Action, CommandLoaders } from './command-loaders.js'

const elsewhere = async (): Promise<never> => {
  throw new Error("the check's bundle runs `maildoctor check` only")
}

export const COMMAND_LOADERS: CommandLoaders = {
  check: async () => checkCommand as Action,
  explain: elsewhere,
  discover: elsewhere,
  batch: elsewhere,
  merge: elsewhere,
  run: elsewhere,
  serve: elsewhere,
  demo: elsewhere,
  completion: elsewhere,
}
