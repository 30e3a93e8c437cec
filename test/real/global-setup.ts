// Starts real Dovecot and Postfix before the real-server tests and stops them after. A failure
// to start fails the run: these tests never skip.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { startIntrospection, type RunningIntrospection } from '../../fixtures/servers/introspection-server.js'
import { REAL_TOKENS } from './oauth-tokens.js'

const script = join(import.meta.dirname, 'servers.sh')

// Asynchronous on purpose: a synchronous stop blocks vitest's main process while it waits for
// the test worker to exit, and the worker then counts as hung. The output is inherited, not
// piped: the daemons that `up` starts would hold a pipe open long after the script ends.
function servers(action: 'up' | 'down', timeoutMs: number, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, action], {
      stdio: 'inherit',
      timeout: timeoutMs,
      env: { ...process.env, ...env },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`servers.sh ${action}: ${signal ? `killed by ${signal}` : `exit ${code}`}`)),
    )
  })
}

// Dovecot's oauth2 passdb asks this endpoint about every token; it lives as long as the servers.
let introspection: RunningIntrospection | undefined

export async function setup(): Promise<void> {
  introspection = await startIntrospection(REAL_TOKENS)
  await servers('up', 110_000, { MD_REAL_INTROSPECTION: introspection.url })
}

export async function teardown(): Promise<void> {
  try {
    await servers('down', 60_000)
  } finally {
    await introspection?.close()
  }
}
