// npm run bench: maildoctor against the critical-path bound and against the tools people chain
// today, at 50 and 150 ms round-trip time, on loopback servers behind a latency proxy.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { testCaPem } from '../fixtures/servers/certs.js'
import { filteredPort } from '../fixtures/servers/network-faults.js'
import { FIXTURE_USER, startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { startSmtpFixture } from '../fixtures/servers/smtp-fixture.js'
import type { EndpointSpec, Protocol, Security } from '../src/model/types.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCheckRequest } from '../src/run/check.js'
import { startLatencyProxy } from './latency-proxy.js'
import { rawGreeting, rawLogin } from './raw-client.js'

const PW = 'bench-Passw0rd'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const CA_FILE = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const BIN = join(PACKAGE_ROOT, 'bin', 'maildoctor.js')
const BATCH_CONCURRENCY = 100
/** The account counts whose rows are followed by the machine's ceiling (the raw client as a batch). */
const CEILING_COUNTS = [1000, 10000]
/**
 * Runs a command without blocking this process (it hosts the proxies and servers the command
 * talks to), stdin closed, output kept for the caller.
 */
function runAsync(cmd: string, args: string[], timeoutMs = 60_000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x: number) => `${Math.round(x)} ms`
/** A row of a Markdown table. */
const tableRow = (...cells: Array<string | number>) => `| ${cells.join(' | ')} |`
const out: string[] = []
const say = (line = '') => {
  out.push(line)
  console.log(line)
}

const LAYOUT: Array<{ protocol: Protocol; security: Security; label: string }> = [
  { protocol: 'imap', security: 'tls', label: 'IMAP 993' },
  { protocol: 'imap', security: 'starttls', label: 'IMAP 143' },
  { protocol: 'pop3', security: 'tls', label: 'POP3 995' },
  { protocol: 'pop3', security: 'starttls', label: 'POP3 110' },
  { protocol: 'smtp', security: 'tls', label: 'SMTP 465' },
  { protocol: 'smtp', security: 'starttls', label: 'SMTP 587' },
  { protocol: 'smtp', security: 'starttls', label: 'SMTP 25' },
]

const standardPort = (l: (typeof LAYOUT)[number]) => Number(l.label.split(' ')[1])

/** The fixture servers of LAYOUT: on free ports, or on `host`'s standard ports (all or none). */
async function servers(host?: string) {
  const accounts = { [FIXTURE_USER]: PW }
  const started = await Promise.allSettled(
    LAYOUT.map((l) => {
      const at = host === undefined ? {} : { host, port: standardPort(l) }
      return l.protocol === 'smtp'
        ? startSmtpFixture({ security: l.security, accounts, ...at })
        : startScriptedServer({
            protocol: l.protocol,
            tls: l.security === 'tls' ? 'implicit' : 'starttls',
            accounts,
            mailbox: { messages: 3 },
            ...at,
          })
    }),
  )
  const failed = started.find((r) => r.status === 'rejected')
  const up = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  if (!failed) return up
  await Promise.all(up.map((s) => s.close()))
  throw failed.reason
}

interface Account {
  user: string
  password: string
}

async function atRtt(rtt: number, ports: number[], account: Account, peerPorts = ports) {
  const proxies = await Promise.all(peerPorts.map((p) => startLatencyProxy(p, rtt)))
  const endpoints: EndpointSpec[] = proxies.slice(0, ports.length).map((p, i) => ({
    protocol: LAYOUT[i].protocol,
    host: '127.0.0.1',
    port: p.port,
    security: LAYOUT[i].security,
    source: 'user',
  }))
  const ca = [testCaPem()]
  const bounds: number[] = []
  const checks: number[] = []
  let perEndpoint: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const each = await Promise.all(endpoints.map((e) => rawLogin(e, account.user, account.password, ca)))
    perEndpoint = each
    bounds.push(Math.max(...each))
    const result = await runCheckRequest({
      target: { address: account.user },
      protocols: [],
      endpoints,
      options: {
        timeoutMs: 8000,
        deadlineMs: 60_000,
        ca,
        trace: false,
        credentials: account,
        allowPlaintextAuth: false,
        now: () => new Date(),
      },
    })
    if (result.findings.length)
      throw new Error(
        `bench servers misbehave: ${JSON.stringify(result.findings.map((f) => [f.cause, f.endpoints, f.evidence]))}`,
      )
    checks.push(result.durationMs)
  }
  const peers = await chainedPeers(
    proxies.map((p) => p.port),
    account,
  )
  await Promise.all(proxies.map((p) => p.close()))
  return { bound: median(bounds), check: median(checks), perEndpoint, peers }
}

