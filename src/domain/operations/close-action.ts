import { UserError } from '../../core/errors';
import type { Action, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';
import { requireAction } from './find';
import { compact, emitEvent, type OperationMeta } from './meta';
import { requireIsoDate } from './validate';

export interface CloseActionInput {
  ref: string;
  /** Kept as an update on the action. */
  note?: string;
  /** Default: meta.today. */
  on?: string;
  /** Who closed it; default meta.actor. */
  by?: string;
}

/** Close an open action (a note becomes an update). Records `action.closed`. */
export function closeAction(draft: StoreData, input: CloseActionInput, meta: OperationMeta): Action {
  const action = requireAction(draft, input.ref);
  if (action.status === 'Closed') {
    const when = action.closedOn ? ` on ${formatDate(action.closedOn)}` : '';
    throw new UserError(`${action.ref} was already closed${when}.`, `Add a note instead: action update "${action.ref}" TEXT.`);
  }
  const on = requireIsoDate(input.on ?? meta.today, 'The closing date');
  const note = input.note?.trim() || undefined;
  action.status = 'Closed';
  action.closedOn = on;
  if (note) action.updates.push({ on, text: note, by: actorOf(input.by, meta) });
  emitEvent(draft, meta, 'action.closed', action.ref, compact({ ref: action.ref, owner: action.owner, on, note }));
  return action;
}

export function actorOf(by: string | undefined, meta: OperationMeta): string {
  return by?.trim() || meta.actor || meta.source;
}
