import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../../core/errors';
import type { CalendarGrant, StoreData } from '../../../storage/schema';

/** 32 random bytes (256 bits, above the 128 asked of an unguessable link), base64url. */
const TOKEN_BYTES = 32;
/** Each `calendar` mints a new set of links (only hashes are kept, so old ones cannot be shown again). */
export const MAX_CALENDAR_TOKENS_PER_CALLER = 100;

export interface IssuedToken {
  token: string;
  grant: CalendarGrant;
}

export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** New feed links for a caller: the store keeps each token's SHA-256, what it grants, who made it and when. */
export function issueCalendarTokens(draft: StoreData, grants: readonly CalendarGrant[], meta: { createdBy: string; at: string }): IssuedToken[] {
  const held = draft.calendarTokens.filter((t) => t.createdBy === meta.createdBy).length;
  if (held + grants.length > MAX_CALENDAR_TOKENS_PER_CALLER) {
    throw new UserError(
      `You already have ${held} calendar links, the most one person may hold.`,
      '`calendar reset` revokes them all and gives you new ones (calendars subscribed to the old links stop updating).',
    );
  }
  const issued = grants.map((grant) => ({ token: randomBytes(TOKEN_BYTES).toString('base64url'), grant }));
  draft.calendarTokens.push(...issued.map(({ token, grant }) => ({ hash: hashCalendarToken(token), grant, createdBy: meta.createdBy, createdAt: meta.at })));
  return issued;
}

/** Revokes every link the caller made; returns how many. A revoked link gets 404 like a wrong one. */
export function revokeCalendarTokens(draft: StoreData, createdBy: string): number {
  const before = draft.calendarTokens.length;
  draft.calendarTokens = draft.calendarTokens.filter((t) => t.createdBy !== createdBy);
  return before - draft.calendarTokens.length;
}