const REAL_PASSWORD = process.env.MD_REAL_PASSWORD ?? 'real-Passw0rd'

/** Starts or stops the real servers of the real-server tests; false when this machine cannot. */
function realServers(action: 'up' | 'down'): boolean {
  const script = join(PACKAGE_ROOT, 'test', 'real', 'servers.sh')
  if (
    process.getuid?.() !== 0 ||
    spawnSync('sh', ['-c', 'command -v dovecot && command -v postfix'], { stdio: 'ignore' }).status !== 0
  )
    return false
  return spawnSync('bash', [script, action], { stdio: 'ignore', timeout: 120_000 }).status === 0
}

async function fullCheck(title: string, ports: number[], account: Account, endpoints = ports.length): Promise<void> {
  say(`## ${title}`)
  say()
  machineLine()
  say()
  const peerSteps: string[] = []
  say('| RTT | bound (slowest endpoint, raw client) | maildoctor check | ratio | chained peers | peers ÷ maildoctor |')
  say('|---|---|---|---|---|---|')
  // 0 ms: plain loopback, where the CPU is the limit (the issue's own comparison); then real-world RTTs.
  for (const rtt of [0, 50, 150]) {
    const r = await atRtt(rtt, ports.slice(0, endpoints), account, ports)
    const peers = r.peers ? `${ms(r.peers.ms)} (${r.peers.tools.join(', ')})` : 'not installed'
    const peersRatio = r.peers ? (r.peers.ms / r.check).toFixed(1) : '–'
    say(tableRow(`${rtt} ms`, ms(r.bound), ms(r.check), (r.check / r.bound).toFixed(2), peers, peersRatio))
    peerSteps.push(`${rtt} ms: ${r.peers?.steps.join('; ') ?? 'no peers installed'}`)
  }
  say()
  say(
    "maildoctor check: the check's own time, in this process (no CLI start: a CLI check adds its start, the " +
      'one-endpoint check of the start section less its network work). Chained peers: whole processes, start ' +
      'included.',
  )
  say()
  say('Peer steps, one after the other: ' + peerSteps.join(' — '))
  say()
}

/** How a person checks one account today: one tool per way in, one after the other. */
async function chainedPeers(
  ports: number[],
  account: Account,
): Promise<{ ms: number; tools: string[]; steps: string[] } | undefined> {
  const steps = peerSteps(ports, account)
  if (!steps.length) return undefined
  const started = performance.now()
  const times: string[] = []
  for (const [tool, args] of steps) {
    const t0 = performance.now()
    const r = await runAsync(tool, args, 30_000)
    times.push(
      `${tool} ${args.find((a) => /:\/\/|127\.0\.0\.\d+:/.test(a))?.replace(/.*:(\d+).*/, 'port $1') ?? ''} ${Math.round(performance.now() - t0)} ms${r.code ? ` (exit ${r.code})` : ''}`,
    )
  }
  return { ms: performance.now() - started, tools: [...new Set(steps.map((s) => s[0]))], steps: times }
}

