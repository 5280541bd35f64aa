import { z } from 'zod';

/** Bump when the document shape changes, and add a migration in `storage/migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 2;

import { isoDate, isoInstant, source } from './schema-primitives';
import { organisationSchema, partyCategorySchema, personSchema } from './schema-directory';
import {
  auditEntrySchema,
  channelSettingsSchema,
  deliverySchema,
  domainEventSchema,
  installationSchema,
  subscriptionEventSchema,
  subscriptionSchema,
} from './schema-notify';
import { calendarTokenSchema } from './schema-calendar';

export * from './schema-directory';
export * from './schema-notify';
export * from './schema-calendar';

export const proposalRefSchema = z.string().regex(/^(DP|MP)\d{3}[A-Z]?$|^SECMP\d{4}[A-Z]?$/, 'expected a reference such as DP096, MP167B or SECMP0049');

export const proposerSchema = z.object({
  name: z.string().min(1).optional(),
  organisation: z.string().min(1).optional(),
  category: partyCategorySchema.optional(),
});

export const stageEntrySchema = z.object({
  /** SECAS's stage name; unknown names are kept as written. */
  stage: z.string().min(1),
  on: isoDate,
  source,
  note: z.string().optional(),
  /** True when `on` is only when a document first showed this stage (no start date given), not the day it began. */
  firstSeen: z.boolean().optional(),
  /** Why an unusual step was taken (a send-back, a reopening, an off-cycle implementation, a conversion the CSC had not agreed). */
  reason: z.string().min(1).optional(),
});

export const decisionSchema = z.object({
  body: z.string().min(1),
  outcome: z.string().min(1),
  on: isoDate,
  text: z.string().optional(),
  /** Why an unusual decision was recorded (an appeal's grounds). */
  reason: z.string().min(1).optional(),
  source,
});

export const proposalSchema = z.object({
  ref: proposalRefSchema,
  /** The Draft Proposal reference this MP was converted from (same number). */
  draftRef: proposalRefSchema.optional(),
  title: z.string().min(1),
  summary: z.string().optional(),
  /**
   * The current stage, derived from the history (stage entries and decisions) by src/domain/record on every
   * change; absent when no document or person has stated one ("stage not stated"). Never set it by hand.
   */
  stage: z.string().min(1).optional(),
  stageHistory: z.array(stageEntrySchema),
  raisedOn: isoDate.optional(),
  proposer: proposerSchema.optional(),
  leadAnalyst: z.string().optional(),
  /** Path 1 Authority-led, Path 2 Authority Determination, Path 3 Self-Governance, Fast-Track, Urgent. */
  path: z.string().optional(),
  /** Canonical committee ids (see src/domain/committees.ts) that must see the proposal. */
  committees: z.array(z.string()),
  targetRelease: z.string().optional(),
  decisions: z.array(decisionSchema),
  parent: proposalRefSchema.optional(),
  children: z.array(proposalRefSchema),
  /** Where the proposal was first recorded from ("import OPSG_26_0511_16.txt:12"): shown when no stage is stated. */
  source: z.string().optional(),
  updatedAt: isoInstant,
});

export const actionUpdateSchema = z.object({
  on: isoDate,
  text: z.string().min(1),
  by: z.string().min(1),
});

export const actionSchema = z.object({
  /** "CSC 12/01": committee, meeting number / item. */
  ref: z.string().regex(/^[A-Z][A-Z0-9 ]*[A-Z0-9] \d+\/\d+$/, 'expected an action reference such as CSC 12/01'),
  committee: z.string().min(1),
  /** The owner as written ("DCC", "SECAS", "GS", "Jordan Crase"); resolved through the directory. */
  owner: z.string().min(1),
  text: z.string().min(1),
  status: z.enum(['Open', 'Closed']),
  raisedOn: isoDate.optional(),
  /** Instead of raisedOn: carried into a meeting's minutes from an earlier one, so raised before that meeting. */
  raisedBefore: isoDate.optional(),
  due: isoDate.optional(),
  snoozedUntil: isoDate.optional(),
  closedOn: isoDate.optional(),
  proposals: z.array(proposalRefSchema),
  updates: z.array(actionUpdateSchema),
  source,
});

