// A worker thread of a batch: checks the accounts the coordinator sends, with host slots the
// coordinator lends it, so the per-host limit and the rate stay those of the whole batch.
import { parentPort } from 'node:worker_threads'
import { secretsScrubber } from '../probes/secrets.js'
import { TlsSessionCache } from '../probes/tls-sessions.js'
import { BorrowedSlots } from './borrowed-slots.js'
import { SharedLoginLog } from './shared-login-log.js'
import { Outbox } from './outbox.js'
import { checkAccount } from './check-account.js'
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js'

const port = parentPort!
const outbox = new Outbox<FromWorker>((messages) => port.postMessage(messages))
const send = (message: FromWorker) => outbox.send(message)
const stop = new AbortController()
const lender = {
  ask: (host: string) => send({ type: 'slot', host }),
  giveBack: (host: string, count: number) => send({ type: 'release', host, count }),
}
let slots = new BorrowedSlots(lender)

const logins = new SharedLoginLog((host) => send({ type: 'refused', host }))
// Each thread renews the TLS sessions of its own connections; a first one for a server is shared.
const sessions = new TlsSessionCache({
  kept: (key, kept) => send({ type: 'session', key, kept }),
  forgot: (key) => send({ type: 'forgot', key }),
})
let opts: Parameters<typeof checkAccount>[1]
const withClock = (setup: WorkerSetup) => ({
  ...setup,
  run: { ...setup.run, now: () => new Date(), tlsSessions: sessions },
  env: {},
  secrets: secretsScrubber(setup.secretValues ?? []),
  signal: stop.signal,
})

port.on('message', (messages: ToWorker[]) => messages.forEach(receive))

function receive(message: ToWorker): void {
  if (message.type === 'setup') {
    opts = withClock(message.setup)
    slots = new BorrowedSlots(lender, message.setup.rated)
  } else if (message.type === 'check') {
    void checkAccount(message.account, opts, slots.gate, logins).then((result) =>
      send({ type: 'result', id: message.id, result }),
    )
  } else if (message.type === 'granted') slots.granted(message.host)
  else if (message.type === 'contended') slots.contended(message.host, message.waiting)
  else if (message.type === 'refused') logins.heard(message.host)
  else if (message.type === 'session') sessions.shared(message.key, message.kept)
  else if (message.type === 'forgot') sessions.forgotten(message.key)
  // Its own end, not terminate(): with its port closed the thread's loop empties and it ends, so
  // 'exit' listeners run (the code cache is written there). After the outbox's last post.
  else if (message.type === 'close') setImmediate(() => port.close())
  else stop.abort()
}
