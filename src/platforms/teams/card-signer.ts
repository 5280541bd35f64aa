import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** The data every secbot card button carries; Teams hands it back unchanged when clicked. */
export interface SubmitData {
  secbot: 1;
  command: string;
  sig: string;
}

const submitSchema = z.object({
  secbot: z.literal(1),
  command: z.string().max(4000).refine((s) => s.trim().length > 0),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export type SubmitCheck = { ok: true; command: string } | { ok: false; problem: 'malformed' | 'tampered' };

export interface CardSigner {
  sign(command: string): SubmitData;
  /** Only data this bot signed passes: an edited command or a copied button from elsewhere fails. */
  check(value: unknown): SubmitCheck;
}

/** Buttons are signed so a click runs exactly the command the bot rendered, as the person clicking. */
export function createCardSigner(secret: string | undefined): CardSigner {
  const key = secret ? createHmac('sha256', 'secbot-teams-card-v1').update(secret).digest() : randomBytes(32);
  const mac = (command: string) => createHmac('sha256', key).update(command).digest('base64url');
  return {
    sign: (command) => ({ secbot: 1, command, sig: mac(command) }),
    check(value) {
      const parsed = submitSchema.safeParse(stripTeamsKeys(value));
      if (!parsed.success) return { ok: false, problem: 'malformed' };
      const expected = Buffer.from(mac(parsed.data.command));
      const given = Buffer.from(parsed.data.sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: 'tampered' };
      return { ok: true, command: parsed.data.command };
    },
  };
}

/** Teams may add its own keys (msteams, action) to submitted data; they are not ours to check. */
function stripTeamsKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { msteams: _m, ...rest } = value as Record<string, unknown>;
  return rest;
}