export const consultationKindSchema = z.enum(['refinement', 'report', 'other']);

export const consultationSchema = z.object({
  id: z.string().min(1),
  proposal: proposalRefSchema,
  kind: consultationKindSchema,
  /** Absent when a document gives only the closing date (at least one of opens/closes is known). */
  opens: isoDate.optional(),
  /** Closing instant, 5pm Europe/London unless stated; absent when only the opening date is known. */
  closes: isoInstant.optional(),
  url: z.string().url().optional(),
  source,
});

export const meetingSchema = z.object({
  /** "CSC 12_2502". */
  ref: z.string().min(1),
  committee: z.string().min(1),
  number: z.number().int().nonnegative().optional(),
  on: isoDate,
  nextOn: isoDate.optional(),
  source,
});

export const releaseSchema = z.object({
  /** "February 2024 SEC Release". */
  name: z.string().min(1),
  on: isoDate,
  source,
});

export const secVersionSchema = z.object({
  /** "45.0". */
  version: z.string().regex(/^\d+\.\d+$/, 'expected an SEC version such as 45.0'),
  /** The date it took effect. */
  on: isoDate,
  /** Designated by the Secretary of State (rather than only released to implement modifications). */
  designated: z.boolean().optional(),
  /** The modifications it contains, as stated. */
  contains: z.array(proposalRefSchema),
  /** What the page says it contains when that is not a list of modifications ("changes to Appendix AL"). */
  text: z.string().min(1).optional(),
  source,
});

export const storeDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  proposals: z.array(proposalSchema),
  actions: z.array(actionSchema),
  consultations: z.array(consultationSchema),
  meetings: z.array(meetingSchema),
  releases: z.array(releaseSchema),
  people: z.array(personSchema),
  organisations: z.array(organisationSchema),
  subscriptions: z.array(subscriptionSchema),
  installations: z.array(installationSchema),
  /** Keyed by addressKey(). */
  channelSettings: z.record(z.string(), channelSettingsSchema),
  outbox: z.array(domainEventSchema),
  deliveries: z.array(deliverySchema),
  // The audit log is not in the document since schema version 2: it is the journal beside it (see file-store.ts).
  /** Calendar feed links (hashed); absent in stores written before feeds existed. */
  calendarTokens: z.array(calendarTokenSchema).default([]),
  /** SEC versions with their effective dates; absent in stores written before versions were recorded. */
  secVersions: z.array(secVersionSchema).default([]),
});

export type Proposal = z.infer<typeof proposalSchema>;
export type Proposer = z.infer<typeof proposerSchema>;
export type StageEntry = z.infer<typeof stageEntrySchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Consultation = z.infer<typeof consultationSchema>;
export type ConsultationKind = z.infer<typeof consultationKindSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type SecVersion = z.infer<typeof secVersionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;
export type SubscriptionEvent = z.infer<typeof subscriptionEventSchema>;
export type DomainEvent = z.infer<typeof domainEventSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type Installation = z.infer<typeof installationSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type CalendarToken = z.infer<typeof calendarTokenSchema>;
export type CalendarGrant = CalendarToken['grant'];
export type StoreData = z.infer<typeof storeDataSchema>;

/** Collections whose entities are diffed for the audit log, with the field that identifies each entity. */
export const ENTITY_KEYS = {
  proposals: 'ref',
  actions: 'ref',
  consultations: 'id',
  meetings: 'ref',
  releases: 'name',
  people: 'id',
  organisations: 'id',
  subscriptions: 'id',
  calendarTokens: 'hash',
  secVersions: 'version',
} as const;

export function emptyStore(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    proposals: [],
    actions: [],
    consultations: [],
    meetings: [],
    releases: [],
    people: [],
    organisations: [],
    subscriptions: [],
    installations: [],
    channelSettings: {},
    outbox: [],
    deliveries: [],
    calendarTokens: [],
    secVersions: [],
  };
}
