import type { Evidence } from '../../model/types.js'

/** Above this share of the quota the mailbox is reported as nearly full. */
const QUOTA_WARNING = 0.9

export function quotaEvidence(used: number, limit: number): Evidence[] {
  if (!limit) return []
  const share = used / limit
  const detail = `${Math.round(share * 100)}%`
  if (share >= 1) return [{ code: 'MAILBOX_FULL', detail }]
  if (share >= QUOTA_WARNING) return [{ code: 'MAILBOX_NEARLY_FULL', detail }]
  return []
}
