import { z } from 'zod';

/** SEC party categories, as SECAS uses them for proposers and organisations. */
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

/** The people/organisation directory: who owns actions, who gets reminders, who is in the change team. */
export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  organisation: z.string().optional(),
  initials: z.string().optional(),
  aliases: z.array(z.string()),
  roles: z.array(z.enum(['change-team'])),
  /** Chat identities, e.g. { slack: "U0123", teams: "29:1abc" }. */
  platformIds: z.record(z.string(), z.string()),
  /**
   * Platforms whose link the person made themselves (`link "Name"`), not yet confirmed by the change
   * team. Such a link personalises `actions mine` and reminders but does not make them an action's owner.
   */
  selfLinked: z.array(z.string()).optional(),
  /** Work email: matched (case-insensitively) to a verified Slack/Teams email to link the account. */
  email: z.string().optional(),
  /** The person's SEC party category when documents state it rather than an organisation. */
  category: partyCategorySchema.optional(),
  /** Committees whose meetings the person attended (from minutes). */
  committees: z.array(z.string()).optional(),
  /** Initials that a meeting's minutes use for the person: GS at CSC 12_2502. */
  meetingInitials: z.array(z.object({ meeting: z.string().min(1), initials: z.string().min(1) })).optional(),
  /** How each platform's link was made: an email match, the person themselves, or the change team. */
  linkedBy: z.record(z.string(), z.enum(['email', 'self', 'change-team'])).optional(),
  /** Where the entry came from: "person add by slack:U1", "import minutes.txt:18". */
  source: z.string().optional(),
  /** How reminders reach them; absent: chat when linked, else email (see src/notify/person-reach.ts). */
  reminders: z.enum(['chat', 'email', 'both', 'none']).optional(),
});

/** `person update NAME reminders email|chat|both|none`. */
export const REMINDER_CHANNELS = ['chat', 'email', 'both', 'none'] as const;

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  category: partyCategorySchema.optional(),
  /** People who receive reminders for actions owned by the organisation. */
  contacts: z.array(z.string()),
  source: z.string().optional(),
});
