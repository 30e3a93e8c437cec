// Refused logins per host, for the whole check or batch: a server that answers logins slowly
// after failed attempts (Dovecot's auth_failure_delay and its per-IP penalty) is slowing logins
// down, not down for maintenance.
export class LoginLog {
  private readonly refused = new Map<string, number>()

  refusedAt(host: string): number {
    return this.refused.get(host.toLowerCase()) ?? 0
  }

  noteRefused(host: string): void {
    const key = host.toLowerCase()
    this.refused.set(key, this.refusedAt(key) + 1)
  }
}
