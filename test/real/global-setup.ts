// Starts real Dovecot and Postfix before the real-server tests and stops them after. A failure
// to start fails the run: these tests never skip.
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const script = join(import.meta.dirname, 'servers.sh')

// Asynchronous on purpose: a synchronous stop blocks vitest's main process while it waits for
// the test worker to exit, and the worker then counts as hung. The output is inherited, not
// piped: the daemons that `up` starts would hold a pipe open long after the script ends.
function servers(action: 'up' | 'down', timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, action], { stdio: 'inherit', timeout: timeoutMs })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`servers.sh ${action}: ${signal ? `killed by ${signal}` : `exit ${code}`}`))))
  })
}

export const setup = (): Promise<void> => servers('up', 110_000)
export const teardown = (): Promise<void> => servers('down', 60_000)
