import { addressKey } from '../core/address';
import type { Subscription } from '../../storage/schema';
import { formatInstant } from '../domain/dates';
import { ALL_COMMITTEES, describeAddress } from './subscribers';

const committeesText = (s: Subscription): string => (s.committees.includes(ALL_COMMITTEES) ? 'all committees' : s.committees.join(', '));

/** "S1: CSC, OPSG · new-dp, digest · by Gemma Smith (slack:U_GS), 22 Aug 2023 10:00". */
export function describeSubscription(s: Subscription): string {
  return `${s.id}: ${committeesText(s)} · ${s.events.join(', ')} · by ${s.createdBy}, ${formatInstant(s.createdAt)}`;
}

function sharedCommittees(a: Subscription, b: Subscription): string[] {
  if (a.committees.includes(ALL_COMMITTEES)) return b.committees.includes(ALL_COMMITTEES) ? ['all committees'] : b.committees;
  if (b.committees.includes(ALL_COMMITTEES)) return a.committees;
  return a.committees.filter((c) => b.committees.includes(c));
}

/**
 * Pairs of subscriptions of the same channel that cover the same committee and event. Harmless (the
 * channel still gets each message once) but usually a sign one of them can go.
 */
export function overlapWarnings(subscriptions: readonly Subscription[]): string[] {
  const warnings: string[] = [];
  subscriptions.forEach((a, i) => {
    for (const b of subscriptions.slice(i + 1)) {
      if (addressKey(a.address) !== addressKey(b.address)) continue;
      const committees = sharedCommittees(a, b);
      const events = a.events.filter((e) => b.events.includes(e));
      if (!committees.length || !events.length) continue;
      warnings.push(
        `${a.id} and ${b.id} overlap in ${describeAddress(a.address)} (${committees.join(', ')}: ${events.join(', ')}). Each message is still posted once; unsubscribe one if you do not need both.`,
      );
    }
  });
  return warnings;
}

/** The next free id: S1, S2, ... */
export function nextSubscriptionId(subscriptions: readonly Subscription[]): string {
  const numbers = subscriptions.map((s) => Number(/^S(\d+)$/.exec(s.id)?.[1] ?? 0));
  return `S${Math.max(0, ...numbers) + 1}`;
}

/** True when `covering` already sends everything `wanted` asks for. */
export function covers(covering: Subscription, wanted: Pick<Subscription, 'committees' | 'events'>): boolean {
  const allCommittees = covering.committees.includes(ALL_COMMITTEES);
  const committeesCovered = allCommittees || (!wanted.committees.includes(ALL_COMMITTEES) && wanted.committees.every((c) => covering.committees.includes(c)));
  return committeesCovered && wanted.events.every((e) => covering.events.includes(e));
}
