import type { Calendar } from '../core/ports';
import type { Reply } from '../core/reply';
import type { DomainEvent, StoreData } from '../../storage/schema';
import { formatDate } from '../domain/dates';

/** Sub-committees need at least this many Working Days to form a view before the CSC meets. */
const MIN_NOTICE = 5;
/** Without a known CSC meeting, views are asked for within this many Working Days of raising. */
const DEFAULT_ASK = 10;

/**
 * When views on the problem statement are due: the next CSC meeting at least 5 Working Days after
 * the DP was raised (the CSC reviews each DP), else 10 Working Days after it was raised.
 */
export function askDate(data: Readonly<StoreData>, raisedOn: string, calendar: Calendar): { date: string; basis: string } {
  const earliest = calendar.addWorkingDays(raisedOn, MIN_NOTICE);
  const meetings = data.meetings
    .filter((m) => m.committee.toUpperCase() === 'CSC')
    .flatMap((m) => [m.on, m.nextOn].filter((d): d is string => d !== undefined))
    .filter((d) => d >= earliest)
    .sort();
  if (meetings[0]) return { date: meetings[0], basis: 'the next Change Sub-Committee meeting' };
  return { date: calendar.addWorkingDays(raisedOn, DEFAULT_ASK), basis: `${DEFAULT_ASK} Working Days after it was raised` };
}

/** The first sentence of the problem statement, for a card that is read at a glance. */
export function firstSentence(summary: string | undefined): string {
  const text = (summary ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return 'No problem statement has been recorded yet.';
  const match = /^.+?[.!?](?=\s+[A-Z(“"']|$)/.exec(text);
  const sentence = match ? match[0] : text;
  return sentence.length > 300 ? `${sentence.slice(0, 297)}…` : sentence;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** The card every subscribed channel receives once when a Draft Proposal is raised. */
export function toNewDpCard(event: DomainEvent, data: Readonly<StoreData>, calendar: Calendar): Reply {
  const ref = str(event.data.ref) ?? event.ref ?? 'DP';
  const proposal = data.proposals.find((p) => p.ref === ref || p.draftRef === ref);
  const proposer = (event.data.proposer ?? proposal?.proposer ?? {}) as { name?: string; organisation?: string };
  const raisedOn = str(event.data.raisedOn) ?? proposal?.raisedOn ?? calendar.londonDate(new Date(event.at));
  const committees = (Array.isArray(event.data.committees) ? event.data.committees : proposal?.committees ?? []) as string[];
  const ask = askDate(data, raisedOn, calendar);
  const who = [proposer.name, proposer.organisation && `(${proposer.organisation})`].filter(Boolean).join(' ');
  return {
    kind: 'info',
    title: `New Draft Proposal ${ref}: ${str(event.data.title) ?? proposal?.title ?? ''}`.trim(),
    text: firstSentence(str(event.data.summary) ?? proposal?.summary),
    fields: [
      { label: 'Proposer', value: who || 'not recorded' },
      { label: 'Lead Analyst', value: str(event.data.leadAnalyst) ?? proposal?.leadAnalyst ?? 'not yet assigned' },
      { label: 'Raised', value: formatDate(raisedOn) },
      { label: 'For', value: committees.join(', ') || 'all committees' },
    ],
    sections: [{ title: 'The ask', text: `Views on the problem statement by ${formatDate(ask.date)} (${ask.basis}).` }],
    buttons: [{ label: 'Status', actionId: 'proposal.status', command: `status ${ref}` }],
  };
}