/** The peers' commands for LAYOUT's endpoints at `ports` (those of the tools installed here). */
function peerSteps(ports: number[], account: Account, host = '127.0.0.1'): Array<[string, string[]]> {
  const have = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
  const steps: Array<[string, string[]]> = []
  if (have('curl')) {
    steps.push([
      'curl',
      ['-s', '--cacert', CA_FILE, '-u', `${account.user}:${account.password}`, `imaps://${host}:${ports[0]}/`],
    ])
    steps.push([
      'curl',
      [
        '-s',
        '--cacert',
        CA_FILE,
        '-u',
        `${account.user}:${account.password}`,
        '-X',
        'STAT',
        '-I',
        `pop3s://${host}:${ports[2]}/`,
      ],
    ])
  }
  if (have('openssl')) {
    steps.push([
      'openssl',
      ['s_client', '-brief', '-CAfile', CA_FILE, '-starttls', 'imap', '-connect', `${host}:${ports[1]}`],
    ])
    steps.push([
      'openssl',
      ['s_client', '-brief', '-CAfile', CA_FILE, '-starttls', 'pop3', '-connect', `${host}:${ports[3]}`],
    ])
  }
  if (have('swaks')) {
    steps.push([
      'swaks',
      [
        '--server',
        `${host}:${ports[4]}`,
        '--tls-on-connect',
        '--auth',
        'PLAIN',
        '--auth-user',
        account.user,
        '--auth-password',
        account.password,
        '--quit-after',
        'AUTH',
      ],
    ])
    steps.push([
      'swaks',
      [
        '--server',
        `${host}:${ports[5]}`,
        '--tls',
        '--auth',
        'PLAIN',
        '--auth-user',
        account.user,
        '--auth-password',
        account.password,
        '--quit-after',
        'AUTH',
      ],
    ])
    steps.push(['swaks', ['--server', `${host}:${ports[6]}`, '--tls', '--quit-after', 'EHLO']])
  }
  return steps
}

const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 9)
/** Rounds of the full check as a command: each takes ~1 s here, and the whole bench must stay within 4 minutes. */
const COMMAND_RUNS = Number(process.env.BENCH_COMMAND_RUNS ?? 7)
/** The temporary folder of a build's first check: emptied before each run, so no code cache is found. */
const FIRST_RUN_TMP = join(tmpdir(), `maildoctor-bench-first-run-${process.pid}`)
const secondsOf = (bashTime: string) => {
  const [, m, sec] = /(\d+)m([\d.]+)s/.exec(bashTime) ?? ['', 'NaN', 'NaN']
  return (Number(m) * 60 + Number(sec)) * 1000
}

/**
 * One run of a command for its wall time, and another, under bash, for its CPU time (user +
 * system of the whole process, every thread, as bash's `times` reports its children): on a
 * shared machine the wall time measures the neighbours too, the CPU time mostly the command.
 */
async function startRun(cmd: string[], before = () => {}): Promise<{ wall: number; cpu: number; code: number | null }> {
  before()
  const t0 = performance.now()
  const { code } = await runAsync(cmd[0], cmd.slice(1))
  const wall = performance.now() - t0
  before()
  const times = await output('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', ...cmd], 60_000)
  const [user, system] = (times.trim().split('\n').pop() ?? '').split(' ').map(secondsOf)
  return { wall, cpu: user + system, code }
}

/** A TLS client and nothing else: connect, handshake (trusting nothing), read the greeting, close. */
const TLS_FLOOR =
  "const s = require('node:tls').connect({ host: '127.0.0.1', port: Number(process.argv[1]), ca: [], " +
  "rejectUnauthorized: false }); s.once('data', () => s.destroy())"

