import type { Caller } from '../../src/core/caller';
import { requireAction } from '../../src/domain/queries';
import type { StoreData } from '../../storage/schema';
import { isActionOwner, linkedOwner } from './require-change-or-owner';
import { takeActionRef } from './write-words';

/**
 * Whether a 'change-or-owner' command's caller owns the action it names (the first words): a confirmed
 * link for closing and snoozing, any link for "Not mine", as the commands themselves check.
 */
export function isOwnerOfNamedAction(args: readonly string[], caller: Caller, data: Readonly<StoreData>, command = ''): boolean {
  try {
    const action = requireAction(data, takeActionRef([...args], 'action close CSC 12/01'));
    return command === 'action notmine' ? Boolean(linkedOwner(data, caller, action)) : isActionOwner(data, caller, action);
  } catch {
    return false;
  }
}
