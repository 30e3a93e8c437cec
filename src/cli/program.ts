// The commander program, built by a factory so tests run it in-process. Commands return exit
// codes; nothing here calls process.exit.
import { Argument, Command, CommanderError, Option } from 'commander'
import { toolVersion } from '../package-root.js'
import type { Shell } from './completion.js'
import { EXIT, UsageError, type Io } from './io.js'

export interface Program {
  run(argv: string[]): Promise<number>
}

type Action = (io: Io, ...args: never[]) => Promise<number>

export function createProgram(io: Io): Program {
  let exitCode: number = EXIT.ok
  const program = new Command('maildoctor')
    .description('Finds out why a mail client cannot connect (IMAP, POP3, SMTP) and says what to do.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .showSuggestionAfterError()

  const action =
    (load: () => Promise<Action>) =>
    async (...args: unknown[]) => {
      const run = await load()
      exitCode = await run(io, ...(args as never[]))
    }

  withCheckOptions(
    program.command('check').argument('<address-or-host>', 'email address (mario.rossi@libero.it) or server host name'),
  )
    .description('probe every way into a mailbox and say what is wrong')
    .action(action(async () => (await import('./check-command.js')).checkCommand as Action))

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
    .option('--lang <lang>', 'it or en (default: from the locale)')
    // Pasted POP3 errors start with "-ERR": words that look like unknown options are text.
    .allowUnknownOption()
    .allowExcessArguments()
    .action(action(async () => (await import('./explain-command.js')).explainCommand as Action))

  program
    .command('discover')
    .description('find the servers of an address from every source (provider table, SRV, autoconfig, MX, guesses)')
    .argument('<address>', 'email address')
    .option('--imap', 'IMAP only')
    .option('--pop3', 'POP3 only')
    .option('--smtp', 'SMTP only')
    .option('--dns-server <ip[:port]>', 'ask this DNS server instead of the system resolver')
    .option(
      '--autoconfig-url <url>',
      "autoconfig URL with {domain}; repeat for several (default: the domain's own, then the public ISPDB)",
      collect,
      [],
    )
    .option('--ca <file>', 'extra trusted CA certificate(s), PEM, for HTTPS autoconfig')
    .option('--timeout <seconds>', 'timeout of each lookup', '5')
    .option('--lang <lang>', 'it or en (default: from the locale)')
    .option('--json', 'the findings of every source as JSON')
    .action(action(async () => (await import('./discover-command.js')).discoverCommand as Action))

  const formats = ['table', 'json', 'jsonl', 'csv', 'junit', 'html']
  program
    .command('batch')
    .description('check many accounts from a CSV, JSON-lines or YAML file (passwords only by password_env)')
    .argument('<file>', 'accounts: address,user,host,protocols,password_env,port,security')
    .option('--concurrency <n>', 'accounts checked at once', '8')
    .option('--per-host <n>', 'connections to one host at once', '4')
    .option('--workers <n>', 'threads checking accounts (default: one per core)')
    .option('--rate <n>', 'new connections per second to one host')
    .option('--retries <n>', 'retries of transient failures (timeouts, maintenance, rate limits), with backoff', '0')
    .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
    .option('--output <file>', 'write the report to this file')
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
    .option('--timeout <seconds>', 'timeout of each stage', '8')
    .option('--ca <file>', 'extra trusted CA certificate(s), PEM')
    .option('--dns-server <ip[:port]>', 'ask this DNS server instead of the system resolver')
    .option('--autoconfig-url <url>', 'autoconfig URL with {domain}; repeatable', collect, [])
    .option('--trust-discovered', 'also send passwords to servers a foreign domain suggested')
    .option('--allow-plaintext-auth', 'allow sending passwords without encryption')
    .option(...ALLOW_ENV)
    .option(...SECRETS)
    .option('--lang <lang>', 'it or en (default: from the locale)')
    .option('--strict', 'exit 1 on warnings too')
    .action(action(async () => (await import('./batch-command.js')).batchCommand as Action))

  program
    .command('merge')
    .description('join the JSON-lines results of batch shards into one report')
    .argument('[files...]', 'JSON-lines result files; "-" or none: read them from standard input')
    .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
    .option('--output <file>', 'write the report to this file')
    .option('--lang <lang>', 'it or en (default: from the locale)')
    .action(action(async () => (await import('./merge-command.js')).mergeCommand as Action))

  program
    .command('run')
    .description('check targets against the expectations in a config file (CI and monitoring)')
    .argument('<config>', 'maildoctor.yml')
    .option('--ca <file>', 'extra trusted CA certificate(s), PEM')
    .option('--timeout <seconds>', 'timeout of each stage', '8')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['human', 'json', 'junit', 'nagios', 'prometheus'])
        .default('human'),
    )
    .option('--output <file>', 'write the report to this file')
    .option('--dns-server <ip[:port]>', 'ask this DNS server instead of the system resolver')
    .option('--roundtrip', "send a test message to each target's own address and wait for it over IMAP")
    .option('--roundtrip-timeout <seconds>', 'how long to wait for the test message', '60')
    .option(...ALLOW_ENV)
    .option(...SECRETS)
    .option('--per-host <n>', 'connections to one host at once', '4')
    .action(action(async () => (await import('./run-command.js')).runCommand as Action))

  program
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
    .option('--per-host <n>', 'connections to one host at once', '4')
    .option('--config <file>', 'serve.yml: the modules of /probe')
    .option(...ALLOW_ENV)
    .option('--ca <file>', 'extra trusted CA certificate(s), PEM, for every check')
    .option('--timeout <seconds>', 'timeout of each stage of every check', '8')
    .option('--dns-server <ip[:port]>', 'ask this DNS server instead of the system resolver')
    .option('--grace <seconds>', 'on SIGTERM, how long running checks may take to finish', '30')
    .action(action(async () => (await import('./serve-command.js')).serveCommand as Action))

  withCheckOptions(program.command('demo'), { demo: true })
    .description('start test servers on this computer and show what maildoctor finds on each')
    .action(action(async () => (await import('./demo-command.js')).demoCommand as Action))

  // Written from this program object, so every command and option added later is completed too.
  program
    .command('completion')
    .description('print a shell completion script, e.g. eval "$(maildoctor completion bash)"')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .action(
      action(async () => {
        const { completionCommand } = await import('./completion.js')
        return ((commandIo: Io, shell: Shell) => completionCommand(commandIo, shell, program)) as Action
      }),
    )

  return {
    async run(argv) {
      exitCode = EXIT.ok
      try {
        await program.parseAsync(argv, { from: 'user' })
        return exitCode
      } catch (err) {
        return errorExit(io, err)
      }
    },
  }
}