/** Start-up against bare Node: the help, an explanation, and a one-endpoint check on loopback. */
async function startSection(imapTlsPort: number): Promise<void> {
  say(`## CLI start (median of ${START_RUNS}, wall and CPU time, as ratios to bare Node)`)
  say()
  machineLine()
  say()
  const node = process.execPath
  const check = ['check', '127.0.0.1', '--imap', '--port', String(imapTlsPort), '--security', 'tls', '--ca', CA_FILE]
  const commands = [
    { label: 'bare `node -e 0`', cmd: [node, '-e', '0'], target: '' },
    { label: '`maildoctor --help`', cmd: [node, BIN, '--help'], target: '≤ 1.3' },
    {
      label: '`maildoctor explain "535 5.7.8 …"`',
      cmd: [node, BIN, 'explain', '535 5.7.8 Error: authentication failed'],
    },
    { label: 'one-endpoint check (IMAP 993, loopback, `--ca`)', cmd: [node, BIN, ...check], target: '≤ 2' },
    // The first check of a build compiles its bundle and makes the code cache the others read.
    {
      label: "the same, a build's first check (makes its code cache)",
      cmd: ['env', `TMPDIR=${FIRST_RUN_TMP}`, node, BIN, ...check],
      before: () => rmSync(FIRST_RUN_TMP, { recursive: true, force: true, maxRetries: 2 }),
    },
    // What any Node client pays for the same check: loading node:tls, the handshake, the greeting.
    { label: 'floor: Node alone, TLS handshake and greeting', cmd: [node, '-e', TLS_FLOOR, String(imapTlsPort)] },
  ]
  // Node reads NODE_EXTRA_CA_CERTS's file at every start (~60 ms here, where the machine sets it):
  // that weighs on bare Node too and flatters every ratio, so the table is also made without it.
  const extra = process.env.NODE_EXTRA_CA_CERTS
  if (extra) {
    say(`With this machine's environment (NODE_EXTRA_CA_CERTS=${extra}: Node parses that file at every start):`)
    say()
  }
  await startTable(commands)
  if (extra) {
    say('The same without NODE_EXTRA_CA_CERTS (as on most machines):')
    say()
    const withoutExtra = (cmd: string[]) => [
      'env',
      '-u',
      'NODE_EXTRA_CA_CERTS',
      ...(cmd[0] === 'env' ? cmd.slice(1) : cmd),
    ]
    await startTable(commands.map((c) => ({ ...c, cmd: withoutExtra(c.cmd) })))
  }
  await commandTable()
}

/** The address whose standard ports the command's servers take: the test certificate names it, no test uses it. */
const STANDARD_PORTS_HOST = '127.0.0.30'
const quoted = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`

/**
 * Issue 16's own comparison: the full check as a person runs it (a process: its start included)
 * against the peers a person chains over the first 3 endpoints, on plain loopback, where the CPU
 * is the limit. The command finds its servers on their standard ports, which only root may bind.
 */
async function commandTable(): Promise<void> {
  say(`### The full check as a command, against the chained peers (plain loopback, median of ${COMMAND_RUNS})`)
  say()
  const srv = await servers(STANDARD_PORTS_HOST).catch((e: Error) => e)
  const peers = peerSteps(LAYOUT.map(standardPort), { user: FIXTURE_USER, password: PW }, STANDARD_PORTS_HOST)
  if (srv instanceof Error || peers.length < 3) {
    const why =
      srv instanceof Error ? `${srv.message} (binding ports below 1024 needs root)` : 'curl or openssl missing'
    say(`Not measured here: ${why}.`)
    say()
    return
  }
  const node = process.execPath
  const check = [
    'env',
    `PW=${PW}`,
    node,
    BIN,
    'check',
    STANDARD_PORTS_HOST,
    '--user',
    FIXTURE_USER,
    '--password-env',
    'PW',
  ]
  const first3 = peers.slice(0, 3)
  const commands: StartCommand[] = [
    {
      label: `chained peers, first 3 endpoints (${first3.map(([tool]) => tool).join(', ')})`,
      cmd: ['sh', '-c', first3.map(([tool, args]) => [tool, ...args].map(quoted).join(' ')).join(' && ')],
    },
    { label: '`maildoctor check` (7 endpoints, with login)', cmd: [...check, '--ca', CA_FILE], target: '< 1' },
    { label: 'bare `node -e 0`', cmd: [node, '-e', '0'] },
  ]
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const without = (c: StartCommand) => ({ ...c, label: `${c.label}, without NODE_EXTRA_CA_CERTS`, target: '' })
    commands.push(
      without({ ...commands[1], cmd: ['env', '-u', 'NODE_EXTRA_CA_CERTS', ...commands[1].cmd.slice(1)] }),
      without({ ...commands[2], cmd: ['env', '-u', 'NODE_EXTRA_CA_CERTS', ...commands[2].cmd] }),
    )
  }
  machineLine()
  say()
  const { wall, cpu } = await medianRuns(commands, COMMAND_RUNS)
  await Promise.all(srv.map((s) => s.close()))
  say('| command | wall | ÷ chained peers | CPU (user + system) | target (wall, issue 16) |')
  say('|---|---|---|---|---|')
  for (const [j, c] of commands.entries())
    say(tableRow(c.label, ms(wall[j]), (wall[j] / wall[0]).toFixed(2), ms(cpu[j]), c.target ?? ''))
  say()
  say(
    `Servers on ${STANDARD_PORTS_HOST}'s standard ports, no proxy. A Node command's floor here is its ` +
      'start (bare Node above) plus more than 100 ms: smtp-server holds every greeting 100 ms to catch ' +
      'clients that talk first, and the check logs into SMTP; the first 3 endpoints are IMAP and POP3.',
  )
  say()
}

