import type { DomainEvent, StoreData } from '../../storage/schema';
import { SUBSCRIPTION_EVENT } from './event-targets';
import { describeAddress, subscribedChannels } from './subscribers';

/** The kinds of message a channel can subscribe to, as people read them. */
const WHAT: Record<string, string> = { 'new-dp': 'new Draft Proposals', stage: 'stage changes', decision: 'decisions', consultation: 'consultations' };

/**
 * Who will actually hear about these events, from the subscriptions in the store: "Announced to Slack
 * channel C0123." or "No channel is subscribed to …". Undefined when no event is announceable.
 */
export function announcementNote(data: Readonly<StoreData>, events: readonly DomainEvent[]): string | undefined {
  const announceable = events.filter((e) => SUBSCRIPTION_EVENT[e.type]);
  if (!announceable.length) return undefined;
  const heard = new Map<string, string>();
  for (const event of announceable) {
    const committees = Array.isArray(event.data.committees) ? (event.data.committees as string[]) : [];
    for (const channel of subscribedChannels(data, { committees, event: SUBSCRIPTION_EVENT[event.type] })) heard.set(channel.key, describeAddress(channel.address));
  }
  if (heard.size) return `Announced to: ${[...heard.values()].join('; ')}.`;
  const kinds = [...new Set(announceable.map((e) => WHAT[SUBSCRIPTION_EVENT[e.type]!]))].join(' or ');
  return `No channel is subscribed to ${kinds} for these committees, so nobody is told (see \`subscriptions\`).`;
}

const EVENT_WHAT: Record<string, string> = { 'dp.raised': 'new Draft Proposal', 'stage.changed': 'stage change', 'decision.recorded': 'decision', 'consultation.opened': 'consultation opened' };

/** One queued event as an import preview shows it: what, about which proposal, and the channels that hear it. */
export function eventAudience(data: Readonly<StoreData>, event: DomainEvent): { ref: string; what: string; channels: string[] } | undefined {
  const kind = SUBSCRIPTION_EVENT[event.type];
  if (!kind) return undefined;
  const committees = Array.isArray(event.data.committees) ? (event.data.committees as string[]) : [];
  const channels = subscribedChannels(data, { committees, event: kind }).map((c) => describeAddress(c.address));
  return { ref: event.ref ?? String(event.data.ref ?? ''), what: EVENT_WHAT[event.type]!, channels };
}
