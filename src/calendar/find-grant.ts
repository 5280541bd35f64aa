import type { CalendarGrant, CalendarToken, StoreData } from '../../storage/schema';
import { hashCalendarToken } from '../domain/operations/calendar-tokens';
import { indexPerArray } from '../domain/queries/store-index';

/** A token as it may appear in a link: base64url, 22–86 characters (128 to 512 bits). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,86}$/;

const byHash = indexPerArray((tokens: readonly CalendarToken[]) => new Map(tokens.map((t) => [t.hash, t])));

/**
 * What a link's token grants, or undefined for a wrong, malformed or revoked one. The token is hashed
 * before any lookup, so nothing about stored tokens leaks through timing.
 */
export function findGrant(data: Readonly<StoreData>, token: string): CalendarGrant | undefined {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const hash = hashCalendarToken(token);
  const index = byHash(data.calendarTokens);
  return (index ? index.get(hash) : data.calendarTokens.find((t) => t.hash === hash))?.grant;
}
