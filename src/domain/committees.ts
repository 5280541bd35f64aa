import { UserError } from '../core/errors';

export interface Committee {
  /** Canonical id used in the store: CSC, OPSG, TABASC, SSC, SMKI PMA, PANEL, CB, WG, AUTHORITY. */
  id: string;
  name: string;
  aliases: readonly string[];
}

export const COMMITTEES: readonly Committee[] = [
  { id: 'CSC', name: 'Change Sub-Committee', aliases: ['change sub-committee', 'change subcommittee', 'change committee'] },
  { id: 'OPSG', name: 'Operations Group', aliases: ['operations group', 'ops group', 'operations', 'ops'] },
  {
    id: 'TABASC',
    name: 'Technical Architecture and Business Architecture Sub-Committee',
    aliases: ['technical architecture and business architecture sub-committee', 'technical architecture sub-committee'],
  },
  { id: 'SSC', name: 'Security Sub-Committee', aliases: ['security sub-committee', 'security subcommittee', 'security'] },
  { id: 'SMKI PMA', name: 'SMKI Policy Management Authority', aliases: ['smki-pma', 'smki policy management authority', 'pma'] },
  { id: 'PANEL', name: 'SEC Panel', aliases: ['sec panel', 'the panel'] },
  { id: 'CB', name: 'Change Board', aliases: ['change board'] },
  { id: 'WG', name: 'Working Group', aliases: ['working group'] },
  { id: 'AUTHORITY', name: 'the Authority (Ofgem)', aliases: ['the authority', 'ofgem', 'gas and electricity markets authority', 'gema'] },
];

/** The bodies a new Draft Proposal is shown to by default, for comments on its problem statement. */
export const SUB_COMMITTEES: readonly string[] = ['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA'];

/** Case, spaces, hyphens and punctuation do not matter: "SMKI-PMA", "smkipma", "smki pma". */
const keyOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const byKey = new Map<string, string>();
for (const c of COMMITTEES) {
  for (const spelling of [c.id, c.name, ...c.aliases]) byKey.set(keyOf(spelling), c.id);
}

/** Canonical id, or undefined when the text names no committee. */
export function findCommittee(input: string): string | undefined {
  return byKey.get(keyOf(input));
}

/** "Operations Group", "opsg", "smki-pma" → canonical id; unknown → UserError listing valid ones. */
export function normaliseCommittee(input: string): string {
  const id = findCommittee(input);
  if (id) return id;
  const valid = COMMITTEES.map((c) => c.id).join(', ');
  throw new UserError(`"${input.trim()}" is not a committee I know. Use one of: ${valid}.`, 'For example: committee OPSG');
}

export function committeeName(id: string): string {
  const found = COMMITTEES.find((c) => c.id === findCommittee(id));
  return found ? found.name : id;
}
