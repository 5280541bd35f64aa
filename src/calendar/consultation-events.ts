import type { Calendar } from '../core/ports';
import type { Consultation, Proposal, StoreData } from '../../storage/schema';
import { formatDate, formatInstant } from '../domain/dates';
import { consultationName, proposalWithDraftRef, proposalWithRef } from '../domain/queries';
import { UID_DOMAIN, uidPart, type FeedEvent } from './feed-event';
import type { FeedScope } from './feed-scope';
import { proposalFacts } from './proposal-facts';

/** Each consultation's closing, at its time (17:00 London unless stated), as a timed event. */
export function consultationEvents(data: Readonly<StoreData>, scope: FeedScope, calendar: Calendar): FeedEvent[] {
  const events: FeedEvent[] = [];
  for (const consultation of data.consultations) {
    const proposal = proposalOf(data, consultation.proposal);
    if (proposal ? !scope.proposal(proposal) : !scope.everything) continue;
    events.push(closingEvent(data, consultation, proposal, calendar));
  }
  return events;
}

export function proposalOf(data: Readonly<StoreData>, ref: string): Proposal | undefined {
  return proposalWithRef(data, ref) ?? proposalWithDraftRef(data, ref);
}

function closingEvent(data: Readonly<StoreData>, c: Consultation, proposal: Proposal | undefined, calendar: Calendar): FeedEvent {
  const name = consultationName(c.kind);
  const closesOn = calendar.londonDate(new Date(c.closes));
  const length = calendar.workingDaysBetween(c.opens, closesOn);
  const ref = proposal?.ref ?? c.proposal;
  return {
    uid: `consultation-${uidPart(c.proposal)}-${c.kind}-${c.opens}@${UID_DOMAIN}`,
    summary: `${ref} ${name} closes`,
    description: [
      `${name} on ${ref}: opened ${formatDate(c.opens)}, closes ${formatInstant(c.closes)} (${length} Working Days).`,
      ...(proposal ? proposalFacts(data, proposal) : []),
      ...(c.url ? [`Consultation page: ${c.url}`] : []),
      `Ask secbot: status ${ref}`,
    ],
    ...(c.url ? { url: c.url } : {}),
    categories: ['Consultation'],
    when: { kind: 'timed', start: c.closes },
  };
}
