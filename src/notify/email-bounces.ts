import type { StoreData } from '../../storage/schema';

export interface EmailBounce {
  /** "Jordan Crase <jordan@example.com>", or the address alone for a committee's list. */
  recipient: string;
  error: string;
  at: string;
}

const EMAIL_RECIPIENT = /^email:(.+)$/;
/** A digest or preview lists at most this many; the rest are counted. */
export const MAX_BOUNCES = 10;

/** Emails the SMTP server refused for good (5xx) since `since` (ms), newest first: shown in previews and digests. */
export function emailBounces(data: Readonly<StoreData>, since: number, until = Number.POSITIVE_INFINITY): EmailBounce[] {
  const names = new Map(data.people.filter((p) => p.email).map((p) => [p.email!.toLowerCase(), p.name]));
  const found: EmailBounce[] = [];
  for (const d of data.deliveries) {
    const to = EMAIL_RECIPIENT.exec(d.recipient)?.[1];
    const at = Date.parse(d.at);
    if (!to || d.status !== 'unreachable' || at <= since || at > until) continue;
    const name = names.get(to);
    found.push({ recipient: name ? `${name} <${to}>` : to, error: d.lastError ?? 'refused', at: d.at });
  }
  return found.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
