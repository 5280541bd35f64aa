import { UserError } from '../core/errors';
import { COMMITTEES, findCommittee } from './committees';

export type ProposalKind = 'DP' | 'MP' | 'SECMP';

export interface ProposalRef {
  kind: ProposalKind;
  number: number;
  /** Letter of a proposal split from another: MP167 → MP167A and MP167B ("B"). */
  suffix?: string;
  /** Canonical form: DP096, MP167B, SECMP0049. */
  ref: string;
}

const PROPOSAL = /^(SECMP|DP|MP)[\s_-]*(\d{1,4})([A-Z])?$/;

function build(kind: ProposalKind, digits: string, suffix?: string): ProposalRef | undefined {
  const number = Number(digits);
  const width = kind === 'SECMP' ? 4 : 3;
  if (number === 0 || digits.replace(/^0+/, '').length > width) return undefined;
  if (kind === 'SECMP' && suffix) return undefined;
  const ref = `${kind}${String(number).padStart(width, '0')}${suffix ?? ''}`;
  return suffix ? { kind, number, suffix, ref } : { kind, number, ref };
}

/** "dp96", "DP 096", "mp-167b", "SECMP49" → parsed; anything else → undefined. */
export function parseProposalRef(input: string): ProposalRef | undefined {
  const match = PROPOSAL.exec(input.trim().toUpperCase());
  if (!match) return undefined;
  return build(match[1] as ProposalKind, match[2]!, match[3]);
}

/** Canonical reference, or a UserError: `"DPX" is not a proposal reference. Try DP096, MP167B or SECMP0049.` */
export function normaliseProposalRef(input: string): string {
  const parsed = parseProposalRef(input);
  if (parsed) return parsed.ref;
  throw new UserError(`"${input.trim()}" is not a proposal reference. Try DP096, MP167B or SECMP0049.`);
}

/** The MP reference a DP converts to (same number): DP118 → MP118. */
export function toModificationRef(draftRef: string): string {
  const parsed = parseProposalRef(draftRef);
  if (!parsed) return normaliseProposalRef(draftRef);
  if (parsed.kind !== 'DP') return parsed.ref;
  return `MP${parsed.ref.slice(2)}`;
}

const ACTION = /^(?:ACTION[\s:]+)?([A-Z][A-Z\s_-]*?)[\s_-]*(\d{1,3})\s*\/\s*(\d{1,3})$/;

/** "CSC 12/01", "csc12/1", "ACTION CSC 10/01" → "CSC 12/01"; anything else → undefined. */
export function parseActionRef(input: string): string | undefined {
  const match = ACTION.exec(input.trim().replace(/\s+/g, ' ').toUpperCase());
  if (!match) return undefined;
  const committee = findCommittee(match[1]!);
  const meeting = Number(match[2]);
  const item = Number(match[3]);
  if (!committee || meeting === 0 || item === 0) return undefined;
  return `${committee} ${meeting}/${String(item).padStart(2, '0')}`;
}

/** Like parseActionRef but throws a UserError with an example. */
export function normaliseActionRef(input: string): string {
  const ref = parseActionRef(input);
  if (ref) return ref;
  const ids = COMMITTEES.map((c) => c.id).join(', ');
  throw new UserError(
    `"${input.trim()}" is not an action reference. Write the committee, meeting number / item, e.g. CSC 12/01.`,
    `Committees: ${ids}.`,
  );
}

/* Not inside a longer word ("XDP0961", "DP0961"); "mp3" is too short to be a reference in prose. */
const IN_TEXT = /(?<![A-Za-z0-9])(SECMP|DP|MP)[ -]?(\d{2,4})([A-Z]?)(?![A-Za-z0-9])/gi;

/** A lower-case letter after an upper-case prefix is a plural ("DP096s"), not a split ("mp167b" is fine). */
const pluralNotSuffix = (prefix: string, suffix: string): boolean =>
  suffix !== suffix.toUpperCase() && prefix !== prefix.toLowerCase();

/** All proposal references written in free text ("see DP096 and MP167B"), canonical, de-duplicated. */
export function findProposalRefs(text: string): string[] {
  const found = new Set<string>();
  for (const [, prefix, digits, suffix] of text.matchAll(IN_TEXT)) {
    if (pluralNotSuffix(prefix!, suffix!) || (digits!.length > 3 && prefix!.length === 2)) continue;
    const parsed = parseProposalRef(`${prefix}${digits}${suffix}`);
    if (parsed) found.add(parsed.ref);
  }
  return [...found];
}
