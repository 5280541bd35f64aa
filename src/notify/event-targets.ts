import type { Address } from '../core/address';
import { addressKey } from '../core/address';
import type { Calendar } from '../core/ports';
import type { Reply } from '../core/reply';
import type { DomainEvent, StoreData, SubscriptionEvent } from '../../storage/schema';
import { toConsultationCard } from './consultation-card';
import { toNewDpCard } from './dp-card';
import { toDecisionCard, toDisownedCard, toStageCard } from './event-cards';
import { personAddress, type Platform } from './person-address';
import { subscribedChannels } from './subscribers';
import { own } from '../core/own';

/** One delivery of an event: its ledger key, where, and what. */
export interface EventTarget {
  key: string;
  address: Address;
  reply: () => Reply;
}

export interface TargetContext {
  data: Readonly<StoreData>;
  calendar: Calendar;
  platforms: readonly Platform[];
}

export const SUBSCRIPTION_EVENT: Record<string, SubscriptionEvent> = {
  'dp.raised': 'new-dp',
  'stage.changed': 'stage',
  'decision.recorded': 'decision',
  'consultation.opened': 'consultation',
};

/**
 * Whether events of this type are ever delivered: to subscribed channels (which the digest and the
 * consultation reminders read too), or to the change team. The others (action.added, action.updated, …)
 * are only recorded.
 */
export function isAnnounced(type: string): boolean {
  return type === 'action.disowned' || own(SUBSCRIPTION_EVENT, type) !== undefined;
}

/** Where an outbox event goes. Events of the types nobody is told of (action.added, ...) go nowhere. */
export function eventTargets(event: DomainEvent, ctx: TargetContext): EventTarget[] {
  if (event.type === 'action.disowned') return changeTeamTargets(event, ctx);
  const kind = own(SUBSCRIPTION_EVENT, event.type);
  if (!kind) return [];
  const channels = subscribedChannels(ctx.data, { committees: eventCommittees(event, ctx.data), event: kind, existedAt: event.at });
  // A DP's card is keyed by its reference, so a repeated import or a replayed event never posts it twice.
  const keyBase = event.type === 'dp.raised' ? `new-dp:${String(event.data.ref ?? event.ref)}` : `event:${event.id}`;
  return channels.map((c) => ({ key: `${keyBase}:${c.key}`, address: c.address, reply: () => eventCard(event, ctx) }));
}

function eventCard(event: DomainEvent, ctx: TargetContext): Reply {
  switch (event.type) {
    case 'dp.raised':
      return toNewDpCard(event, ctx.data, ctx.calendar);
    case 'stage.changed':
      return toStageCard(event);
    case 'decision.recorded':
      return toDecisionCard(event);
    default: {
      const consultation = ctx.data.consultations.find((c) => c.id === event.data.id);
      const proposal = ctx.data.proposals.find((p) => p.ref === (consultation?.proposal ?? event.ref));
      if (!consultation) return { kind: 'info', title: `A consultation opened on ${event.ref ?? 'a proposal'}` };
      return toConsultationCard(consultation, proposal, 'open for responses');
    }
  }
}

function eventCommittees(event: DomainEvent, data: Readonly<StoreData>): string[] {
  const listed = event.data.committees;
  if (Array.isArray(listed)) return listed.filter((c): c is string => typeof c === 'string');
  const ref = typeof event.data.ref === 'string' ? event.data.ref : event.ref;
  return data.proposals.find((p) => p.ref === ref || p.draftRef === ref)?.committees ?? [];
}

/** "Not mine": every reachable change-team member by DM; failing that, the action's committee channels. */
function changeTeamTargets(event: DomainEvent, ctx: TargetContext): EventTarget[] {
  const reply = () => toDisownedCard(event);
  const people = ctx.data.people.filter((p) => p.roles.includes('change-team'));
  const direct = people.map((p) => personAddress(ctx.data, p, ctx.platforms).address).filter((a): a is Address => a !== undefined);
  const committee = typeof event.data.committee === 'string' ? event.data.committee : '';
  const addresses = direct.length ? direct : subscribedChannels(ctx.data, { committees: [committee] }).map((c) => c.address);
  const unique = new Map(addresses.map((a) => [addressKey(a), a]));
  return [...unique].map(([key, address]) => ({ key: `event:${event.id}:${key}`, address, reply }));
}