interface StartCommand {
  label: string
  cmd: string[]
  target?: string
  /** Run before each of the command's runs, outside its time. */
  before?: () => void
}

/** Each command's median wall and CPU time over `rounds` rounds. */
async function medianRuns(commands: StartCommand[], rounds = START_RUNS): Promise<{ wall: number[]; cpu: number[] }> {
  const runs = commands.map(() => [] as Array<{ wall: number; cpu: number }>)
  // Round after round, every command once: a load that comes and goes weighs on all alike.
  for (let i = 0; i < rounds; i++)
    for (const [j, c] of commands.entries()) {
      const r = await startRun(c.cmd, c.before)
      if (r.code !== 0) throw new Error(`${c.label} exited ${r.code}: the bench servers misbehave`)
      runs[j].push(r)
    }
  return { wall: runs.map((r) => median(r.map((x) => x.wall))), cpu: runs.map((r) => median(r.map((x) => x.cpu))) }
}

async function startTable(commands: StartCommand[]): Promise<void> {
  const { wall, cpu } = await medianRuns(commands)
  say('| command | wall | × bare node | CPU (user + system) | × bare node | target (wall, issue 16) |')
  say('|---|---|---|---|---|---|')
  for (const [j, c] of commands.entries())
    say(
      tableRow(
        c.label,
        ms(wall[j]),
        (wall[j] / wall[0]).toFixed(2),
        ms(cpu[j]),
        (cpu[j] / cpu[0]).toFixed(2),
        c.target ?? '',
      ),
    )
  say()
}

/** Runs a command, stdin closed, and returns its standard output. */
function output(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', () => {
      clearTimeout(timer)
      resolve(out)
    })
  })
}

/**
 * The machine a figure was measured on, stated beside it: the CPU, its cores, how long Node takes
 * to start and stop (a figure for single-core speed) and the load the other users put on it then.
 */
function machineNow(): string {
  const starts = Array.from({ length: 10 }, () => {
    const t0 = performance.now()
    spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' })
    return performance.now() - t0
  })
  const load = loadavg()[0]
  const underLoad = load > availableParallelism() / 2 ? ' (shared machine, under load)' : ''
  const parts = [
    cpus()[0]?.model.trim() ?? 'cpu',
    `${availableParallelism()} cores`,
    `\`node -e 0\` ${ms(median(starts))}`,
    `load average ${load.toFixed(1)}${underLoad}`,
  ]
  return parts.join(', ')
}
const machineLine = () => say(`Machine: ${machineNow()}.`)

interface BatchRun {
  seconds: number
  rssMb: number
  cpuShare: number
  cpuMsPerAccount: number
  liveHeapMb: number
}

/** A process's wall time, peak RSS and CPU (user + system, every thread, its start included). */
async function timed(cmd: string[], count: number): Promise<BatchRun> {
  const t0 = performance.now()
  const r = await runAsync('/usr/bin/time', ['-f', '%M %U %S', ...cmd], 600_000)
  const seconds = (performance.now() - t0) / 1000
  if (r.code !== 0 && r.code !== 1) throw new Error(`${cmd.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 500)}`)
  const [rssKb, user, system] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number)
  return {
    seconds,
    rssMb: rssKb / 1024,
    cpuShare: (user + system) / seconds,
    cpuMsPerAccount: ((user + system) * 1000) / count,
    liveHeapMb: NaN,
  }
}

/**
 * The machine's ceiling: the raw client (no maildoctor code) run as a batch against the same
 * proxy, 100 at a time, resuming its TLS session, one thread: what Node alone reaches here.
 */
