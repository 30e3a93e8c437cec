import type { CauseId } from '../../model/cause-ids.js'
import type { CauseText } from './types.js'
import { ACCOUNT_EN } from './en-account.js'
import { CONNECTION_EN } from './en-connection.js'

// Every cause once: the type fails the build if one of the two halves misses a cause.
export const CAUSES_EN: Record<CauseId, CauseText> = { ...CONNECTION_EN, ...ACCOUNT_EN }
