import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'
import { ACCOUNT_IT } from './it-account.js'
import { CONNECTION_IT } from './it-connection.js'

// Every cause once: the type fails the build if one of the two halves misses a cause.
export const CAUSES_IT: Record<CauseId, CauseText> = { ...CONNECTION_IT, ...ACCOUNT_IT }
