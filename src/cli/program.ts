// The commander program, built by a factory so tests run it in-process. Commands return exit
// codes; nothing here calls process.exit.
import { Argument, Command, CommanderError, Option } from 'commander'
import { toolVersion } from '../package-root.js'
import { PROTOCOL_NAMES, SECURITIES } from '../model/primitives.js'
import { COMMAND_LOADERS, type Action, type CommandName } from './command-loaders.js'
import { EXIT, UsageError, type Io } from './io.js'
import { detectLang, type Lang } from '../i18n/locale.js'
import { resolveLang, shared, withShared } from './run-options.js'

export interface Program {
  run(argv: string[]): Promise<number>
}

export function createProgram(io: Io): Program {
  let exitCode: number = EXIT.ok
  /** The language of this run, resolved once before the command's action; its messages use it too. */
  let lang: Lang | undefined
  const program = new Command('maildoctor')
    .description('Finds out why a mail client cannot connect (IMAP, POP3, SMTP) and says what to do.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .showSuggestionAfterError()
    .hook('preAction', (_, command) => {
      lang = resolveLang(command.opts().lang, io.env)
      command.setOptionValue('lang', lang)
    })

  const action =
    (load: () => Promise<Action>) =>
    async (...args: unknown[]) => {
      const command = await load()
      exitCode = await command(io, ...(args as never[]))
    }
  // In the order `--help` lists them; a bundle defines the commands its table can load.
  for (const [name, define] of Object.entries(DEFINITIONS) as Array<[CommandName, Definition]>) {
    const load = COMMAND_LOADERS[name]
    if (load) define(program, action(load))
  }

  return {
    async run(argv) {
      exitCode = EXIT.ok
      lang = undefined
      try {
        await program.parseAsync(argv, { from: 'user' })
        return exitCode
      } catch (err) {
        return errorExit(io, err, lang ?? detectLang(io.env))
      }
    },
  }
}

type Handler = (...args: unknown[]) => Promise<void>
type Definition = (program: Command, handler: Handler) => void

const formats = ['table', 'json', 'jsonl', 'csv', 'junit', 'html']

const DEFINITIONS: Record<CommandName, Definition> = {
  check: (program, handler) =>
    withCheckOptions(
      program
        .command('check')
        .argument('<address-or-host>', 'email address (mario.rossi@libero.it) or server host name'),
    )
      .description('probe every way into a mailbox and say what is wrong')
      .action(handler),

  explain: (program, handler) =>
    program
      .command('explain')
      .description('explain an error message from a mail client or server')
      .argument('[text]', 'the error text, in quotes')
      .option('--protocol <protocol>', 'imap, pop3, smtp (a hint)')
      .option('--stage <stage>', 'where it happened: dns, tcp, tls, greeting, starttls, auth (a hint)')
      .option('--port <port>', 'the port the client used (a hint)')
      .option('--provider <name>', 'the provider or server software (a hint)')
      .option('--jsonl', 'read JSON lines {"id","protocol","stage","text",…} on stdin, write {"id","cause"} lines')
      .option('--json', 'print the explanation as JSON')
      .addOption(shared('lang'))
      // Pasted POP3 errors start with "-ERR": words that look like unknown options are text.
      .allowUnknownOption()
      .allowExcessArguments()
      .action(handler),

  discover: (program, handler) => {
    const discoverCmd = program
      .command('discover')
      .description('find the servers of an address from every source (provider table, SRV, autoconfig, MX, guesses)')
      .argument('<address>', 'email address')
    withProtocolFlags(discoverCmd, (label) => `${label} only`)
    withShared(discoverCmd, ['dnsServer', 'autoconfigUrl', 'ca', 'timeout', 'lang'], {
      autoconfigUrl: {
        description:
          "autoconfig URL with {domain}; repeat for several (default: the domain's own, then the public ISPDB)",
      },
      ca: { description: 'extra trusted CA certificate(s), PEM, for HTTPS autoconfig' },
      timeout: { description: 'timeout of each lookup', default: '5' },
    })
      .option('--json', 'the findings of every source as JSON')
      .action(handler)
  },

  batch: (program, handler) => {
    const batchCmd = program
      .command('batch')
      .description('check many accounts from a CSV, JSON-lines or YAML file (passwords only by password_env)')
      .argument('<file>', 'accounts: address,user,host,protocols,password_env,port,security')
    withShared(batchCmd, ['concurrency', 'perHost'])
      .option('--workers <n>', 'threads checking accounts (default: one per core)')
      .option('--rate <n>', 'new connections per second to one host')
      .option('--retries <n>', 'retries of transient failures (timeouts, maintenance, rate limits), with backoff', '0')
      .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
      .addOption(shared('output'))
      .option('--stream <file>', "append each account's result as a JSON line as soon as it is done")
      .option('--resume <file>', 'skip the accounts already in this JSON-lines file, and append to it')
      .option('--shard <i/n>', 'check only the i-th of n deterministic parts of the file (1-based)')
      .option('--shard-index <i>', 'check only part i (0-based, e.g. $JOB_COMPLETION_INDEX) of --shard-count parts')
      .option('--shard-count <n>', 'the number of parts, with --shard-index')
      .addOption(
        new Option('--shard-key <key>', 'split by account (even parts) or by host (one server, one part)').choices([
          'account',
          'host',
        ]),
      )
    withShared(batchCmd, [
      'timeout',
      'ca',
      'dnsServer',
      'autoconfigUrl',
      'trustDiscovered',
      'allowPlaintextAuth',
      'allowEnv',
      'secrets',
      'lang',
      'strict',
    ]).action(handler)
  },

  merge: (program, handler) =>
    program
      .command('merge')
      .description('join the JSON-lines results of batch shards into one report')
      .argument('[files...]', 'JSON-lines result files; "-" or none: read them from standard input')
      .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
      .addOption(shared('output'))
      .addOption(shared('lang'))
      .action(handler),

  run: (program, handler) => {
    const runCmd = program
      .command('run')
      .description('check targets against the expectations in a config file (CI and monitoring)')
      .argument('<config>', 'maildoctor.yml')
    withShared(runCmd, ['ca', 'timeout']).addOption(
      new Option('--format <format>', 'output format')
        .choices(['human', 'json', 'junit', 'nagios', 'prometheus'])
        .default('human'),
    )
    withShared(runCmd, ['output', 'dnsServer'])
      .option('--roundtrip', "send a test message to each target's own address and wait for it over IMAP")
      .option('--roundtrip-timeout <seconds>', 'how long to wait for the test message', '60')
    withShared(runCmd, ['allowEnv', 'secrets', 'perHost']).action(handler)
  },

  serve: (program, handler) => {
    const serveCmd = program
      .command('serve')
      .description('a web page, a JSON API and a Prometheus /probe for checks (127.0.0.1:8025 by default)')
      .option('--listen <host:port>', 'where to listen; other than loopback needs --token-env', '127.0.0.1:8025')
      .option('--token-env <var>', 'require this bearer token (read from the environment variable)')
      .option(
        '--public-name <name>',
        'a Host name the server answers to besides its address (reverse proxy); repeatable',
        collect,
        [],
      )
      .option('--allow-private', 'allow checks of loopback, private and link-local addresses')
      .option('--mail-ports <list>', 'ports checks may use, comma-separated (default: the standard mail ports)')
      .option('--rate <n>', 'checks per client per minute on the page and /api/check', '30')
      .option('--max-checks <n>', 'checks running at once, server-wide', '4')
      .option('--config <file>', 'serve.yml: the modules of /probe')
    withShared(serveCmd, ['perHost', 'allowEnv', 'ca', 'timeout', 'dnsServer'], {
      ca: { description: 'extra trusted CA certificate(s), PEM, for every check' },
      timeout: { description: 'timeout of each stage of every check' },
    })
      .option('--grace <seconds>', 'on SIGTERM, how long running checks may take to finish', '30')
      .action(handler)
  },

  demo: (program, handler) =>
    withCheckOptions(program.command('demo'), { demo: true })
      .description('start test servers on this computer and show what maildoctor finds on each')
      .action(handler),

  // Written from the program object (the command's parent), so every command and option added
  // later is completed too.
  completion: (program, handler) =>
    program
      .command('completion')
      .description('print a shell completion script, e.g. eval "$(maildoctor completion bash)"')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
      .action(handler),
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** One flag per protocol (`--imap`, `--pop3`, …): the protocols a command looks at. */
function withProtocolFlags(cmd: Command, describe: (label: string) => string): Command {
  for (const [name, { label }] of Object.entries(PROTOCOL_NAMES)) cmd.option(`--${name}`, describe(label))
  return cmd
}

function withCheckOptions(cmd: Command, opts: { demo?: boolean } = {}): Command {
  if (!opts.demo) {
    withProtocolFlags(cmd, (label) => `check ${label}`)
    cmd
      .option('--host <host>', 'the server to check (skips discovery)')
      .option('--port <port>', 'one port only')
      .addOption(new Option('--security <mode>', 'tls (SSL/TLS), starttls or plain').choices(SECURITIES))
      .option('--user <user>', 'login user name (default: the address)')
      .option('--password-env <var>', 'read the password from this environment variable')
      .option('--password-stdin', 'read the password from standard input')
      .option(
        '--password-cmd <command>',
        'read the password from the first line this command prints (run without a shell)',
      )
      .option('--oauth2-token-env <var>', 'log in with the OAuth 2.0 access token in this environment variable')
      .option('--oauth2-token-stdin', 'log in with the OAuth 2.0 access token read from standard input')
      .option('--oauth2-token-cmd <command>', 'log in with the token this command prints (run without a shell)')
      .addOption(
        new Option(
          '--oauth2-mechanism <name>',
          'send the token only by this mechanism (default: OAUTHBEARER, else XOAUTH2)',
        ).choices(['xoauth2', 'oauthbearer']),
      )
    withShared(cmd, [
      'secrets',
      'allowPlaintextAuth',
      'ca',
      'dnsServer',
      'autoconfigUrl',
      'trustDiscovered',
      'deadline',
    ])
  }
  return withShared(cmd, ['timeout', 'lang'])
    .option('--json', 'JSON report (same as --format json)')
    .addOption(
      new Option('--format <format>', 'output format (html: one self-contained file)')
        .choices(['human', 'json', 'html'])
        .default('human'),
    )
    .addOption(shared('output'))
    .option('--trace', 'show the protocol transcript (passwords are never shown)')
    .addOption(shared('strict'))
}

function errorExit(io: Io, err: unknown, lang: Lang): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return EXIT.ok
    return EXIT.usage
  }
  if (err instanceof UsageError) {
    io.stderr(`maildoctor: ${err.in(lang)}\n`)
    return EXIT.usage
  }
  const message = err instanceof Error ? err.message : String(err)
  io.stderr(`maildoctor: internal error: ${message}\n`)
  return EXIT.internal
}
