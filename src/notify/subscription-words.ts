import type { Address } from '../core/address';
import type { Caller } from '../core/caller';
import { UserError } from '../core/errors';
import { requireEmail } from '../domain/operations/directory-fields';
import { COMMITTEES, findCommittee } from '../domain/committees';
import { subscriptionEventSchema, type SubscriptionEvent } from '../../storage/schema';
import { ALL_COMMITTEES } from './subscribers';

export const SUBSCRIPTION_EVENTS: readonly SubscriptionEvent[] = subscriptionEventSchema.options;
const VALID_COMMITTEES = `${COMMITTEES.map((c) => c.id).join(', ')}, or all`;
const MAX_WORDS = 6;

/**
 * Committee names as typed, several per line: "CSC OPSG", "SMKI PMA", "Operations Group, TABASC", "all".
 * The longest run of words naming a committee wins; an unknown word lists the valid ones.
 */
export function takeCommittees(words: readonly string[], example: string): string[] {
  const parts = words.join(' ').split(/[\s,]+/).filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < parts.length; ) {
    if (['all', '*', 'everything'].includes(parts[i]!.toLowerCase())) {
      found.push(ALL_COMMITTEES);
      i++;
      continue;
    }
    const n = longestCommittee(parts, i);
    if (!n) throw new UserError(`"${parts[i]}" is not a committee I know. Use one of: ${VALID_COMMITTEES}.`, `For example: ${example}`);
    found.push(findCommittee(parts.slice(i, i + n).join(' '))!);
    i += n;
  }
  return [...new Set(found)];
}

function longestCommittee(parts: readonly string[], start: number): number {
  for (let n = Math.min(MAX_WORDS, parts.length - start); n >= 1; n--) if (findCommittee(parts.slice(start, start + n).join(' '))) return n;
  return 0;
}

/** "new-dp,stage" or "all" → events; an unknown one lists the valid ones. */
export function toEvents(items: readonly string[], example: string): SubscriptionEvent[] {
  const events = new Set<SubscriptionEvent>();
  for (const item of items.flatMap((i) => i.split(/[\s,]+/)).filter(Boolean)) {
    const word = item.toLowerCase().replace(/^new-?dps?$/, 'new-dp').replace(/^(stages|decisions|consultations|digests)$/, (w) => w.slice(0, -1));
    if (word === 'all') SUBSCRIPTION_EVENTS.forEach((e) => events.add(e));
    else if ((SUBSCRIPTION_EVENTS as readonly string[]).includes(word)) events.add(word as SubscriptionEvent);
    else throw new UserError(`"${item}" is not an event I can send. Use one of: ${SUBSCRIPTION_EVENTS.join(', ')}, or all.`, `For example: ${example}`);
  }
  return SUBSCRIPTION_EVENTS.filter((e) => events.has(e));
}

/** The channel a subscription command is typed in (the whole channel, not a thread). */
export function channelOf(caller: Caller, command: string): Address {
  const address = caller.address;
  if (!address || address.platform === 'console') {
    throw new UserError(`Run "${command}" in the Slack or Teams channel that should get the messages.`, 'Invite secbot to the channel first, then type e.g. /sec subscribe OPSG.');
  }
  if (address.platform === 'slack') {
    const { threadTs: _thread, ...channel } = address;
    return channel;
  }
  if (address.platform === 'teams') return { ...address, conversationId: address.conversationId.replace(/;messageid=\d+$/, '') };
  return address;
}

/** Remove `events a,b` (or `event a b`) from the end of the words; undefined when absent. */
export function takeEventsOption(words: string[], example: string): SubscriptionEvent[] | undefined {
  const at = words.findIndex((w) => ['events', 'event', '--events'].includes(w.toLowerCase()));
  if (at === -1) return undefined;
  const items = words.splice(at).slice(1);
  if (!items.length) throw new UserError(`"events" needs a list: ${SUBSCRIPTION_EVENTS.join(', ')}, or all.`, `For example: ${example}`);
  return toEvents(items, example);
}

/**
 * Remove a mailing address (`to csc-list@example.org`, `email …`, or a bare address) from the words: a
 * committee without a chat channel hears by email. Undefined when there is none.
 */
export function takeEmailTarget(words: string[]): Address | undefined {
  const at = words.findIndex((w) => w.includes('@'));
  if (at === -1) return undefined;
  const to = requireEmail(words[at]!);
  const start = at > 0 && ['to', 'email'].includes(words[at - 1]!.toLowerCase()) ? at - 1 : at;
  words.splice(start, at - start + 1);
  return { platform: 'email', to };
}
