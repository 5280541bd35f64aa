import type { Calendar } from '../core/ports';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { actionEvents } from './action-events';
import { consultationEvents } from './consultation-events';
import type { FeedCalendar } from './feed-event';
import { scopeOf } from './feed-scope';
import { meetingEvents } from './meeting-events';
import { releaseEvents } from './release-events';

/**
 * The store → one feed's neutral events. Nothing here depends on today, so a feed changes only when
 * the data does; past events stay (calendar apps keep history, and so do we).
 */
export function buildFeed(data: Readonly<StoreData>, grant: CalendarGrant, calendar: Calendar): FeedCalendar | undefined {
  const scope = scopeOf(data, grant);
  if (!scope) return undefined;
  const events = [
    ...consultationEvents(data, scope, calendar),
    ...actionEvents(data, scope),
    ...meetingEvents(data, scope),
    ...releaseEvents(data, scope),
  ];
  return { name: scope.name, description: scope.description, events };
}
