// A cause as a person reads it. Text may name {params}; a detail or fix whose params are
// unknown for a finding is left out rather than printed with a hole.
export interface CauseText {
  title: string
  explanation: string
  details?: string[]
  fixes: string[]
}
