// node dist/bench/raw-batch.js PORT COUNT [CONCURRENCY] [THREADS]: the raw client run as a batch
// (connect, TLS, greeting, 100 at a time, resuming its TLS session as maildoctor does), in a
// process of its own and timed from outside like maildoctor's batch: the most Node alone does with
// these servers on this machine, the ceiling beside maildoctor's rows. With THREADS > 1 the
// accounts and the concurrency are split over that many threads, as a batch's --workers splits
// them: the ceiling for that many workers.
import { isMainThread, Worker, workerData } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import { testCaPem } from '../fixtures/servers/certs.js'
import { rawGreetings } from './raw-client.js'

const port = Number(process.argv[2])
const count = Number(process.argv[3] ?? 1000)
const concurrency = Number(process.argv[4] ?? 100)
const threads = Number(process.argv[5] ?? 1)
const endpoint = { protocol: 'imap', host: '127.0.0.1', port, security: 'tls', source: 'user' } as const

/** The share of `total` that thread `i` of `threads` takes. */
const share = (total: number, i: number): number => Math.floor(total / threads) + (i < total % threads ? 1 : 0)

if (!isMainThread) {
  const { count: mine, concurrency: slots } = workerData as { count: number; concurrency: number }
  await rawGreetings(endpoint, [testCaPem()], mine, slots)
} else {
  const others = Array.from({ length: threads - 1 }, (_, k) => {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      argv: process.argv.slice(2),
      workerData: { count: share(count, k + 1), concurrency: share(concurrency, k + 1) },
    })
    return new Promise((resolve, reject) => worker.once('exit', resolve).once('error', reject))
  })
  await Promise.all([rawGreetings(endpoint, [testCaPem()], share(count, 0), share(concurrency, 0)), ...others])
}
