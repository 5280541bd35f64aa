import type { Calendar } from '../core/ports';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { actionEvents } from './action-events';
import { consultationEvents } from './consultation-events';
import type { FeedCalendar, FeedEvent } from './feed-event';
import { scopeOf, type FeedScope } from './feed-scope';
import { meetingEvents } from './meeting-events';
import { releaseEvents } from './release-events';

/**
 * The store → one feed's neutral events. Nothing here depends on today, so a feed changes only when
 * the data does; past events stay (calendar apps keep history, and so do we).
 */
export function buildFeed(data: Readonly<StoreData>, grant: CalendarGrant, calendar: Calendar): FeedCalendar | undefined {
  const scope = scopeOf(data, grant);
  if (!scope) return undefined;
  const events = [...feedEvents(data, scope, calendar)].filter((e): e is FeedEvent => e !== undefined);
  return { name: scope.name, description: scope.description, events };
}

/**
 * The feed's events one at a time, with `undefined` between them where nothing was made: the points at
 * which a builder that must not hold the event loop (the bot's feed cache) can pause.
 */
export function* feedEvents(data: Readonly<StoreData>, scope: FeedScope, calendar: Calendar): Generator<FeedEvent | undefined> {
  yield* consultationEvents(data, scope, calendar);
  yield* actionEvents(data, scope);
  yield* meetingEvents(data, scope);
  yield* releaseEvents(data, scope);
}
