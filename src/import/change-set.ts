import { z } from 'zod';
import { isoDate } from '../../storage/schema-primitives';
import { importedPersonSchema } from './change-set-people';

/**
 * What one or more documents say, before it is compared with the store: every item carries the
 * file and line it came from. Dates are YYYY-MM-DD (Europe/London calendar days).
 */
export const itemSourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  page: z.number().int().positive().optional(),
});

export const importedProposalSchema = z.object({
  ref: z.string(),
  title: z.string().optional(),
  summary: z.string().optional(),
  proposer: z.object({ name: z.string().optional(), organisation: z.string().optional(), category: z.string().optional() }).optional(),
  leadAnalyst: z.string().optional(),
  committees: z.array(z.string()),
  raisedOn: isoDate.optional(),
  path: z.string().optional(),
  parent: z.string().optional(),
  targetRelease: z.string().optional(),
  /** Present when the document states the stage (register pages); the date is in `stages`. */
  stage: z.string().optional(),
  /** Set in an import's result: a proposal added to the store, or one whose empty fields were filled. */
  change: z.enum(['new', 'updated']).optional(),
  /** For a new proposal: the date of its first recorded stage. */
  since: isoDate.optional(),
  fields: z.array(z.string()).optional(),
  source: itemSourceSchema,
});

export const importedStageSchema = z.object({
  ref: z.string(),
  stage: z.string(),
  on: isoDate,
  /** The sentence or table row the stage came from, shown in the preview. */
  sentence: z.string(),
  /** Dated after the document itself: a plan, shown but never recorded. */
  planned: z.boolean().optional(),
  source: itemSourceSchema,
});

export const importedDecisionSchema = z.object({
  ref: z.string(),
  body: z.string(),
  outcome: z.string(),
  on: isoDate,
  sentence: z.string(),
  source: itemSourceSchema,
});

export const importedActionSchema = z.object({
  ref: z.string(),
  committee: z.string(),
  owner: z.string().optional(),
  text: z.string().optional(),
  status: z.enum(['Open', 'Closed']),
  raisedOn: isoDate.optional(),
  proposals: z.array(z.string()),
  update: z.object({ on: isoDate, text: z.string(), by: z.string() }).optional(),
  /** Set in an import's result: what happened to the action. */
  change: z.enum(['new', 'updated', 'closed']).optional(),
  source: itemSourceSchema,
});

export const importedConsultationSchema = z.object({
  ref: z.string(),
  kind: z.enum(['refinement', 'report', 'other']),
  /** Either end may be unknown (a notice gives the closing date; a timeline row one date), never both. */
  opens: isoDate.optional(),
  closes: isoDate.optional(),
  /** London closing time "HH:MM" when the document states one ("by 5pm"). */
  closesAt: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  sentence: z.string(),
  source: itemSourceSchema,
});

export const importedMeetingSchema = z.object({
  ref: z.string(),
  committee: z.string(),
  number: z.number().int().nonnegative().optional(),
  on: isoDate,
  nextOn: isoDate.optional(),
  source: itemSourceSchema,
});

export const importedReleaseSchema = z.object({
  name: z.string(),
  on: isoDate,
  /** The proposal it is the target of, when the document says so. */
  ref: z.string().optional(),
  /** For an SEC version: designated by the Secretary of State rather than released for modifications. */
  designation: z.boolean().optional(),
  /** For an SEC version: what it contains, as the document says (the modifications it implements, a designation). */
  contains: z.array(z.string()).optional(),
  source: itemSourceSchema,
});

/** Timeline entries with no counterpart in the store (Working Group meetings, legal text drafted...). */
export const importedEventSchema = z.object({
  ref: z.string(),
  text: z.string(),
  source: itemSourceSchema,
});

export const importWarningSchema = z.object({ message: z.string(), source: itemSourceSchema.optional() });

export const documentKindSchema = z.enum([
  'new-dp-paper', 'minutes', 'modification-report', 'register-page', 'release-notice', 'consultation-notice', 'newsletter', 'proposal-form', 'decision-letter',
]);

export const changeSetSchema = z.object({
  documents: z.array(z.object({ file: z.string(), kind: documentKindSchema, date: isoDate.optional() })),
  proposals: z.array(importedProposalSchema),
  stages: z.array(importedStageSchema),
  decisions: z.array(importedDecisionSchema),
  actions: z.array(importedActionSchema),
  consultations: z.array(importedConsultationSchema),
  meetings: z.array(importedMeetingSchema),
  releases: z.array(importedReleaseSchema),
  events: z.array(importedEventSchema),
  /** People and organisations the documents name (optional so older change sets still parse). */
  people: z.array(importedPersonSchema).optional(),
  warnings: z.array(importWarningSchema),
});

export type ItemSource = z.infer<typeof itemSourceSchema>;
export type ImportedProposal = z.infer<typeof importedProposalSchema>;
export type ImportedStage = z.infer<typeof importedStageSchema>;
export type ImportedDecision = z.infer<typeof importedDecisionSchema>;
export type ImportedAction = z.infer<typeof importedActionSchema>;
export type ImportedConsultation = z.infer<typeof importedConsultationSchema>;
export type ImportedMeeting = z.infer<typeof importedMeetingSchema>;
export type ImportedRelease = z.infer<typeof importedReleaseSchema>;
export type ImportedEvent = z.infer<typeof importedEventSchema>;
export type ImportWarning = z.infer<typeof importWarningSchema>;
export type DocumentKind = z.infer<typeof documentKindSchema>;
export type ChangeSet = z.infer<typeof changeSetSchema>;

export const ITEM_LISTS = ['proposals', 'stages', 'decisions', 'actions', 'consultations', 'meetings', 'releases', 'events'] as const;

export function emptyChangeSet(): ChangeSet {
  return { documents: [], proposals: [], stages: [], decisions: [], actions: [], consultations: [], meetings: [], releases: [], events: [], people: [], warnings: [] };
}

/** Several documents' change sets as one (one preview, one transaction). */
export function mergeChangeSets(sets: readonly ChangeSet[]): ChangeSet {
  const merged = emptyChangeSet();
  for (const set of sets) {
    merged.documents.push(...set.documents);
    for (const list of ITEM_LISTS) (merged[list] as unknown[]).push(...set[list]);
    merged.people!.push(...(set.people ?? []));
    merged.warnings.push(...set.warnings);
  }
  return merged;
}

export function countItems(set: ChangeSet): number {
  return ITEM_LISTS.filter((l) => l !== 'events').reduce((sum, list) => sum + set[list].length, 0);
}
