import type { Action, StoreData } from '../../storage/schema';
import { formatDate } from '../domain/dates';
import { UID_DOMAIN, uidPart, type FeedEvent } from './feed-event';
import type { FeedScope } from './feed-scope';

/** Each action with a due date, open or closed, as an all-day event on that date (undefined: a pause point, see feed-events.ts). */
export function* actionEvents(data: Readonly<StoreData>, scope: FeedScope): Generator<FeedEvent | undefined> {
  for (const action of data.actions) yield action.due && scope.action(action.owner, action.committee) ? dueEvent(action, action.due) : undefined;
}

function dueEvent(action: Action, due: string): FeedEvent {
  const closed = action.status === 'Closed';
  const latest = action.updates.at(-1);
  const lines: (string | undefined)[] = [
    `${action.ref} (${action.committee}), owner ${action.owner}: ${action.text}`,
    `Status: ${action.status}${closed && action.closedOn ? ` (closed ${formatDate(action.closedOn)})` : ''}`,
    `Due: ${formatDate(due)}`,
    action.snoozedUntil && !closed ? `Reminders snoozed until ${formatDate(action.snoozedUntil)}` : undefined,
    action.raisedOn && `Raised: ${formatDate(action.raisedOn)}`,
    action.proposals.length ? `Proposals: ${action.proposals.join(', ')}` : undefined,
    latest && `Latest update (${formatDate(latest.on)}, ${latest.by}): ${latest.text}`,
    `Ask secbot: action ${action.ref}`,
  ];
  return {
    uid: `action-${uidPart(action.ref)}@${UID_DOMAIN}`,
    summary: `${closed ? 'Closed: ' : ''}Action ${action.ref} due (${action.owner})`,
    description: lines.filter((l): l is string => Boolean(l)),
    categories: ['Action'],
    when: { kind: 'day', date: due },
  };
}
