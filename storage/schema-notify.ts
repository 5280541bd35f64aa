import { z } from 'zod';
import { addressSchema } from '../src/core/address';
import { isoInstant } from './schema-primitives';

/** Subscriptions, the event outbox, the delivery ledger, installations, audit and channel settings. */
export const subscriptionEventSchema = z.enum(['new-dp', 'stage', 'decision', 'consultation', 'digest']);

export const subscriptionSchema = z.object({
  id: z.string().min(1),
  address: addressSchema,
  /** Committee ids, or "*" for all. */
  committees: z.array(z.string()).min(1),
  events: z.array(subscriptionEventSchema).min(1),
  createdBy: z.string().min(1),
  createdAt: isoInstant,
});

export const domainEventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  at: isoInstant,
  ref: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
});

export const deliverySchema = z.object({
  /** Unique per (event or reminder, recipient, date): the exactly-once key. */
  key: z.string().min(1),
  recipient: z.string().min(1),
  status: z.enum(['pending', 'sent', 'failed', 'unreachable']),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  nextAttemptAt: isoInstant.optional(),
  at: isoInstant,
});

export const installationSchema = z.object({
  address: addressSchema,
  installedAt: isoInstant,
  installedBy: z.string().optional(),
});

export const auditEntrySchema = z.object({
  at: isoInstant,
  actor: z.string().min(1),
  command: z.string().min(1),
  changes: z.array(
    z.object({
      collection: z.string(),
      id: z.string(),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
    }),
  ),
});

export const channelSettingsSchema = z.object({
  unfurl: z.boolean().optional(),
});
