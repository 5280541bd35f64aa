import { UserError } from '../../core/errors';
import type { Action, StoreData } from '../../../storage/schema';
import { normaliseCommittee } from '../committees';
import { formatDate } from '../dates';
import { findProposalRefs, parseActionRef } from '../references';
import { actionWithRef } from '../queries/find-action';
import { TEXT_LIMITS } from '../text-limits';
import { changeOf, isClear, type FieldChange } from './field-change';
import { currentProposalRef, requireAction } from './find';
import { knownOwner } from './known-owner';
import type { OperationMeta } from './meta';
import { nextActionRef, splitActionRef } from './next-action-ref';
import { setActionDue } from './set-action-due';
import { requireText } from './validate';

export const ACTION_FIELDS = ['owner', 'text', 'committee', 'due'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface EditActionInput {
  ref: string;
  /** Field → value as typed; `due` is YYYY-MM-DD (the command parses the date). */
  changes: Partial<Record<ActionField, string>>;
}

export interface ActionEdit {
  action: Action;
  changes: FieldChange[];
  warnings: string[];
}

/**
 * Correct an action's owner (someone in the directory), text or committee, or move its due date (the same
 * operation as `action due`). A committee change renumbers the action in that committee. No news is queued
 * for a correction; the audit log keeps the before and after.
 */
export function editAction(draft: StoreData, input: EditActionInput, meta: OperationMeta): ActionEdit {
  const action = requireAction(draft, input.ref);
  const subject = action.ref;
  const { owner, text, due, committee } = input.changes;
  const changes: FieldChange[] = [];
  const warnings: string[] = [];
  if (owner !== undefined) {
    const value = refuseClear(owner, 'an owner', `action edit "${subject}" owner SECAS`);
    changes.push(changeOf(subject, 'Owner', action.owner, (action.owner = knownOwner(draft, requireText(value, 'The owner', `action edit "${subject}" owner SECAS`, TEXT_LIMITS.name), subject))));
  }
  if (text !== undefined) changes.push(changeOf(subject, 'Text', action.text, setText(draft, action, refuseClear(text, 'its text', `action edit "${subject}" text "What is to be done"`))));
  if (due !== undefined) {
    const moved = setActionDue(draft, { ref: action.ref, due }, meta);
    changes.push({ label: 'Due date', ...(moved.previous ? { before: formatDate(moved.previous) } : {}), after: formatDate(due) });
    warnings.push(...moved.warnings);
  }
  if (committee !== undefined) changes.push(...moveToCommittee(draft, action, refuseClear(committee, 'a committee', `action edit "${subject}" committee OPSG`)));
  return { action, changes, warnings };
}

function refuseClear(value: string, what: string, example: string): string {
  if (isClear(value)) throw new UserError(`An action needs ${what}; it cannot be cleared.`, `For example: ${example}`);
  return value;
}

/** New text; proposals it names are linked, and those only the old text named are unlinked. */
function setText(draft: StoreData, action: Action, value: string): string {
  const text = requireText(value, 'The action text', `action edit "${action.ref}" text "What is to be done"`, TEXT_LIMITS.actionText);
  const linked = (t: string) => new Set(findProposalRefs(t).map((p) => currentProposalRef(draft, p)));
  const before = linked(action.text);
  const after = linked(text);
  action.proposals = [...new Set([...action.proposals.filter((p) => !before.has(p) || after.has(p)), ...after])];
  action.text = text;
  return text;
}

/** `committee OPSG` takes OPSG's next free number; `committee "OPSG 26/03"` gives the reference too. */
function moveToCommittee(draft: StoreData, action: Action, value: string): FieldChange[] {
  const from = action.ref;
  const givenRef = parseActionRef(value);
  const committee = givenRef ? splitActionRef(givenRef).committee : normaliseCommittee(value);
  // changeOf refuses a value the action already has ("CSC 12/01’s committee is already “CSC”").
  if (committee === action.committee && !givenRef) changeOf(from, 'Committee', action.committee, committee);
  const ref = givenRef ?? numbered(draft, committee, from);
  if (ref === from) changeOf(from, 'Reference', from, ref);
  const taken = actionWithRef(draft, ref);
  if (taken) throw new UserError(`Action ${ref} already exists (${taken.owner}: ${taken.text.slice(0, 60)}).`, `Leave the number out to take the next free one: action edit "${from}" committee ${committee}`);
  const changes = committee === action.committee ? [] : [changeOf(from, 'Committee', action.committee, committee)];
  action.committee = committee;
  action.ref = ref;
  return [...changes, changeOf(from, 'Reference', from, ref)];
}

function numbered(draft: StoreData, committee: string, from: string): string {
  try {
    return nextActionRef(draft, committee);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(error.message, `Give the reference it should have: action edit "${from}" committee "${committee} 12/01"`);
  }
}
