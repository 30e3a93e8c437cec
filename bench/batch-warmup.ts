// node dist/bench/batch-warmup.js [COUNT] [WORKERS] [SLICE]: where a batch's CPU goes over its run,
// slice by slice of SLICE finished accounts (Linux: threads' CPU from /proc). `maildoctor batch`
// runs as the benchmark runs it (bin/maildoctor.js, 50 ms RTT, concurrency 100, one host); per slice:
// wall time, CPU of the main thread and of the others (worker threads, V8's compiler and GC
// helpers), and the connections open at the proxy on average (of 100: slots kept busy).
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startScriptedServer } from '../fixtures/servers/scripted-server.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { startLatencyProxy } from './latency-proxy.js'

const [count, workers, slice] = [1000, 1, 100].map((d, i) => Number(process.argv[2 + i] ?? d))
const TICK_MS = 10
const server = await startScriptedServer({ protocol: 'imap', tls: 'implicit', accounts: {} })
let opened = 0
let closed = 0
const proxy = await startLatencyProxy(server.port, 50, '127.0.0.1', (client) => {
  opened++
  client.once('close', () => closed++)
})
const file = join(tmpdir(), `maildoctor-warmup-${process.pid}.csv`)
const rows = Array.from({ length: count }, (_, i) => `u${i}@bench.test,127.0.0.1,imap,${proxy.port},tls`)
writeFileSync(file, ['address,host,protocols,port,security', ...rows].join('\n') + '\n')
const args = ['--concurrency', '100', '--per-host', '100', '--workers', String(workers), '--format', 'json']
const ca = join(PACKAGE_ROOT, 'fixtures', 'certs', 'ca.crt')
const t0 = performance.now()
const child = spawn(
  process.execPath,
  [join(PACKAGE_ROOT, 'bin', 'maildoctor.js'), 'batch', file, ...args, '--ca', ca],
  {
    stdio: 'ignore',
  },
)

/** CPU ms of each thread of the batch's process so far (a thread that ended keeps its last figure). */
const threads = new Map<string, number>()
function readThreads(): void {
  try {
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      threads.set(tid, (Number(fields[11]) + Number(fields[12])) * 10)
    }
  } catch {
    // The process or a thread has just ended.
  }
}
interface Sample {
  ms: number
  done: number
  open: number
  main: number
  others: number
}
const samples: Sample[] = []
const sampler = setInterval(() => {
  readThreads()
  const main = threads.get(String(child.pid)) ?? 0
  const all = [...threads.values()].reduce((a, b) => a + b, 0)
  samples.push({ ms: performance.now() - t0, done: closed, open: opened - closed, main, others: all - main })
}, TICK_MS)
await new Promise((resolve) => child.once('exit', resolve))
// The proxy sees the last connections close a half round trip later.
for (const until = performance.now() + 1000; closed < count && performance.now() < until;)
  await new Promise((resolve) => setTimeout(resolve, TICK_MS))
clearInterval(sampler)
rmSync(file, { force: true })

console.log(`${count} accounts, ${workers} worker(s), slices of ${slice}: CPU ms of the batch's threads`)
console.log('| accounts done | at | wall | CPU main | CPU others | CPU per account | open connections |')
console.log('|---|---|---|---|---|---|---|')
let from: Sample = { ms: 0, done: 0, open: 0, main: 0, others: 0 }
for (let k = 1; from.done < count; k++) {
  // The first slice ends with the first account done: the start (Node, loading, the first pass, the first handshakes).
  const to = samples.find((s) => s.done >= (k === 1 ? 1 : (k - 1) * slice)) ?? samples[samples.length - 1]
  if (to === from) break
  const within = samples.filter((s) => s.ms > from.ms && s.ms <= to.ms)
  const open = within.reduce((a, s) => a + s.open, 0) / Math.max(1, within.length)
  const [main, others] = [to.main - from.main, to.others - from.others]
  const accounts = Math.max(1, to.done - from.done)
  const label = k === 1 ? 'start → 1' : `${from.done} → ${to.done}`
  const perAccount = k === 1 ? '–' : ((main + others) / accounts).toFixed(2)
  const times = `${Math.round(to.ms)} ms | ${Math.round(to.ms - from.ms)} ms`
  console.log(`| ${label} | ${times} | ${main} | ${others} | ${perAccount} | ${open.toFixed(0)} |`)
  from = to
}
await proxy.close()
await server.close()
