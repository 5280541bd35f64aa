import type { Meeting, StoreData } from '../../storage/schema';
import { committeeName } from '../domain/committees';
import { formatDate } from '../domain/dates';
import { UID_DOMAIN, uidPart, type FeedEvent } from './feed-event';
import type { FeedScope } from './feed-scope';

/** Committee meetings on their dates (all-day: the store keeps no times), and each "next meeting" stated in minutes. */
export function* meetingEvents(data: Readonly<StoreData>, scope: FeedScope): Generator<FeedEvent | undefined> {
  const meetings = data.meetings.filter((m) => scope.meeting(m.committee));
  const held = new Set(meetings.map((m) => `${m.committee} ${m.on}`));
  for (const m of meetings) yield meetingEvent(m);
  for (const m of meetings) {
    if (!m.nextOn || held.has(`${m.committee} ${m.nextOn}`)) continue;
    held.add(`${m.committee} ${m.nextOn}`);
    yield nextMeetingEvent(m, m.nextOn);
  }
}

function meetingEvent(m: Meeting): FeedEvent {
  return {
    uid: `meeting-${uidPart(m.ref)}-${m.on}@${UID_DOMAIN}`,
    summary: `${committeeName(m.committee)} meeting (${m.ref})`,
    description: [
      `${committeeName(m.committee)}${m.number !== undefined ? `, meeting ${m.number}` : ''}: ${formatDate(m.on)}.`,
      ...(m.nextOn ? [`Next meeting: ${formatDate(m.nextOn)}`] : []),
      `Source: ${m.source}`,
      `Ask secbot: actions all committee ${m.committee}`,
    ],
    categories: ['Meeting'],
    when: { kind: 'day', date: m.on },
  };
}

function nextMeetingEvent(previous: Meeting, on: string): FeedEvent {
  return {
    uid: `meeting-${uidPart(previous.committee)}-next-${on}@${UID_DOMAIN}`,
    summary: `${committeeName(previous.committee)} meeting`,
    description: [`The ${previous.ref} minutes give ${formatDate(on)} as the next meeting.`, `Ask secbot: actions committee ${previous.committee}`],
    categories: ['Meeting'],
    when: { kind: 'day', date: on },
  };
}
