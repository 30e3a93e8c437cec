// `maildoctor completion bash|zsh|fish`: shell completion scripts written from the commander
// program itself (its commands, options and choices), so they never drift from the CLI.
import type { Command, Option } from 'commander'
import { EXIT, type Io } from './io.js'

export type Shell = 'bash' | 'zsh' | 'fish'

interface OptionSpec {
  flag: string
  description: string
  /** Takes a value. */
  value: boolean
  choices?: readonly string[]
  /** The value is a path (a file to read or write). */
  file: boolean
}

interface CommandSpec {
  name: string
  description: string
  options: OptionSpec[]
}

const FILE_VALUE = /<(file|config)>/

function optionSpec(o: Option): OptionSpec {
  return {
    flag: o.long ?? o.short ?? '',
    description: o.description,
    value: o.required || o.optional,
    choices: o.argChoices,
    file: FILE_VALUE.test(o.flags),
  }
}

const HELP: OptionSpec = { flag: '--help', description: 'display help for command', value: false, file: false }

function commandSpecs(program: Command): CommandSpec[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: [...c.options.map(optionSpec), HELP],
  }))
}

/** Single-quoted for sh and fish: the quote itself closes, is escaped and reopens. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

function bash(program: Command): string {
  const specs = commandSpecs(program)
  const words = (list: string[]) => quote(list.join(' '))
  const valueCases = specs.flatMap((c) =>
    c.options
      .filter((o) => o.value)
      .map((o) => {
        const reply = o.choices ? `COMPREPLY=($(compgen -W ${words([...o.choices])} -- "$cur"))` : 'COMPREPLY=()'
        return `    ${quote(`${c.name} ${o.flag}`)}) ${reply}; return ;;`
      }),
  )
  return [
    '# maildoctor completion for bash. Load it with: eval "$(maildoctor completion bash)"',
    '_maildoctor() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="${COMP_WORDS[1]}"',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W ${words([...specs.map((c) => c.name), '--help', '--version'])} -- "$cur"))`,
    '    return',
    '  fi',
    '  # A value: its choices, or nothing so that bash offers file names (complete -o default).',
    '  case "$cmd $prev" in',
    ...valueCases,
    '  esac',
    '  local opts=',
    '  case "$cmd" in',
    ...specs.map((c) => `    ${c.name}) opts=${words(c.options.map((o) => o.flag))} ;;`),
    '  esac',
    '  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); else COMPREPLY=(); fi',
    '}',
    'complete -o default -F _maildoctor maildoctor',
    '',
  ].join('\n')
}

function zsh(program: Command): string {
  const specs = commandSpecs(program)
  // Inside an option's [description] only brackets (and the backslash itself) need escaping.
  const described = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`)
  const argument = (o: OptionSpec) => {
    const head = `${o.flag}[${described(o.description)}]`
    if (!o.value) return quote(head)
    const action = o.choices ? `(${o.choices.join(' ')})` : o.file ? '_files' : ' '
    return quote(`${head}:${o.flag.slice(2)}:${action}`)
  }
  return [
    '#compdef maildoctor',
    '# maildoctor completion for zsh. Load it with: eval "$(maildoctor completion zsh)" (after compinit),',
    '# or save it as _maildoctor in a directory of $fpath.',
    '_maildoctor() {',
    '  local -a commands',
    `  commands=(${specs.map((c) => quote(`${c.name}:${c.description.replace(/:/g, '\\:')}`)).join(' ')})`,
    '  if (( CURRENT == 2 )); then',
    "    _describe 'command' commands",
    '    return',
    '  fi',
    '  local cmd=$words[2]',
    '  shift words',
    '  (( CURRENT-- ))',
    '  case $cmd in',
    ...specs.map((c) => `    ${c.name}) _arguments -s ${c.options.map(argument).join(' ')} '*:file:_files' ;;`),
    '  esac',
    '}',
    'if [ "$funcstack[1]" = "_maildoctor" ]; then _maildoctor "$@"; else compdef _maildoctor maildoctor; fi',
    '',
  ].join('\n')
}

function fish(program: Command): string {
  const specs = commandSpecs(program)
  const names = specs.map((c) => c.name).join(' ')
  const noCommandYet = fishQuote(`not __fish_seen_subcommand_from ${names}`)
  const line = (c: CommandSpec, o: OptionSpec) => {
    const value = o.choices ? ` -x -a ${fishQuote(o.choices.join(' '))}` : o.value ? (o.file ? ' -r -F' : ' -x') : ''
    const condition = fishQuote(`__fish_seen_subcommand_from ${c.name}`)
    return `complete -c maildoctor -n ${condition} -l ${o.flag.slice(2)}${value} -d ${fishQuote(o.description)}`
  }
  return [
    '# maildoctor completion for fish. Load it with: maildoctor completion fish | source',
    `complete -c maildoctor -n ${noCommandYet} -f`,
    ...specs.map((c) => `complete -c maildoctor -n ${noCommandYet} -a ${c.name} -d ${fishQuote(c.description)}`),
    ...specs.flatMap((c) => c.options.map((o) => line(c, o))),
    '',
  ].join('\n')
}

const WRITERS: Record<Shell, (program: Command) => string> = { bash, zsh, fish }

function completionScript(shell: Shell, program: Command): string {
  return WRITERS[shell](program)
}

export async function completionCommand(io: Io, shell: Shell, program: Command): Promise<number> {
  io.stdout(completionScript(shell, program))
  return EXIT.ok
}