/** Files may name only MAILDOCTOR_… variables in password_env; this allows one more by name. */
/** A dotenv file of secrets that --password-env, --oauth2-token-env and the file's rows may name. */
const SECRETS = [
  '--secrets <file>',
  'read secrets (NAME=value lines) from this file, mode 0600; names in it win over the environment',
] as const

const ALLOW_ENV = [
  '--allow-env <name>',
  "let the file's password_env name this variable too (besides MAILDOCTOR_…); repeatable",
  collect,
  [] as string[],
] as const

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function withCheckOptions(cmd: Command, opts: { demo?: boolean } = {}): Command {
  if (!opts.demo) {
    cmd
      .option('--imap', 'check IMAP')
      .option('--pop3', 'check POP3')
      .option('--smtp', 'check SMTP')
      .option('--host <host>', 'the server to check (skips discovery)')
      .option('--port <port>', 'one port only')
      .addOption(
        new Option('--security <mode>', 'tls (SSL/TLS), starttls or plain').choices(['tls', 'starttls', 'plain']),
      )
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
      .option(...SECRETS)
      .option('--allow-plaintext-auth', 'allow sending the password without encryption')
      .option('--ca <file>', 'extra trusted CA certificate(s), PEM')
      .option('--dns-server <ip[:port]>', 'ask this DNS server instead of the system resolver')
      .option('--autoconfig-url <url>', 'autoconfig URL with {domain}; repeat for several', collect, [])
      .option('--trust-discovered', 'also send the password to servers a foreign domain suggested (SRV, autoconfig)')
      .option('--deadline <seconds>', 'the whole check ends by then')
  }
  return cmd
    .option('--timeout <seconds>', 'timeout of each stage', '8')
    .option('--lang <lang>', 'it or en (default: from the locale)')
    .option('--json', 'JSON report (same as --format json)')
    .addOption(
      new Option('--format <format>', 'output format (html: one self-contained file)')
        .choices(['human', 'json', 'html'])
        .default('human'),
    )
    .option('--output <file>', 'write the report to this file')
    .option('--trace', 'show the protocol transcript (passwords are never shown)')
    .option('--strict', 'exit 1 on warnings too')
}

function errorExit(io: Io, err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return EXIT.ok
    return EXIT.usage
  }
  if (err instanceof UsageError) {
    io.stderr(`maildoctor: ${err.message}\n`)
    return EXIT.usage
  }
  const message = err instanceof Error ? err.message : String(err)
  io.stderr(`maildoctor: internal error: ${message}\n`)
  return EXIT.internal
}
