import type { Consultation, Proposal } from '../../storage/schema';
import { closingTime, toConsultationCard } from './consultation-card';
import type { PlanContext, PlannedMessage } from './plan-types';
import { describeAddress, subscribedChannels } from './subscribers';

const DAY_MS = 86_400_000;
/** Only consultations closing within this many calendar days can be due a closing reminder. */
const HORIZON_DAYS = 21;

/**
 * Subscribed channels hear when a consultation opens (unless it was announced as opened when it was
 * recorded), 5 and 1 Working Days before it closes, and on the closing day. A closing day that is not
 * a Working Day counts from the Working Day before it, so the reminder still comes before it closes.
 */
export function planConsultationReminders(ctx: PlanContext): PlannedMessage[] {
  const announced = new Set(ctx.data.outbox.filter((e) => e.type === 'consultation.opened').map((e) => String(e.data.id)));
  const proposals = proposalIndex(ctx.data.proposals);
  const messages: PlannedMessage[] = [];
  for (const consultation of ctx.data.consultations) {
    const milestone = milestoneToday(ctx, consultation, announced);
    if (!milestone) continue;
    const proposal = proposals.get(consultation.proposal);
    const channels = subscribedChannels(ctx.data, { committees: proposal?.committees ?? [], event: 'consultation' });
    for (const channel of channels) {
      messages.push({
        key: `reminder:${ctx.today}:consultation:${consultation.id}:${milestone.id}:${channel.key}`,
        kind: 'consultation',
        recipient: describeAddress(channel.address),
        address: channel.address,
        reply: toConsultationCard(consultation, proposal, milestone.headline),
        summary: `${consultation.proposal} ${consultation.kind} consultation ${milestone.headline}`,
      });
    }
  }
  return messages;
}

function milestoneToday(ctx: PlanContext, c: Consultation, announced: ReadonlySet<string>): { id: string; headline: string } | undefined {
  // Known only by its opening date: announced when it opens; closing reminders need the closing date.
  if (!c.opens && !c.closes) return undefined;
  if (c.opens && c.opens > ctx.today) return undefined;
  if (!c.closes) return c.opens === ctx.today && !announced.has(c.id) ? { id: 'opens', headline: 'opens today, closing date not known' } : undefined;
  const closesAt = Date.parse(c.closes);
  if (closesAt <= ctx.at.getTime()) return undefined;
  if (c.opens && ctx.days.onOrAfter(c.opens) === ctx.today && !announced.has(c.id)) return { id: 'opens', headline: `opens today, closes ${closingTime(c)}` };
  if (closesAt - ctx.at.getTime() > HORIZON_DAYS * DAY_MS) return undefined;
  const closesOn = ctx.calendar.londonDate(new Date(closesAt));
  const closingDay = ctx.days.onOrBefore(closesOn);
  const left = ctx.days.distance(ctx.today, closingDay);
  if (left === 0) {
    const headline = closesOn === ctx.today ? `closes at ${closingTime(c).split(' at ')[1]} today` : `closes ${closingTime(c)}, before the next Working Day`;
    return { id: 'closes-0', headline };
  }
  if (left === 1) return { id: 'closes-1', headline: `closes on the next Working Day (${closingTime(c)})` };
  if (left === 5) return { id: 'closes-5', headline: `closes in 5 Working Days (${closingTime(c)})` };
  return undefined;
}

function proposalIndex(proposals: readonly Proposal[]): Map<string, Proposal> {
  const index = new Map<string, Proposal>();
  for (const p of proposals) {
    index.set(p.ref, p);
    if (p.draftRef) index.set(p.draftRef, p);
  }
  return index;
}
