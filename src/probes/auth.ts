// The login stage. Without a password nothing is tried and the report says what was not checked.
import type { Probe } from './probe.js'
import { skip } from './probe.js'

export const probeAuth: Probe = async (ctx) => {
  if (!ctx.options.credentials) return skip({ 'auth.tried': false }, [{ code: 'AUTH_NOT_TRIED', detail: 'no-password' }])
  return skip({ 'auth.tried': false }, [{ code: 'AUTH_NOT_TRIED', detail: 'not-implemented' }])
}
