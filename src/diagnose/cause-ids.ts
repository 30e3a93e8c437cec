// The cause ids live with the model's types (findings carry them); re-exported for the rules.
export { CAUSE_IDS, isCauseId, type CauseId } from '../model/cause-ids.js'
