import type { Delivery, DomainEvent, StoreData } from '../../storage/schema';
import { isAnnounced } from './event-targets';

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

/** Keys of messages planned for one date only: reminders ("reminder:2026-03-02:…") and reminder-run markers. */
const DATED_KEY = /^(?:reminder|run:reminders):(\d{4}-\d{2}-\d{2})(?::|$)/;

/** New deliveries are only started for events this recent (the outbox planner); older ones are only retried. */
export const FAN_OUT_WINDOW_DAYS = 14;

/**
 * How long a settled dated key is kept: its message is only ever planned on its own date, and the digest
 * looks back one week. (Kept for the whole retention period, a busy team's 60 reminders a day would hold
 * 24,000 rows in memory for nothing.)
 */
const DATED_KEY_DAYS = 14;

/**
 * What retention drops: settled deliveries and outbox events older than `days`; settled dated keys older
 * than DATED_KEY_DAYS, and events nobody is told of (action.updated, …: one per change) older than the
 * fan-out window, after which nothing reads them (or `days`, if shorter). Pending and retrying deliveries
 * are always kept.
 */
export function expiredBy(now: Date, days: number): { event: (e: DomainEvent) => boolean; delivery: (d: Delivery) => boolean } {
  const before = (keepDays: number) => now.getTime() - Math.min(days, keepDays) * DAY_MS;
  const [cutoff, unannouncedCutoff] = [before(days), before(FAN_OUT_WINDOW_DAYS)];
  const datedCutoff = new Date(before(DATED_KEY_DAYS)).toISOString().slice(0, 10);
  return {
    event: (e) => Date.parse(e.at) < (isAnnounced(e.type) ? cutoff : unannouncedCutoff),
    delivery: (d) => {
      if (!isSettled(d)) return false;
      const dated = DATED_KEY.exec(d.key)?.[1];
      return dated ? dated < datedCutoff : Date.parse(d.at) < cutoff;
    },
  };
}

/**
 * Retention: drops what expiredBy says. The ledger only has to remember a key for as long as the same
 * message could be planned again ("not twice"); events that old are past every fan-out window, retry and
 * digest period.
 */
export function pruneLedger(draft: StoreData, now: Date, days: number): void {
  const expired = expiredBy(now, days);
  if (draft.deliveries.some(expired.delivery)) draft.deliveries = draft.deliveries.filter((d) => !expired.delivery(d));
  if (draft.outbox.some(expired.event)) draft.outbox = draft.outbox.filter((e) => !expired.event(e));
}

/** Whether pruneLedger would remove anything (checked on the committed data, so no empty write is made). */
export function hasExpired(data: Readonly<StoreData>, now: Date, days: number): boolean {
  const expired = expiredBy(now, days);
  return data.outbox.some(expired.event) || data.deliveries.some(expired.delivery);
}
