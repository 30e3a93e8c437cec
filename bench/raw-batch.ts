// node dist/bench/raw-batch.js PORT COUNT: the raw client run as a batch (connect, TLS, greeting,
// 100 at a time, resuming its TLS session as maildoctor does), in a process of its own and timed
// from outside like maildoctor's batch: the most Node alone does with these servers on this
// machine, the ceiling beside maildoctor's rows.
import { testCaPem } from '../fixtures/servers/certs.js'
import { rawGreetings } from './raw-client.js'

const port = Number(process.argv[2])
const count = Number(process.argv[3] ?? 1000)
const endpoint = { protocol: 'imap', host: '127.0.0.1', port, security: 'tls', source: 'user' } as const
await rawGreetings(endpoint, [testCaPem()], count, Number(process.argv[4] ?? 100))
