import { z } from 'zod';
import { addressSchema } from '../src/core/address';

/** Bump when the document shape changes, and add a migration in `storage/migrations.ts`. */
export const CURRENT_SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** An instant with its offset, e.g. 2023-07-19T17:00:00+01:00. */
const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date-time');
/** Where a fact came from: a command ("raise by U123"), an import ("import CSC_12_2502-minutes.txt:88"), demo data. */
const source = z.string().min(1);

export const proposalRefSchema = z.string().regex(/^(DP|MP)\d{3}[A-Z]?$|^SECMP\d{4}[A-Z]?$/, 'expected a reference such as DP096, MP167B or SECMP0049');

export const partyCategorySchema = z.enum([
  'Large Supplier',
  'Small Supplier',
  'Electricity Network Party',
  'Gas Network Party',
  'Other SEC Party',
  'DCC',
  'Consumer',
  'Other',
]);

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
});

export const decisionSchema = z.object({
  body: z.string().min(1),
  outcome: z.string().min(1),
  on: isoDate,
  text: z.string().optional(),
  source,
});

export const proposalSchema = z.object({
  ref: proposalRefSchema,
  /** The Draft Proposal reference this MP was converted from (same number). */
  draftRef: proposalRefSchema.optional(),
  title: z.string().min(1),
  summary: z.string().optional(),
  stage: z.string().min(1),
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
  opens: isoDate,
  /** Closing instant, 5pm Europe/London unless stated. */
  closes: isoInstant,
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

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  organisation: z.string().optional(),
  initials: z.string().optional(),
  aliases: z.array(z.string()),
  roles: z.array(z.enum(['change-team'])),
  /** Chat identities, e.g. { slack: "U0123", teams: "29:1abc" }. */
  platformIds: z.record(z.string(), z.string()),
});

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  category: partyCategorySchema.optional(),
  /** People who receive reminders for actions owned by the organisation. */
  contacts: z.array(z.string()),
});

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
  audit: z.array(auditEntrySchema),
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
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;
export type SubscriptionEvent = z.infer<typeof subscriptionEventSchema>;
export type DomainEvent = z.infer<typeof domainEventSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type Installation = z.infer<typeof installationSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
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
    audit: [],
  };
}
