import { UserError } from '../core/errors';
import type { Subscription, SubscriptionEvent } from '../../storage/schema';
import { ALL_COMMITTEES } from './subscribers';

export interface Removal {
  /** Committees to stop; undefined = all of them. */
  committees?: readonly string[];
  /** Events to stop; undefined = all of them. */
  events?: readonly SubscriptionEvent[];
}

export interface UnsubscribeResult {
  /** The channel's subscriptions after the change. */
  kept: Subscription[];
  removed: string[];
  changed: string[];
}

/**
 * Take committees and/or events off one channel's subscriptions. A subscription keeps the committees
 * not removed with all its events, and the removed committees with the events not removed; empty ones go.
 */
export function planUnsubscribe(channel: readonly Subscription[], removal: Removal, newId: () => string): UnsubscribeResult {
  const allCommittees = !removal.committees || removal.committees.includes(ALL_COMMITTEES);
  const result: UnsubscribeResult = { kept: [], removed: [], changed: [] };
  for (const s of channel) {
    if (!allCommittees && s.committees.includes(ALL_COMMITTEES) && (!removal.events || s.events.some((e) => removal.events!.includes(e)))) {
      throw new UserError(
        `${s.id} covers all committees, so I can't take ${removal.committees!.join(', ')} off it.`,
        `Unsubscribe it (unsubscribe all${removal.events ? ` events ${removal.events.join(',')}` : ''}), then subscribe the committees you want.`,
      );
    }
    const hit = allCommittees ? s.committees : s.committees.filter((c) => removal.committees!.includes(c));
    const rest = s.committees.filter((c) => !hit.includes(c));
    const leftEvents = removal.events ? s.events.filter((e) => !removal.events!.includes(e)) : [];
    const pieces = [
      ...(rest.length ? [{ ...s, committees: rest }] : []),
      ...(hit.length && leftEvents.length ? [{ ...s, committees: hit, events: leftEvents }] : []),
    ];
    if (!hit.length || (removal.events && !s.events.some((e) => removal.events!.includes(e)))) result.kept.push(s);
    else if (!pieces.length) result.removed.push(s.id);
    else {
      result.changed.push(s.id);
      result.kept.push(pieces[0]!, ...pieces.slice(1).map((p) => ({ ...p, id: newId() })));
    }
  }
  return result;
}
