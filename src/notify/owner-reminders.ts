import type { Address } from '../core/address';
import type { Person } from '../../storage/schema';
import { actionDueReason } from './action-due-reason';
import { createOwnerDirectory } from './owner-directory';
import { toOwnerEmail } from './owner-email';
import { personReach } from './person-reach';
import type { PlanContext, PlannedMessage } from './plan-types';
import { toOwnerReminder, type RemindedAction, type UnreachableAction } from './reminder-cards';
import { describeAddress } from './subscribers';
import { byCodePoint } from '../domain/code-point-order';

export interface OwnerPlan {
  messages: PlannedMessage[];
  /** Reminders nobody could receive directly: listed in committee channels instead. */
  stranded: UnreachableAction[];
}

interface Bucket {
  person: Person;
  /** Where their reminder goes: one address, or chat and email when they asked for both. */
  addresses: Address[];
  items: RemindedAction[];
}

export const ownerKey = (date: string, personId: string): string => `reminder:${date}:owner:${personId}`;

/** One direct message per person listing their actions due a reminder today. */
export function planOwnerReminders(ctx: PlanContext): OwnerPlan {
  const resolve = createOwnerDirectory(ctx.data);
  const buckets = new Map<string, Bucket | string>();
  const stranded: UnreachableAction[] = [];
  const openPerPerson = new Map<string, number>();
  for (const action of ctx.data.actions) {
    if (action.status !== 'Open') continue;
    const resolution = resolve(action.owner, action.ref);
    for (const person of resolution.people ?? []) openPerPerson.set(person.id, (openPerPerson.get(person.id) ?? 0) + 1);
    const reason = actionDueReason(action, ctx);
    if (!reason) continue;
    const why = resolution.people ? addToBuckets(ctx, buckets, resolution.people, { action, reason }) : resolution.reason;
    if (why) stranded.push({ action, reason, why });
  }
  const reached = [...buckets.values()].filter((b): b is Bucket => typeof b !== 'string' && b.items.length > 0);
  const messages = reached.flatMap((b) => toMessages(ctx, b, (openPerPerson.get(b.person.id) ?? 0) - b.items.length));
  return { messages, stranded };
}

/** Adds the action to every reachable person's message; returns why nobody was reachable, if so. */
function addToBuckets(ctx: PlanContext, buckets: Map<string, Bucket | string>, people: readonly Person[], item: RemindedAction): string | undefined {
  const reasons: string[] = [];
  for (const person of people) {
    let bucket = buckets.get(person.id);
    if (bucket === undefined) buckets.set(person.id, (bucket = reach(ctx, person)));
    if (typeof bucket === 'string') reasons.push(bucket);
    else bucket.items.push(item);
  }
  return reasons.length === people.length ? reasons.join('; ') : undefined;
}

/** The person's message so far, or why they cannot be reached (including a failed DM earlier today). */
function reach(ctx: PlanContext, person: Person): Bucket | string {
  const failed = ctx.ledger.get(ownerKey(ctx.today, person.id));
  if (failed?.status === 'unreachable') return `${person.name}: ${failed.lastError ?? 'unreachable'}`;
  const found = personReach(ctx.data, person, ctx.platforms);
  return found.addresses ? { person, addresses: found.addresses, items: [] } : found.reason;
}

/**
 * The first address carries the person's reminder under ownerKey, whichever channel it is, so a
 * reminder sent by email is not sent again by chat the same day; a second channel ("both") has its own key.
 */
function toMessages(ctx: PlanContext, { person, addresses, items }: Bucket, otherOpen: number): PlannedMessage[] {
  const sorted = [...items].sort((a, b) => byCodePoint(a.action.ref, b.action.ref));
  return addresses.map((address, i) => ({
    key: i === 0 ? ownerKey(ctx.today, person.id) : `${ownerKey(ctx.today, person.id)}:${address.platform}`,
    kind: 'owner',
    recipient: `${person.name} (${describeAddress(address)})`,
    address,
    reply: address.platform === 'email' ? toOwnerEmail(ctx, person, sorted, otherOpen) : toOwnerReminder(person.name, sorted, otherOpen),
    summary: sorted.map((i) => `${i.action.ref} ${i.reason}`).join('; '),
  }));
}

