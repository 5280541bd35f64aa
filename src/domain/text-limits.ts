/**
 * The longest text the store accepts for each kind of field. Commands, the importer and forms
 * (Slack modal max_length) all use these, so a form never accepts what the command then refuses.
 */
export const TEXT_LIMITS = {
  reference: 20,
  committee: 40,
  name: 120,
  title: 300,
  actionText: 2000,
  summary: 3000,
} as const;
