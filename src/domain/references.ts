// CONTRACT STUB: the domain helper implements these; signatures are fixed for other modules.
export type ProposalKind = 'DP' | 'MP' | 'SECMP';

export interface ProposalRef {
  kind: ProposalKind;
  number: number;
  /** Letter for split/alternative solutions: MP167B → "B". */
  suffix?: string;
  /** Canonical form: DP096, MP167B, SECMP0049. */
  ref: string;
}

/** "dp96", "DP 096", "mp-167b", "SECMP49" → parsed; anything else → undefined. */
export function parseProposalRef(input: string): ProposalRef | undefined {
  throw new Error('not implemented');
}

/** Canonical reference, or a UserError: `"DPX" is not a proposal reference. Try DP096, MP167B or SECMP0049.` */
export function normaliseProposalRef(input: string): string {
  throw new Error('not implemented');
}

/** The MP reference a DP converts to (same number): DP118 → MP118. */
export function toModificationRef(draftRef: string): string {
  throw new Error('not implemented');
}

/** "CSC 12/01", "csc12/1", "ACTION CSC 10/01" → "CSC 12/01"; anything else → undefined. */
export function parseActionRef(input: string): string | undefined {
  throw new Error('not implemented');
}

/** Like parseActionRef but throws a UserError with an example. */
export function normaliseActionRef(input: string): string {
  throw new Error('not implemented');
}

/** All proposal references written in free text ("see DP096 and MP167B"), canonical, de-duplicated. */
export function findProposalRefs(text: string): string[] {
  throw new Error('not implemented');
}
