import type { ReminderPreview } from '../core/ports';
import type { Delivery, StoreData } from '../../storage/schema';
import { formatInstant } from '../domain/dates';
import { emailBounces } from './email-bounces';
import type { ReminderPlan } from './plan-types';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** A plan as `remind preview` shows it: each message with what the ledger says about it. */
export function toPreview(plan: ReminderPlan, data: Readonly<StoreData>, at: Date = new Date()): ReminderPreview {
  const ledger = new Map(data.deliveries.map((d) => [d.key, d]));
  // The week before the planned day, and that day itself.
  const bounced = emailBounces(data, at.getTime() - WEEK_MS, at.getTime() + DAY_MS);
  return {
    date: plan.date,
    workingDay: plan.workingDay,
    ...(plan.note ? { note: plan.note } : {}),
    lines: plan.messages.map((m) => ({ kind: m.kind, recipient: m.recipient, summary: m.summary, status: deliveryStatus(ledger.get(m.key)) })),
    unreachable: plan.unreachable.map((u) => ({ ...u })),
    ...(bounced.length ? { bounced } : {}),
  };
}

function deliveryStatus(delivery: Delivery | undefined): string {
  if (!delivery) return 'will send';
  switch (delivery.status) {
    case 'sent':
      return `already sent ${formatInstant(delivery.at)}`;
    case 'unreachable':
      return `unreachable: ${delivery.lastError ?? 'no reason given'}`;
    case 'pending':
      return 'being sent now';
    case 'failed':
      return delivery.nextAttemptAt
        ? `failed (${delivery.lastError ?? 'error'}); retrying at ${formatInstant(delivery.nextAttemptAt)}`
        : `given up: ${delivery.lastError ?? 'no longer needed'}`;
  }
}