const rawBatchAt = (count: number, port: number, threads: number): Promise<BatchRun> =>
  timed(
    [
      process.execPath,
      join(PACKAGE_ROOT, 'dist', 'bench', 'raw-batch.js'),
      String(port),
      String(count),
      String(BATCH_CONCURRENCY),
      String(threads),
    ],
    count,
  )

async function batchAt(count: number, port: number, workers: number, heap = true): Promise<BatchRun> {
  const file = join(PACKAGE_ROOT, 'bench', `.accounts-${count}.csv`)
  writeFileSync(
    file,
    [
      'address,host,protocols,port,security',
      ...Array.from({ length: count }, (_, i) => `u${i}@bench.test,127.0.0.1,imap,${port},tls`),
    ].join('\n') + '\n',
  )
  const args = [
    file,
    '--concurrency',
    String(BATCH_CONCURRENCY),
    '--per-host',
    '100',
    '--workers',
    String(workers),
    '--ca',
    CA_FILE,
    '--format',
    'json',
    '--output',
    '/dev/null',
  ]
  const run = await timed([process.execPath, BIN, 'batch', ...args], count)
  // A second run, in-process with a collection every 100 ms, for what is really held: with one
  // worker only, since what grows with the accounts (the results index) is the main thread's.
  const live =
    heap && workers === 1
      ? (JSON.parse(
          (
            await output(
              process.execPath,
              ['--expose-gc', join(PACKAGE_ROOT, 'dist', 'bench', 'batch-heap.js'), ...args],
              600_000,
            )
          )
            .trim()
            .split('\n')
            .pop() ?? '{}',
        ) as { maxLiveHeapBytes?: number })
      : {}
  rmSync(file, { force: true })
  return { ...run, liveHeapMb: (live.maxLiveHeapBytes ?? NaN) / 2 ** 20 }
}

