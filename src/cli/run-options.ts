// The options the checking commands share (check, batch, run, discover, serve), defined once: the
// flag, its help and default, and how its text becomes a value of the engine's run options.
import { Option, type Command } from 'commander'
import { detectLang, type Lang } from '../i18n/locale.js'
import { parseLanguage, parseSeconds, parseWholeNumber } from '../input/values.js'
import { defaultDeadlineMs } from '../model/timeout-evidence.js'
import { UsageError, type Io } from './io.js'
import { parseAutoconfigUrl, parseCaBundle, parseDnsServer } from './options.js'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

/** Defaults of the options whose value a command may not have asked for. */
const DEFAULT_PER_HOST = '4'
const DEFAULT_CONCURRENCY = '8'

const OPTIONS = {
  timeout: () => new Option('--timeout <seconds>', 'timeout of each stage').default('8'),
  deadline: () => new Option('--deadline <seconds>', 'the whole check ends by then'),
  ca: () => new Option('--ca <file>', 'extra trusted CA certificate(s), PEM'),
  dnsServer: () => new Option('--dns-server <ip[:port]>', 'ask this DNS server instead of the system resolver'),
  autoconfigUrl: () =>
    new Option('--autoconfig-url <url>', 'autoconfig URL with {domain}; repeat for several')
      .argParser(collect)
      .default([]),
  trustDiscovered: () =>
    new Option('--trust-discovered', 'also send passwords to servers a foreign domain suggested (SRV, autoconfig)'),
  allowPlaintextAuth: () => new Option('--allow-plaintext-auth', 'allow sending passwords without encryption'),
  allowEnv: () =>
    new Option(
      '--allow-env <name>',
      "let the file's password_env name this variable too (besides MAILDOCTOR_…); repeatable",
    )
      .argParser(collect)
      .default([]),
  secrets: () =>
    new Option(
      '--secrets <file>',
      'read secrets (NAME=value lines) from this file, mode 0600; names in it win over the environment',
    ),
  lang: () => new Option('--lang <lang>', 'it or en (default: from the locale)'),
  output: () => new Option('--output <file>', 'write the report to this file'),
  perHost: () => new Option('--per-host <n>', 'connections to one host at once').default(DEFAULT_PER_HOST),
  concurrency: () => new Option('--concurrency <n>', 'accounts checked at once').default(DEFAULT_CONCURRENCY),
  strict: () => new Option('--strict', 'exit 1 on warnings too'),
} satisfies Record<string, () => Option>

export type SharedOption = keyof typeof OPTIONS

/** Adds the shared options named, in that order; a command may say one in its own words or default. */
export function withShared(
  cmd: Command,
  names: SharedOption[],
  own: Partial<Record<SharedOption, { description?: string; default?: string }>> = {},
): Command {
  for (const name of names) {
    const option = OPTIONS[name]()
    if (own[name]?.description) option.description = own[name].description
    if (own[name]?.default !== undefined) option.default(own[name].default)
    cmd.addOption(option)
  }
  return cmd
}

/** The flags of the shared options, as commander hands them over (text, before parsing). */
export interface SharedFlags {
  timeout: string
  deadline?: string
  ca?: string
  dnsServer?: string
  autoconfigUrl?: string[]
  trustDiscovered?: boolean
  allowPlaintextAuth?: boolean
  perHost?: string
  concurrency?: string
  /** Resolved once, before the command runs (see resolveLang). */
  lang: Lang
}

export interface SharedValues {
  timeoutMs: number
  deadlineMs: number
  ca: string[]
  dnsServer?: string
  autoconfigUrls?: string[]
  trustDiscovered: boolean
  allowPlaintextAuth: boolean
  perHost: number
  concurrency: number
}

/** The shared options' values, each parsed by its one parser. */
export async function sharedValues(flags: Omit<SharedFlags, 'lang'>, io: Io): Promise<SharedValues> {
  const timeoutMs = parseSeconds(flags.timeout, '--timeout', 120) * 1000
  return {
    timeoutMs,
    deadlineMs: flags.deadline ? parseSeconds(flags.deadline, '--deadline', 3600) * 1000 : defaultDeadlineMs(timeoutMs),
    ca: flags.ca ? parseCaBundle(flags.ca, await readCa(flags.ca, io)) : [],
    dnsServer: flags.dnsServer ? parseDnsServer(flags.dnsServer) : undefined,
    autoconfigUrls: flags.autoconfigUrl?.length ? flags.autoconfigUrl.map(parseAutoconfigUrl) : undefined,
    trustDiscovered: Boolean(flags.trustDiscovered),
    allowPlaintextAuth: Boolean(flags.allowPlaintextAuth),
    perHost: parseWholeNumber(flags.perHost ?? DEFAULT_PER_HOST, '--per-host', 1, 100),
    concurrency: parseWholeNumber(flags.concurrency ?? DEFAULT_CONCURRENCY, '--concurrency', 1, 1000),
  }
}

/** The language of everything a command says: --lang, else the locale. Resolved once per run. */
export const resolveLang = (flag: string | undefined, env: Io['env']): Lang =>
  flag === undefined ? detectLang(env) : parseLanguage(flag, '--lang')

async function readCa(path: string, io: Io): Promise<string> {
  try {
    return await io.readFile(path)
  } catch (err) {
    throw new UsageError(`--ca ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

/** One shared option, for a command that adds it among its own. */
export const shared = (name: SharedOption): Option => OPTIONS[name]()
