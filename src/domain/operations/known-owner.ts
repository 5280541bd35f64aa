import type { StoreData } from '../../../storage/schema';
import { requireKnownOwner } from '../queries/require-known-owner';

/**
 * The owner an action edit may record, as the directory names them: someone the reminders can reach. The
 * one place edits call the directory check, so a change to how owners are checked is one line here.
 */
export function knownOwner(data: Readonly<StoreData>, owner: string, actionRef: string): string {
  return requireKnownOwner(data, owner, { actionRef, retry: (name) => `action edit "${actionRef}" owner ${/\s/.test(name) ? `"${name}"` : name}` });
}