/** The batch against the bound, one row per account count and worker count. */
async function batchSection(ports: number[]): Promise<void> {
  say(`## Batch at 50 ms RTT, concurrency ${BATCH_CONCURRENCY} (transport only, one endpoint per account)`)
  say()
  const proxy = await startLatencyProxy(ports[0], 50)
  // The bound: every slot busy all the time, each account costing what a raw client needs.
  const rawEndpoint: EndpointSpec = {
    protocol: 'imap',
    host: '127.0.0.1',
    port: proxy.port,
    security: 'tls',
    source: 'user',
  }
  const perAccount = median(await Promise.all(Array.from({ length: 9 }, () => rawGreeting(rawEndpoint, [testCaPem()]))))
  const bound = BATCH_CONCURRENCY / (perAccount / 1000)
  say(
    `Bound: ${BATCH_CONCURRENCY} slots ÷ ${ms(perAccount)} per account (raw client: connect, TLS, ` +
      `greeting) = ${bound.toFixed(0)} checks/s.`,
  )
  // The client's own floor, in a process of its own (the servers and proxies here are not counted).
  const raw = JSON.parse(
    await output(
      process.execPath,
      [join(PACKAGE_ROOT, 'dist', 'bench', 'raw-cpu.js'), String(proxy.port), '1000'],
      120_000,
    ),
  ) as { full: number; resumed: number }
  say(
    `Raw client CPU per account (1000 accounts, connect, TLS, greeting): ${raw.full.toFixed(2)} ms ` +
      `with full handshakes, ${raw.resumed.toFixed(2)} ms resuming its TLS session: the floor for the ` +
      `column "CPU ms per account" below.`,
  )
  // The batch and its worker threads read V8's code caches their build's first batch made (bin/code-cache.js):
  // a batch made before the table, untimed, so that no row pays for making them.
  await batchAt(100, proxy.port, 2, false)
  say(
    "Every row reads the batch's code caches (made by a batch of 100 accounts before the table, as a build's " +
      'first batch makes them).',
  )
  say()
  machineLine()
  say()
  say(
    '| accounts | workers | time | checks/s | ÷ bound | CPU ms per account | maildoctor CPU | peak ' +
      'RSS (process) | largest live heap (1 worker) |',
  )
  say('|---|---|---|---|---|---|---|---|---|')
  const runs: Array<{ count: number; liveHeapMb: number }> = []
  const rss: Array<{ count: number; workers: number; mb: number }> = []
  const workerCounts = (process.env.BENCH_WORKERS ?? `1,2,${availableParallelism()}`)
    .split(',')
    .map(Number)
    .filter((n, i, all) => all.indexOf(n) === i)
  for (const count of (process.env.BENCH_BATCH ?? '100,1000,10000').split(',').map(Number)) {
    const row = (workers: string | number, b: BatchRun) =>
      say(
        tableRow(
          count,
          workers,
          `${b.seconds.toFixed(1)} s`,
          (count / b.seconds).toFixed(0),
          (count / b.seconds / bound).toFixed(2),
          b.cpuMsPerAccount.toFixed(2),
          `${(b.cpuShare * 100).toFixed(0)}% of one core`,
          `${b.rssMb.toFixed(0)} MiB`,
          Number.isNaN(b.liveHeapMb) ? '–' : `${b.liveHeapMb.toFixed(1)} MiB`,
        ),
      )
    for (const workers of workerCounts) {
      const b = await batchAt(count, proxy.port, workers)
      if (workers === 1) runs.push({ count, liveHeapMb: b.liveHeapMb })
      rss.push({ count, workers, mb: b.rssMb })
      row(workers, b)
    }
    // The ceiling: what Node alone reaches, in one thread and split over two as 2 workers split the
    // accounts (at 10,000 only the latter: the whole benchmark stays within its 4 minutes).
    const ceilingThreads = count < 10_000 ? [1, 2] : [2]
    if (CEILING_COUNTS.includes(count))
      for (const threads of ceilingThreads.filter((n) => workerCounts.includes(n)))
        row(
          `**ceiling**: raw client, ${threads} thread${threads > 1 ? 's' : ''}`,
          await rawBatchAt(count, proxy.port, threads),
        )
  }
  say()
  say(
    'Workers: the threads that check accounts, the coordinator (main thread) included: 2 workers are the ' +
      'main thread and one worker thread. CPU ms per account: user + system time of the whole maildoctor ' +
      'process (every thread, its start included) ÷ accounts. Worker threads share the one process: its ' +
      'peak RSS counts them all. Ceiling: the raw client of the bound (no maildoctor code: connect, TLS, ' +
      'greeting, drop) run the same way, 100 at a time against the same proxy and server, resuming its TLS ' +
      'session, in one thread, or in two with the accounts and the 100 slots split between them as ' +
      "`--workers 2` splits them; its time and CPU are its own process's, start included: what Node alone " +
      'reaches of the bound on this machine, where the servers and the proxy share its cores.',
  )
  const perWorker = rss
    .filter((r) => r.workers > 1)
    .map((r) => {
      const one = rss.find((o) => o.count === r.count && o.workers === 1)
      return one ? `${r.count} accounts: ${((r.mb - one.mb) / (r.workers - 1)).toFixed(0)} MiB` : ''
    })
  if (perWorker.some(Boolean))
    say(
      `Peak RSS each worker beyond the first adds (same accounts, 1 worker → more): ` +
        `${perWorker.filter(Boolean).join('; ')}.`,
    )
  if (runs.length > 1) {
    // Between the two largest runs: the smallest may end before the first sample.
    const first = runs[runs.length - 2]
    const last = runs[runs.length - 1]
    say()
    const bytesPerAccount = ((last.liveHeapMb - first.liveHeapMb) * 2 ** 20) / (last.count - first.count)
    say(
      `With one worker, live heap grows ${bytesPerAccount.toFixed(0)} ` +
        `bytes per extra account (${first.count} → ${last.count}): the results index (account key → where ` +
        `its line is in the results file, for resume) and the accounts the first pass over the batch file ` +
        `keeps for the checks (at most 10,000, ~450 bytes each: a longer file is read again past them); the ` +
        `results live in the results file. Peak RSS also counts garbage not yet collected: V8 grows its ` +
        `heap with the allocation rate, not with what is held.`,
    )
  }
  await proxy.close()
  say()
}

/**
 * BENCH_ONLY=batch or BENCH_ONLY=start: that part again (a quieter moment), put in place of
 * RESULTS.md's.
 */
