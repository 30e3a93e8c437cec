// node dist/bench/raw-cpu.js PORT COUNT: prints the raw client's CPU ms per account, full
// handshakes and resumed sessions, as JSON. A process of its own: only the client is counted.
import { testCaPem } from '../fixtures/servers/certs.js'
import { rawGreetingsCpuMs } from './raw-client.js'

const port = Number(process.argv[2])
const count = Number(process.argv[3] ?? 1000)
const endpoint = { protocol: 'imap', host: '127.0.0.1', port, security: 'tls', source: 'user' } as const
const full = await rawGreetingsCpuMs(endpoint, [testCaPem()], count, 100, false)
const resumed = await rawGreetingsCpuMs(endpoint, [testCaPem()], count, 100, true)
console.log(JSON.stringify({ full, resumed }))
