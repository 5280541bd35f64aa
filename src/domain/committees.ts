// CONTRACT STUB: the domain helper implements these; signatures are fixed for other modules.
export interface Committee {
  /** Canonical id used in the store: CSC, OPSG, TABASC, SSC, SMKI PMA, PANEL, CB, WG, AUTHORITY. */
  id: string;
  name: string;
  aliases: readonly string[];
}

export const COMMITTEES: readonly Committee[] = [];

/** "Operations Group", "opsg", "smki-pma" → canonical id; unknown → UserError listing valid ones. */
export function normaliseCommittee(input: string): string {
  throw new Error('not implemented');
}

export function committeeName(id: string): string {
  throw new Error('not implemented');
}