async function onlyPart(part: 'batch' | 'start'): Promise<void> {
  const srv = await servers()
  const ports = srv.map((s) => s.port)
  await (part === 'batch' ? batchSection(ports) : startSection(ports[0]))
  await Promise.all(srv.map((s) => s.close()))
  const file = join(PACKAGE_ROOT, 'bench', 'RESULTS.md')
  const old = readFileSync(file, 'utf8')
  const from = old.indexOf(part === 'batch' ? '## Batch at' : '## CLI start')
  const to = old.indexOf('\n## ', from + 1)
  if (from < 0 || to < 0) throw new Error(`bench/RESULTS.md has no ${part} section to replace: run the whole benchmark`)
  writeFileSync(file, old.slice(0, from) + out.join('\n') + old.slice(to))
  console.log(`\n${part} section replaced in bench/RESULTS.md`)
}

async function main() {
  const started = new Date()
  say('# maildoctor benchmark')
  say()
  say(
    `Command: \`npm run bench\` (BENCH_RUNS=${RUNS}, median of runs), Node ${process.version}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, ${started.toISOString().slice(0, 10)}. ` +
      'Every section states the machine and its load when it was measured.',
  )
  say(
    'Servers: the fixture IMAP/POP3 servers and smtp-server on loopback (and real Dovecot and Postfix ' +
      'where this machine can run them), each behind a proxy that adds the round-trip time (first bytes ' +
      'held one RTT for the TCP handshake, every chunk half an RTT each way). Clients, proxies and ' +
      'servers share the same 2 cores.',
  )
  say()
  const srv = await servers()
  const ports = srv.map((s) => s.port)
  await fullCheck('Full check (7 endpoints, with login) against the critical-path bound', ports, {
    user: FIXTURE_USER,
    password: PW,
  })
  const real = realServers('up')
  if (real) {
    // Dovecot and Postfix as test/real/servers.sh configures them; port 25's role is played by
    // submission (Postfix's port 25 is not ours to take).
    await fullCheck(
      'The same against real Dovecot and Postfix (6 endpoints, with login)',
      [10993, 10143, 10995, 10110, 10465, 10587, 10587],
      { user: FIXTURE_USER, password: REAL_PASSWORD },
      6,
    )
    realServers('down')
  } else {
    say(
      'Real Dovecot and Postfix: not measured here (they need root and the packages: `test/real/servers.sh install`).',
    )
    say()
  }
  await startSection(ports[0])
  await batchSection(ports)
  say('## A filtered port does not stretch the check')
  say()
  machineLine()
  say()
  const filtered = await filteredPort()
  const healthyProxies = await Promise.all(ports.slice(0, 6).map((p) => startLatencyProxy(p, 50)))
  const endpoints: EndpointSpec[] = [
    ...healthyProxies.map((p, i) => ({
      protocol: LAYOUT[i].protocol,
      host: '127.0.0.1',
      port: p.port,
      security: LAYOUT[i].security,
      source: 'user' as const,
    })),
    { protocol: 'smtp', host: '127.0.0.1', port: filtered.port, security: 'starttls', source: 'user' },
  ]
  const timeoutMs = 2000
  const r = await runCheckRequest({
    target: { host: '127.0.0.1' },
    protocols: [],
    endpoints,
    options: {
      timeoutMs,
      deadlineMs: 30_000,
      ca: [testCaPem()],
      trace: false,
      allowPlaintextAuth: false,
      now: () => new Date(),
    },
  })
  say(
    `Six endpoints at 50 ms RTT and one that drops SYNs, stage timeout ${timeoutMs} ms: check ` +
      `${ms(r.durationMs)} (${(r.durationMs / timeoutMs).toFixed(2)} × the timeout); finding ` +
      `${r.findings.map((f) => f.cause).join(', ')}.`,
  )
  await Promise.all([filtered.close(), ...healthyProxies.map((p) => p.close())])
  await Promise.all(srv.map((s) => s.close()))
  writeFileSync(join(PACKAGE_ROOT, 'bench', 'RESULTS.md'), out.join('\n') + '\n')
  console.log('\nwritten to bench/RESULTS.md')
}

const only = process.env.BENCH_ONLY
await (only === 'batch' || only === 'start' ? onlyPart(only) : main())
process.exit(0)
