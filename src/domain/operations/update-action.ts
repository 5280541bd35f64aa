import type { Action, StoreData } from '../../../storage/schema';
import { actorOf } from './close-action';
import { requireAction } from './find';
import { emitEvent, type OperationMeta } from './meta';
import { requireIsoDate, requireText } from './validate';

export interface UpdateActionInput {
  ref: string;
  text: string;
  /** Default: meta.today. */
  on?: string;
  /** Who gave the update; default meta.actor. */
  by?: string;
}

/** Append a progress update to an action (open or closed). Records `action.updated`. */
export function updateAction(draft: StoreData, input: UpdateActionInput, meta: OperationMeta): Action {
  const action = requireAction(draft, input.ref);
  const text = requireText(input.text, 'The update text', `action update "${action.ref}" DCC sent the draft legal text`);
  const on = requireIsoDate(input.on ?? meta.today, 'The update date');
  const by = actorOf(input.by, meta);
  action.updates.push({ on, text, by });
  emitEvent(draft, meta, 'action.updated', action.ref, { ref: action.ref, owner: action.owner, text, on, by });
  return action;
}
