// A worker thread of a batch: checks the accounts the coordinator sends, asking it for every
// host slot, so the per-host limit and the rate stay those of the whole batch.
import { parentPort } from 'node:worker_threads'
import { secretsScrubber } from '../probes/secrets.js'
import { TlsSessionCache } from '../probes/tls-sessions.js'
import { LoginLog } from '../run/login-log.js'
import type { Gate } from './gate.js'
import { Outbox } from './outbox.js'
import { checkAccount } from './check-account.js'
import type { FromWorker, ToWorker, WorkerSetup } from './worker-messages.js'

const port = parentPort!
const outbox = new Outbox<FromWorker>((messages) => port.postMessage(messages))
const send = (message: FromWorker) => outbox.send(message)
const stop = new AbortController()

const waiting = new Map<number, () => void>()
let nextSlot = 0
const gate: Gate = async (host) => {
  const id = nextSlot++
  await new Promise<void>((resolve) => {
    waiting.set(id, resolve)
    send({ type: 'slot', id, host })
  })
  let released = false
  return () => {
    if (released) return
    released = true
    send({ type: 'release', id })
  }
}

/** Refused logins are the batch's knowledge, not this thread's: told to the coordinator too. */
class SharedLoginLog extends LoginLog {
  override noteRefused(host: string): void {
    super.noteRefused(host)
    send({ type: 'refused', host })
  }
  heard(host: string): void {
    super.noteRefused(host)
  }
}
const logins = new SharedLoginLog()
// Each thread keeps the TLS sessions of its own connections (a session is not shared across threads).
let opts: Parameters<typeof checkAccount>[1]
const withClock = (setup: WorkerSetup) => ({
  ...setup,
  run: { ...setup.run, now: () => new Date(), tlsSessions: new TlsSessionCache() },
  env: {},
  secrets: secretsScrubber(setup.secretValues ?? []),
  signal: stop.signal,
})

port.on('message', (messages: ToWorker[]) => messages.forEach(receive))

function receive(message: ToWorker): void {
  if (message.type === 'setup') opts = withClock(message.setup)
  else if (message.type === 'check') {
    void checkAccount(message.account, opts, gate, logins).then((result) =>
      send({ type: 'result', id: message.id, result }),
    )
  } else if (message.type === 'granted') {
    const resolve = waiting.get(message.id)
    waiting.delete(message.id)
    resolve?.()
  } else if (message.type === 'refused') logins.heard(message.host)
  else stop.abort()
}
