// `maildoctor discover`: what every source says about an address's servers, and which are used.
import { discoveryText } from '../report/discovery.js'
import { printableDeep } from '../report/printable.js'
import { discover } from '../discover/discover.js'
import { PROTOCOLS, type Protocol } from '../model/types.js'
import { parseAddress } from '../input/values.js'
import { deadlineSignal } from '../run/run-check.js'
import { EXIT, type Io } from './io.js'
import { sharedValues, type SharedFlags } from './run-options.js'

interface DiscoverFlags extends SharedFlags {
  imap?: boolean
  pop3?: boolean
  smtp?: boolean
  json?: boolean
}

export async function discoverCommand(io: Io, addressText: string, flags: DiscoverFlags): Promise<number> {
  const target = { address: parseAddress(addressText, '<address>') }
  const chosen = PROTOCOLS.filter((p) => flags[p])
  const protocols: Protocol[] = chosen.length ? chosen : [...PROTOCOLS]
  const { lang } = flags
  const { timeoutMs, deadlineMs, dnsServer, autoconfigUrls, ca } = await sharedValues(flags, io)
  const result = await discover(target.address, protocols, {
    // Each fetch and lookup has its limit; the whole discovery has the check's deadline too.
    signal: deadlineSignal({ deadlineMs }),
    dnsServer,
    timeoutMs,
    autoconfigUrls,
    ca,
  })
  io.stdout(
    flags.json
      ? JSON.stringify({ schemaVersion: 1, address: target.address, ...result }, null, 2) + '\n'
      : discoveryText(target.address, printableDeep(result), lang),
  )
  return EXIT.ok
}
