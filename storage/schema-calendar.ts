import { z } from 'zod';
import { isoInstant } from './schema-primitives';

/** What a calendar feed link shows: one person's deadlines, one committee's, or everything. */
export const calendarGrantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), person: z.string().min(1) }),
  z.object({ kind: z.literal('committee'), committee: z.string().min(1) }),
  z.object({ kind: z.literal('all') }),
]);

/** A calendar feed link. Only the SHA-256 of its token is kept: the link itself is shown once. */
export const calendarTokenSchema = z.object({
  /** SHA-256 of the token, hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash'),
  grant: calendarGrantSchema,
  /** The caller key that asked for it ("slack:U123", "operator"): `calendar reset` revokes theirs. */
  createdBy: z.string().min(1),
  createdAt: isoInstant,
});
