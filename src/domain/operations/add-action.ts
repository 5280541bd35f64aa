import { UserError } from '../../core/errors';
import type { Action, StoreData } from '../../../storage/schema';
import { normaliseCommittee } from '../committees';
import { findProposalRefs, normaliseActionRef, normaliseProposalRef } from '../references';
import { actionWithRef } from '../queries/find-action';
import { currentProposalRef } from './find';
import { compact, emitEvent, type OperationMeta } from './meta';
import { nextActionRef, splitActionRef } from './next-action-ref';
import { TEXT_LIMITS } from '../text-limits';
import { requireIsoDate, requireText } from './validate';
import { calendarOr, requirePlannedDate } from '../fact-dates';

export interface AddActionInput {
  /** Committee name or id ("CSC", "Operations Group"); optional when `ref` is given. */
  committee?: string;
  /** As written: a person, an organisation ("DCC", "SECAS") or initials ("GS"). */
  owner: string;
  text: string;
  due?: string;
  /** "CSC 12/02"; default: the next item of the committee's latest (or given) meeting. */
  ref?: string;
  meeting?: number;
  /** Extra proposals besides those mentioned in the text. */
  proposals?: readonly string[];
  /** Default: meta.today. */
  raisedOn?: string;
  /** Raised at an earlier meeting than this date (minutes carrying it forward); then raisedOn stays unknown. */
  raisedBefore?: string;
}

/** Record a new open action; proposals named in its text are linked. Records `action.added`. */
export function addAction(draft: StoreData, input: AddActionInput, meta: OperationMeta): Action {
  const { committee, ref } = resolveRef(draft, input);
  const text = requireText(input.text, 'The action text', `action add ${committee} SECAS "Arrange a meeting with DCC"`, TEXT_LIMITS.actionText);
  const owner = requireText(input.owner, 'The owner', `action add ${committee} SECAS "${text.slice(0, 30)}"`, TEXT_LIMITS.name);
  const due = input.due === undefined ? undefined : requireIsoDate(input.due, 'The due date');
  if (due && !meta.asStated) requirePlannedDate(due, meta.today, calendarOr(meta.calendar), 'The due date', (day) => `action add ${committee} ${owner} "${text.slice(0, 30)}" due ${day}`);
  const mentioned = [...findProposalRefs(text), ...(input.proposals ?? []).map((p) => normaliseProposalRef(p))];
  const action: Action = compact({
    ref, committee, owner, text, status: 'Open' as const,
    raisedOn: input.raisedBefore ? undefined : requireIsoDate(input.raisedOn ?? meta.today, 'The raised date'),
    raisedBefore: input.raisedBefore ? requireIsoDate(input.raisedBefore, 'The raised-before date') : undefined,
    due,
    proposals: [...new Set(mentioned.map((p) => currentProposalRef(draft, p)))],
    updates: [],
    source: meta.source,
  });
  draft.actions.push(action);
  emitEvent(draft, meta, 'action.added', ref, { ref, committee, owner, text, due: action.due, proposals: action.proposals });
  return action;
}

function resolveRef(draft: StoreData, input: AddActionInput): { committee: string; ref: string } {
  if (!input.ref) {
    if (!input.committee?.trim()) throw new UserError('The committee is missing.', 'For example: action add CSC SECAS "Arrange a meeting with DCC".');
    const committee = normaliseCommittee(input.committee);
    return { committee, ref: nextActionRef(draft, committee, input.meeting) };
  }
  const ref = normaliseActionRef(input.ref);
  const fromRef = splitActionRef(ref).committee;
  const committee = input.committee?.trim() ? normaliseCommittee(input.committee) : fromRef;
  if (committee !== fromRef) {
    throw new UserError(`The reference ${ref} belongs to ${fromRef}, not ${committee}.`, `For example: action add ${fromRef} SECAS "Text" ref "${ref}".`);
  }
  const existing = actionWithRef(draft, ref);
  if (existing) throw new UserError(`Action ${ref} already exists (${existing.owner}: ${existing.text.slice(0, 60)}).`, `Leave out "ref" to take the next free number.`);
  return { committee, ref };
}
