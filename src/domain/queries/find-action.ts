import { UserError } from '../../core/errors';
import { nearestReferences } from '../../core/suggest';
import { itemWithKey } from '../../../storage/item-with-key';
import type { Action, StoreData } from '../../../storage/schema';
import { normaliseActionRef } from '../references';
import { orList } from './find-proposal';

/** The action with this exact canonical reference (in a transaction's draft too, ready to change). */
export function actionWithRef(data: Readonly<StoreData>, ref: string): Action | undefined {
  return itemWithKey(data.actions, 'ref', ref);
}

/** `CSC 12/01`, `csc12/1`, `ACTION CSC 10/01`; unknown → UserError with the nearest references. */
export function requireAction(data: Readonly<StoreData>, input: string): Action {
  const ref = normaliseActionRef(input.trim());
  const action = actionWithRef(data, ref);
  if (action) return action;
  const near = nearestReferences(ref, data.actions.map((a) => a.ref), 3);
  const guess = near.length ? ` Did you mean ${orList(near)}?` : '';
  throw new UserError(`No action ${ref}.${guess}`, 'See them all with `actions all`.');
}
