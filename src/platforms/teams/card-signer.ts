import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * How a click is answered. Absent: the card is updated in place for everyone. `private`: only the clicker
 * sees the answer (buttons on broadcasts and on private answers). `view`: show a stored answer (card
 * refresh, "Back"). `share`: post a private answer to the channel. `form`: open or submit a dialog.
 */
export type ButtonMode = 'private' | 'view' | 'share' | 'form';

/** Signed facts a button carries besides its command line. */
export interface ButtonExtras {
  mode?: ButtonMode;
  /** The stored answer (view cache id) the card shows. */
  view?: string;
  /** The Teams user an answer belongs to: only they see it until they share it. */
  owner?: string;
}

/** The data every secbot card button carries; Teams hands it back unchanged when clicked. */
export interface SubmitData extends ButtonExtras {
  secbot: 1;
  command: string;
  sig: string;
}

const submitSchema = z.object({
  secbot: z.literal(1),
  command: z.string().max(4000),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  mode: z.enum(['private', 'view', 'share', 'form']).optional(),
  view: z.string().max(100).optional(),
  owner: z.string().max(200).optional(),
}).refine((d) => d.mode === 'view' || d.mode === 'share' || d.command.trim().length > 0);

export type SubmitCheck = ({ ok: true; command: string } & ButtonExtras) | { ok: false; problem: 'malformed' | 'tampered' };

export interface CardSigner {
  sign(command: string, extras?: ButtonExtras): SubmitData;
  /** Only data this bot signed passes: an edited command or a copied button from elsewhere fails. */
  check(value: unknown): SubmitCheck;
}

/** Buttons are signed so a click runs exactly the command the bot rendered, as the person clicking. */
export function createCardSigner(secret: string | undefined): CardSigner {
  const key = secret ? createHmac('sha256', 'secbot-teams-card-v1').update(secret).digest() : randomBytes(32);
  const mac = (command: string, extras: ButtonExtras) => createHmac('sha256', key).update(signedText(command, extras)).digest('base64url');
  return {
    sign: (command, extras = {}) => ({ secbot: 1, command, ...definedOnly(extras), sig: mac(command, extras) }),
    check(value) {
      const parsed = submitSchema.safeParse(stripTeamsKeys(value));
      if (!parsed.success) return { ok: false, problem: 'malformed' };
      const { command, sig, secbot: _s, ...extras } = parsed.data;
      const expected = Buffer.from(mac(command, extras));
      const given = Buffer.from(sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: 'tampered' };
      return { ok: true, command, ...definedOnly(extras) };
    },
  };
}

/** Plain buttons sign just the command (so cards sent before extras existed still work). */
function signedText(command: string, extras: ButtonExtras): string {
  if (!extras.mode && !extras.view && !extras.owner) return command;
  return JSON.stringify([command, extras.mode ?? '', extras.view ?? '', extras.owner ?? '']);
}

function definedOnly(extras: ButtonExtras): ButtonExtras {
  return Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined && v !== '')) as ButtonExtras;
}

/** Teams may add its own keys (msteams, action) and dialog inputs to submitted data; they are not ours to check. */
function stripTeamsKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { secbot, command, sig, mode, view, owner } = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries({ secbot, command, sig, mode, view, owner }).filter(([, v]) => v !== undefined));
}
