// Starts real Dovecot and Postfix before the real-server tests and stops them after. A failure
// to start fails the run: these tests never skip.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const script = join(import.meta.dirname, 'servers.sh')

export function setup(): void {
  execFileSync('bash', [script, 'up'], { stdio: 'inherit', timeout: 110_000 })
}

export function teardown(): void {
  execFileSync('bash', [script, 'down'], { stdio: 'inherit', timeout: 60_000 })
}
