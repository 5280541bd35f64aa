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
});

export const organisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  category: partyCategorySchema.optional(),
  /** People who receive reminders for actions owned by the organisation. */
  contacts: z.array(z.string()),
});
