import { z } from 'zod';

/**
 * A person or organisation a document names: a proposer (with organisation and party category), a lead
 * analyst (SECAS), or a minutes attendee (with the category or organisation their row gives, and the
 * initials the minutes use for them in that meeting).
 */
export const importedPersonSchema = z.object({
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  role: z.enum(['proposer', 'lead analyst', 'attendee', 'organisation']),
  organisation: z.string().optional(),
  category: z.string().optional(),
  committee: z.string().optional(),
  meeting: z.string().optional(),
  initials: z.string().optional(),
  /** Set in an import's result: added to the directory, or empty fields filled. */
  change: z.enum(['new', 'updated']).optional(),
  fields: z.array(z.string()).optional(),
  source: z.object({ file: z.string().min(1), line: z.number().int().positive(), page: z.number().int().positive().optional() }),
});

export type ImportedPerson = z.infer<typeof importedPersonSchema>;
