import type { Delivery, StoreData } from '../../storage/schema';

/** What happened to one message. A failed one with no `retryAt` is given up (no longer needed). */
export type Outcome =
  | { status: 'sent' }
  | { status: 'failed'; error: string; retryAt?: Date }
  | { status: 'unreachable'; error: string };

export interface RecordedOutcome {
  key: string;
  outcome: Outcome;
  /** Send attempts made in this run (added to earlier ones). */
  attempts: number;
}

const BASE_RETRY_MS = 2_000;
const MAX_RETRY_MS = 15 * 60_000;

/** Exponential backoff from the attempt count, never shorter than the platform's Retry-After. */
export function retryDelay(attempts: number, retryAfterMs = 0): number {
  const backoff = Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterMs);
}

/** Sent, unreachable, or given up: nothing more will be attempted for this key. */
export function isSettled(delivery: Delivery | undefined): boolean {
  if (!delivery) return false;
  return delivery.status === 'sent' || delivery.status === 'unreachable' || (delivery.status === 'failed' && !delivery.nextAttemptAt);
}

/**
 * Whether a key should be attempted now. A `pending` entry that this process is not sending was left
 * by a crash between "pending" and the outcome: it is sent again (the at-most-one resend).
 */
export function isDue(delivery: Delivery | undefined, now: number, inFlight: ReadonlySet<string>): boolean {
  if (!delivery) return true;
  if (delivery.status === 'pending') return !inFlight.has(delivery.key);
  if (delivery.status !== 'failed' || !delivery.nextAttemptAt) return false;
  return Date.parse(delivery.nextAttemptAt) <= now;
}

/** Mark the due keys `pending` (in the same transaction that checks them) and return those claimed. */
export function claimDeliveries(draft: StoreData, items: readonly { key: string; recipient: string }[], now: Date, inFlight: Set<string>): Set<string> {
  const index = new Map(draft.deliveries.map((d, i) => [d.key, i]));
  const claimed = new Set<string>();
  for (const { key, recipient } of items) {
    const at = index.get(key);
    const existing = at === undefined ? undefined : draft.deliveries[at];
    if (claimed.has(key) || !isDue(existing, now.getTime(), inFlight)) continue;
    const pending: Delivery = { key, recipient, status: 'pending', attempts: existing?.attempts ?? 0, at: now.toISOString() };
    if (existing?.lastError) pending.lastError = existing.lastError;
    if (at === undefined) index.set(key, draft.deliveries.push(pending) - 1);
    else draft.deliveries[at] = pending;
    inFlight.add(key);
    claimed.add(key);
  }
  return claimed;
}

/** Write outcomes onto the ledger entries (created if missing). */
export function recordOutcomes(draft: StoreData, outcomes: readonly RecordedOutcome[], recipients: ReadonlyMap<string, string>, now: Date): void {
  const index = new Map(draft.deliveries.map((d, i) => [d.key, i]));
  for (const { key, outcome, attempts } of outcomes) {
    const at = index.get(key);
    const before = at === undefined ? undefined : draft.deliveries[at];
    const entry: Delivery = {
      key,
      recipient: before?.recipient ?? recipients.get(key) ?? 'unknown',
      status: outcome.status,
      attempts: (before?.attempts ?? 0) + attempts,
      at: now.toISOString(),
    };
    if (outcome.status !== 'sent') entry.lastError = outcome.error;
    if (outcome.status === 'failed' && outcome.retryAt) entry.nextAttemptAt = outcome.retryAt.toISOString();
    if (at === undefined) index.set(key, draft.deliveries.push(entry) - 1);
    else draft.deliveries[at] = entry;
  }
}

const DAY_MS = 86_400_000;

/**
 * Retention: settled deliveries and outbox events older than `days` are dropped. The ledger only has to
 * remember a key for as long as the same message could be planned again ("not twice"); events that old
 * are past every fan-out window, retry and digest period.
 */
export function pruneLedger(draft: StoreData, now: Date, days: number): void {
  const cutoff = now.getTime() - days * DAY_MS;
  const old = (at: string) => Date.parse(at) < cutoff;
  if (draft.deliveries.some((d) => isSettled(d) && old(d.at))) draft.deliveries = draft.deliveries.filter((d) => !(isSettled(d) && old(d.at)));
  if (draft.outbox.some((e) => old(e.at))) draft.outbox = draft.outbox.filter((e) => !old(e.at));
}

/** Whether pruneLedger would remove anything (checked on the committed data, so no empty write is made). */
export function hasExpired(data: Readonly<StoreData>, now: Date, days: number): boolean {
  const cutoff = now.getTime() - days * DAY_MS;
  return data.outbox.some((e) => Date.parse(e.at) < cutoff) || data.deliveries.some((d) => isSettled(d) && Date.parse(d.at) < cutoff);
}
