import { addressKey, type Address } from '../core/address';
import type { StoreData, Subscription, SubscriptionEvent } from '../../storage/schema';

/** A channel to post to, once, however many of its subscriptions match. */
export interface Channel {
  key: string;
  address: Address;
  subscriptionIds: string[];
}

export const ALL_COMMITTEES = '*';

/** True when a subscription covers at least one of the committees (or is for all of them). */
export function coversCommittees(subscription: Subscription, committees: readonly string[]): boolean {
  if (subscription.committees.includes(ALL_COMMITTEES)) return true;
  const wanted = new Set(committees.map((c) => c.toUpperCase()));
  return subscription.committees.some((c) => wanted.has(c.toUpperCase()));
}

export interface ChannelQuery {
  committees: readonly string[];
  /** Only subscriptions asking for this kind of message; any kind when absent. */
  event?: SubscriptionEvent;
  /** Only subscriptions that existed at this instant (a new channel does not get old news). */
  existedAt?: string;
}

/** Channels subscribed to any of the committees, de-duplicated by address. */
export function subscribedChannels(data: Readonly<StoreData>, query: ChannelQuery): Channel[] {
  const byKey = new Map<string, Channel>();
  const existedAt = query.existedAt ? Date.parse(query.existedAt) : undefined;
  for (const subscription of data.subscriptions) {
    if (query.event && !subscription.events.includes(query.event)) continue;
    if (existedAt !== undefined && Date.parse(subscription.createdAt) > existedAt) continue;
    if (!coversCommittees(subscription, query.committees)) continue;
    const key = addressKey(subscription.address);
    const channel = byKey.get(key) ?? { key, address: subscription.address, subscriptionIds: [] };
    channel.subscriptionIds.push(subscription.id);
    byKey.set(key, channel);
  }
  return [...byKey.values()];
}

/** "Slack channel C0123", "Teams conversation 19:abc…": for previews and logs (ids only, no names stored). */
export function describeAddress(address: Address): string {
  switch (address.platform) {
    case 'slack':
      if (address.channelId) return `Slack channel ${address.channelId}`;
      return `Slack DM to ${address.userId ?? 'unknown user'}`;
    case 'teams':
      if (address.conversationType === 'personal') return `Teams chat with ${address.userId ?? address.conversationId.slice(0, 24)}`;
      return `Teams conversation ${address.conversationId.slice(0, 32)}`;
    case 'console':
      return `console ${address.name}`;
    case 'email':
      return `email to ${address.to}`;
  }
}
