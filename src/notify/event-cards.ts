import type { Reply } from '../core/reply';
import type { DomainEvent } from '../../storage/schema';
import { formatDate } from '../domain/dates';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const on = (value: unknown): string => (/^\d{4}-\d{2}-\d{2}$/.test(str(value)) ? formatDate(str(value)) : '');
const refOf = (event: DomainEvent): string => str(event.data.ref) || event.ref || '';
const statusButton = (ref: string) => [{ label: 'Status', actionId: 'proposal.status', command: `status ${ref}` }];

export function toStageCard(event: DomainEvent): Reply {
  const ref = refOf(event);
  const note = str(event.data.note);
  return {
    kind: 'info',
    title: `${ref} moved to ${str(event.data.to)}`,
    text: str(event.data.title) || undefined,
    fields: [
      { label: 'From', value: str(event.data.from) || 'unknown' },
      { label: 'To', value: str(event.data.to) },
      { label: 'On', value: on(event.data.on) || 'not given' },
      ...(note ? [{ label: 'Note', value: note }] : []),
    ],
    buttons: statusButton(ref),
  };
}

export function toDecisionCard(event: DomainEvent): Reply {
  const ref = refOf(event);
  const to = str(event.data.to);
  return {
    kind: 'info',
    title: `${ref}: ${str(event.data.outcome) || 'decision'} by ${str(event.data.body) || 'the deciding body'}`,
    text: str(event.data.title) || undefined,
    fields: [{ label: 'On', value: on(event.data.on) || 'not given' }, ...(to ? [{ label: 'Now', value: to }] : [])],
    buttons: statusButton(ref),
  };
}

/** Sent to the change team when an owner presses "Not mine" on a reminder. */
export function toDisownedCard(event: DomainEvent): Reply {
  const ref = refOf(event);
  return {
    kind: 'warning',
    title: `${str(event.data.by) || 'Someone'} says action ${ref} is not theirs`,
    text: str(event.data.text) || undefined,
    fields: [
      { label: 'Owner on record', value: str(event.data.owner) || 'unknown' },
      { label: 'Committee', value: str(event.data.committee) || 'unknown' },
    ],
    context: [`See it with: action "${ref}". Change the owner or close it once you know who should have it.`],
  };
}
