/**
 * The labelled lines at the top of a SECAS modification register page. Scraped text often glues a
 * label to its value ("StagePending Implementation", "Date raised12/12/2019"); tables give
 * "Stage | Implemented |" or "Stage<TAB>Implemented"; plain pages give "Stage: Implemented".
 */
export type RegisterField = 'stage' | 'raised' | 'proposer' | 'leadAnalyst' | 'targetRelease' | 'implementationDate' | 'latestUpdate' | 'organisation' | 'path';

const LABELS: readonly [string, RegisterField][] = [
  ['implementation date', 'implementationDate'],
  ['target implementation', 'targetRelease'],
  ['target release', 'targetRelease'],
  ['latest update', 'latestUpdate'],
  ['lead analyst', 'leadAnalyst'],
  ['date raised', 'raised'],
  ['raised date', 'raised'],
  ['organisation', 'organisation'],
  ['proposer', 'proposer'],
  ['current stage', 'stage'],
  ['stage', 'stage'],
  ['path', 'path'],
];

/** The field and value of a register label line, or undefined when the line is not one. */
export function registerLabel(text: string): { field: RegisterField; label: string; value: string } | undefined {
  const line = text.trim();
  const lower = line.toLowerCase();
  for (const [label, field] of LABELS) {
    if (!lower.startsWith(label)) continue;
    const rest = line.slice(label.length);
    const next = rest.charAt(0);
    const separated = /^[\s:|–-]/.test(next);
    const glued = /^[A-Z0-9]/.test(next);
    if (!separated && !glued) continue;
    const value = rest.replace(/^[\s:|–-]+/, '').replace(/\s*\|\s*$/, '').trim();
    if (value) return { field, label: line.slice(0, label.length), value };
  }
  return undefined;
}

/** For kind detection: a line that starts with one of the register labels. */
export const REGISTER_LABEL_RE = { test: (text: string): boolean => registerLabel(text) !== undefined };

const ORGANISATION_WORDS = /\b(gas|energy|power|electric(ity)?|networks?|group|ltd|limited|plc|company|supply|utilities|distribution|DCC|SECAS|Ofgem|BEIS|DESNZ|Citizens Advice|Sub-Committee|Panel|Co)\b/i;

/**
 * "Chun Chen" → a person; "British Gas", "Utilita", "DCC" → an organisation; "Chun Chen, DCC" or
 * "Chun Chen (DCC)" → both. A single word or an organisation word means an organisation.
 */
export function splitProposer(value: string): { name?: string; organisation?: string } {
  const both = /^(.+?)\s*(?:,|\(|\bof\b|\bfrom\b)\s*(?:the\s+)?(.+?)\)?$/.exec(value.trim());
  if (both && looksLikePerson(both[1]!)) return { name: both[1]!.trim(), organisation: both[2]!.trim() };
  return looksLikePerson(value) ? { name: value.trim() } : { organisation: value.trim() };
}

function looksLikePerson(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !ORGANISATION_WORDS.test(text) && words.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]\.?$/.test(w));
}
