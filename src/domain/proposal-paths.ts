import { UserError } from '../core/errors';

/** The routes a Modification Proposal can take (SEC Section D), as the store and the importer write them. */
export const PROPOSAL_PATHS = ['Path 1: Authority-led', 'Path 2: Authority Determination', 'Path 3: Self-Governance', 'Fast-Track', 'Urgent'] as const;

const SPELLINGS: readonly [RegExp, (typeof PROPOSAL_PATHS)[number]][] = [
  [/^(path\s*)?1\b|authority[- ]?led/i, 'Path 1: Authority-led'],
  [/^(path\s*)?2\b|authority determination/i, 'Path 2: Authority Determination'],
  [/^(path\s*)?3\b|self[- ]?governance|^sg$/i, 'Path 3: Self-Governance'],
  [/^fast[- ]?track/i, 'Fast-Track'],
  [/^urgent/i, 'Urgent'],
];

/** "path 3", "3", "self-governance", "Fast Track", "urgent" → the canonical path; anything else is refused. */
export function parseProposalPath(input: string): (typeof PROPOSAL_PATHS)[number] {
  const text = input.trim().replace(/\s+/g, ' ');
  const found = SPELLINGS.find(([re]) => re.test(text))?.[1];
  if (!found) throw new UserError(`"${text.slice(0, 40)}" is not a path.`, `Use one of: ${PROPOSAL_PATHS.join('; ')} (e.g. path 3, or path fast-track).`);
  return found;
}
