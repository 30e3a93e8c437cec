// Refused logins are the batch's knowledge, not one thread's: a thread's own refusals are told
// to the others, and what the others tell is heard without being told again.
import { LoginLog } from '../run/login-log.js'

export class SharedLoginLog extends LoginLog {
  constructor(private readonly tell: (host: string) => void) {
    super()
  }

  override noteRefused(host: string): void {
    super.noteRefused(host)
    this.tell(host)
  }

  heard(host: string): void {
    super.noteRefused(host)
  }
}
