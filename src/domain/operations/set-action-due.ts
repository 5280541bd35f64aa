import { UserError } from '../../core/errors';
import type { Action, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';
import { requireAction } from './find';
import { emitEvent, type OperationMeta } from './meta';
import { requireIsoDate } from './validate';
import { calendarOr, overdueNote, requirePlannedDate } from '../fact-dates';

export interface SetActionDueInput {
  ref: string;
  /** YYYY-MM-DD. */
  due: string;
}

export interface DueChange {
  action: Action;
  previous?: string;
  warnings: string[];
}

/** Set or move an open action's due date. Records `action.due-changed`. */
export function setActionDue(draft: StoreData, input: SetActionDueInput, meta: OperationMeta): DueChange {
  const action = requireAction(draft, input.ref);
  const due = requireIsoDate(input.due, 'The due date');
  if (action.status === 'Closed') {
    throw new UserError(`${action.ref} is closed, so it has no due date to change.`, `See it with: action "${action.ref}".`);
  }
  if (action.due === due) throw new UserError(`${action.ref} is already due on ${formatDate(due)}.`, `Pick another date, e.g. action due "${action.ref}" 30 Sep 2023.`);
  const calendar = calendarOr(meta.calendar);
  if (!meta.asStated) requirePlannedDate(due, meta.today, calendar, 'The due date', (day) => `action due "${action.ref}" ${day}`);
  const previous = action.due;
  action.due = due;
  emitEvent(draft, meta, 'action.due-changed', action.ref, { ref: action.ref, owner: action.owner, from: previous, to: due });
  const overdue = overdueNote(due, meta.today, calendar, action.ref);
  const warnings = overdue ? [overdue] : [];
  return { action, ...(previous ? { previous } : {}), warnings };
}
