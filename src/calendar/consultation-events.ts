import type { Calendar } from '../core/ports';
import type { Consultation, Proposal, StoreData } from '../../storage/schema';
import { formatDate, formatInstant } from '../domain/dates';
import { consultationName, proposalWithDraftRef, proposalWithRef } from '../domain/queries';
import { UID_DOMAIN, uidPart, type FeedEvent } from './feed-event';
import type { FeedScope } from './feed-scope';
import { proposalFacts } from './proposal-facts';

/** Each consultation's closing, at its time (17:00 London unless stated), as a timed event. */
export function* consultationEvents(data: Readonly<StoreData>, scope: FeedScope, calendar: Calendar): Generator<FeedEvent | undefined> {
  for (const consultation of data.consultations) {
    const proposal = proposalOf(data, consultation.proposal);
    const inScope = proposal ? scope.proposal(proposal) : scope.everything;
    yield inScope && consultation.closes ? closingEvent(data, { ...consultation, closes: consultation.closes }, proposal, calendar) : undefined;
  }
}

export function proposalOf(data: Readonly<StoreData>, ref: string): Proposal | undefined {
  return proposalWithRef(data, ref) ?? proposalWithDraftRef(data, ref);
}

/** A consultation whose closing is known (one known only by its opening has no closing to show). */
function closingEvent(data: Readonly<StoreData>, c: Consultation & { closes: string }, proposal: Proposal | undefined, calendar: Calendar): FeedEvent {
  const name = consultationName(c.kind);
  const closesOn = calendar.londonDate(new Date(c.closes));
  const length = c.opens ? calendar.workingDaysBetween(c.opens, closesOn) : undefined;
  const ref = proposal?.ref ?? c.proposal;
  return {
    uid: `consultation-${uidPart(c.proposal)}-${c.kind}-${c.opens ?? `closes-${closesOn}`}@${UID_DOMAIN}`,
    summary: `${ref} ${name} closes`,
    description: [
      c.opens
        ? `${name} on ${ref}: opened ${formatDate(c.opens)}, closes ${formatInstant(c.closes)} (${length} Working Days).`
        : `${name} on ${ref}: closes ${formatInstant(c.closes)} (opening date unknown).`,
      ...(proposal ? proposalFacts(data, proposal) : []),
      ...(c.url ? [`Consultation page: ${c.url}`] : []),
      `Ask secbot: status ${ref}`,
    ],
    ...(c.url ? { url: c.url } : {}),
    categories: ['Consultation'],
    when: { kind: 'timed', start: c.closes },
  };
}
