import type { PlanContext, PlannedMessage, UnreachableOwner } from './plan-types';
import { toUnreachableOwnersReminder, type UnreachableAction } from './reminder-cards';
import { describeAddress, subscribedChannels, type Channel } from './subscribers';

export interface FallbackPlan {
  messages: PlannedMessage[];
  unreachable: UnreachableOwner[];
}

/**
 * Actions whose owners nobody can reach are listed in the channels subscribed to the action's
 * committee (one message per channel per day); owners with no such channel are still reported.
 */
export function planOwnerFallback(ctx: PlanContext, stranded: readonly UnreachableAction[]): FallbackPlan {
  const perChannel = new Map<string, { channel: Channel; items: UnreachableAction[] }>();
  const owners = new Map<string, UnreachableOwner>();
  for (const item of stranded) {
    // Chat channels only: a committee's mailing list is outside the team, and the reasons name the directory's gaps.
    const channels = subscribedChannels(ctx.data, { committees: [item.action.committee] }).filter((c) => c.address.platform !== 'email');
    for (const channel of channels) {
      const entry = perChannel.get(channel.key) ?? { channel, items: [] };
      entry.items.push(item);
      perChannel.set(channel.key, entry);
    }
    const owner = owners.get(item.action.owner) ?? { owner: item.action.owner, reason: item.why, actions: [], listedIn: [] };
    owner.actions.push(item.action.ref);
    for (const c of channels) if (!owner.listedIn.includes(describeAddress(c.address))) owner.listedIn.push(describeAddress(c.address));
    owners.set(item.action.owner, owner);
  }
  const messages = [...perChannel.values()].map(({ channel, items }) => ({
    key: `reminder:${ctx.today}:unreachable-owners:${channel.key}`,
    kind: 'owner-fallback' as const,
    recipient: describeAddress(channel.address),
    address: channel.address,
    reply: toUnreachableOwnersReminder(items),
    summary: items.map((i) => `${i.action.ref} (owner ${i.action.owner}: ${i.why})`).join('; '),
  }));
  return { messages, unreachable: [...owners.values()] };
}
