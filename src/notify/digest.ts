import type { Address } from '../core/address';
import type { Action, Consultation, DomainEvent } from '../../storage/schema';
import { isEmptyDigest, toDigest, type DigestContent } from './digest-card';
import type { PlanContext, PlannedMessage } from './plan-types';
import { ALL_COMMITTEES, describeAddress } from './subscribers';
import { addressKey } from '../core/address';
import { emailBounces } from './email-bounces';

const WEEK_MS = 7 * 86_400_000;
const DIGEST_KEY = /^reminder:(\d{4}-\d{2}-\d{2}):digest:(.+)$/;

interface DigestChannel {
  address: Address;
  committees: Set<string>;
  all: boolean;
  createdAt: number;
}

/** On the first Working Day of the week, each channel subscribed to `digest` gets one, unless nothing happened. */
export function planDigests(ctx: PlanContext): PlannedMessage[] {
  if (!ctx.firstOfWeek) return [];
  const last = lastDigests(ctx);
  const messages: PlannedMessage[] = [];
  for (const [key, channel] of digestChannels(ctx)) {
    const since = Math.max(last.get(key) ?? 0, channel.createdAt, ctx.at.getTime() - WEEK_MS);
    const content = digestContent(ctx, channel, since);
    if (isEmptyDigest(content)) continue;
    messages.push({
      key: `reminder:${ctx.today}:digest:${key}`,
      kind: 'digest',
      recipient: describeAddress(channel.address),
      address: channel.address,
      reply: toDigest(content),
      summary: `weekly digest: ${content.newDps.length} new DPs, ${content.stageChanges.length} stage changes, ${content.decisions.length} decisions, ${content.closing.length} consultations closing, ${content.overdue.length} overdue actions`,
    });
  }
  return messages;
}

function digestChannels(ctx: PlanContext): Map<string, DigestChannel> {
  const channels = new Map<string, DigestChannel>();
  for (const s of ctx.data.subscriptions) {
    if (!s.events.includes('digest')) continue;
    const key = addressKey(s.address);
    const channel = channels.get(key) ?? { address: s.address, committees: new Set(), all: false, createdAt: Date.parse(s.createdAt) };
    for (const c of s.committees) c === ALL_COMMITTEES ? (channel.all = true) : channel.committees.add(c.toUpperCase());
    channel.createdAt = Math.min(channel.createdAt, Date.parse(s.createdAt));
    channels.set(key, channel);
  }
  return channels;
}

/** When each channel last received a digest, from the ledger. */
function lastDigests(ctx: PlanContext): Map<string, number> {
  const last = new Map<string, number>();
  for (const [key, delivery] of ctx.ledger) {
    const match = DIGEST_KEY.exec(key);
    if (!match || delivery.status !== 'sent' || match[1] === ctx.today) continue;
    last.set(match[2]!, Math.max(last.get(match[2]!) ?? 0, Date.parse(delivery.at)));
  }
  return last;
}

function digestContent(ctx: PlanContext, channel: DigestChannel, since: number): DigestContent {
  const covers = (committees: readonly string[]): boolean => channel.all || committees.some((c) => channel.committees.has(c.toUpperCase()));
  const events = ctx.data.outbox.filter((e) => Date.parse(e.at) > since && Date.parse(e.at) <= ctx.at.getTime() && covers(eventCommittees(e)));
  const ofType = (type: string): DomainEvent[] => events.filter((e) => e.type === type);
  const committeesOf = new Map(ctx.data.proposals.map((p) => [p.ref, p.committees]));
  return {
    today: ctx.today,
    since: new Date(since).toISOString(),
    newDps: ofType('dp.raised'),
    stageChanges: ofType('stage.changed'),
    decisions: ofType('decision.recorded'),
    closing: ctx.data.consultations.filter((c) => closingThisWeek(ctx, c) && covers(committeesOf.get(c.proposal) ?? [])),
    overdue: ctx.data.actions.filter((a) => isOverdue(a, ctx.today) && covers([a.committee])),
    // For the change team's chat channels: a mailing list does not get other people's addresses.
    bounced: channel.address.platform === 'email' ? [] : emailBounces(ctx.data, since, ctx.at.getTime()),
  };
}

function eventCommittees(event: DomainEvent): string[] {
  const committees = event.data.committees;
  return Array.isArray(committees) ? committees.filter((c): c is string => typeof c === 'string') : [];
}

/** Open now and closing within the next 5 Working Days. */
function closingThisWeek(ctx: PlanContext, c: Consultation): boolean {
  if (!c.closes) return false;
  const closesAt = Date.parse(c.closes);
  if ((c.opens && c.opens > ctx.today) || closesAt <= ctx.at.getTime() || closesAt - ctx.at.getTime() > 2 * WEEK_MS) return false;
  return ctx.days.distance(ctx.today, ctx.days.onOrBefore(ctx.calendar.londonDate(new Date(closesAt)))) <= 5;
}

const isOverdue = (a: Action, today: string): boolean => a.status === 'Open' && a.due !== undefined && a.due < today;
