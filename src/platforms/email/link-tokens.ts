import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an email link does: close or snooze one action, get a calendar feed link, or stop email reminders. */
export type LinkKind = 'done' | 'snooze' | 'calendar' | 'unsubscribe';

export interface LinkClaim {
  kind: LinkKind;
  /** The person the email was sent to: the link acts as them, and only for them. */
  person: string;
  /** The action reference, for done and snooze. */
  ref?: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

const DAY_MS = 86_400_000;
/** Done and Snooze are about this reminder; unsubscribe and the calendar link must outlive a holiday. */
export const LINK_DAYS: Record<LinkKind, number> = { done: 14, snooze: 14, calendar: 60, unsubscribe: 60 };
const KINDS = Object.keys(LINK_DAYS) as LinkKind[];
/** A link is at most this long: anything longer is refused before decoding. */
const MAX_TOKEN = 600;

export interface LinkSigner {
  sign(claim: Omit<LinkClaim, 'exp'>, now: Date): string;
  /** The claim, 'expired' for a genuine link past its date, or undefined for a forged, altered or malformed one. */
  verify(token: string, now: Date): LinkClaim | 'expired' | undefined;
}

/** Stateless signed links (HMAC-SHA256): nothing is stored per email, and a changed byte breaks the signature. */
export function createLinkSigner(key: Uint8Array): LinkSigner {
  const mac = (payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 24).toString('base64url');
  return {
    sign(claim, now) {
      const full: LinkClaim = { ...claim, exp: now.getTime() + LINK_DAYS[claim.kind] * DAY_MS };
      const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
      return `${payload}.${mac(payload)}`;
    },
    verify(token, now) {
      if (token.length > MAX_TOKEN || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
      const [payload, signature] = token.split('.') as [string, string];
      const expected = Buffer.from(mac(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      const claim = parseClaim(payload);
      if (!claim) return undefined;
      return claim.exp < now.getTime() ? 'expired' : claim;
    },
  };
}

function parseClaim(payload: string): LinkClaim | undefined {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<LinkClaim>;
    if (!KINDS.includes(value.kind as LinkKind) || typeof value.person !== 'string' || typeof value.exp !== 'number') return undefined;
    if ((value.kind === 'done' || value.kind === 'snooze') && typeof value.ref !== 'string') return undefined;
    return { kind: value.kind!, person: value.person, exp: value.exp, ...(typeof value.ref === 'string' ? { ref: value.ref } : {}) };
  } catch {
    return undefined;
  }
}
