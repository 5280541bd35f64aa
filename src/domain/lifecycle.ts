// CONTRACT STUB: the domain helper implements these; signatures are fixed for other modules.
export interface StageInfo {
  /** SECAS's own name, e.g. "Refinement Process"; an unknown stage keeps the text as given. */
  name: string;
  known: boolean;
  /** Position in the normal flow (Development Stage = 1); undefined for unknown stages. */
  order?: number;
  terminal: boolean;
}

export const KNOWN_STAGES: readonly string[] = [];

/** "refinement", "Report phase", "pending implementation" → StageInfo; unknown stages are accepted. */
export function normaliseStage(input: string): StageInfo {
  throw new Error('not implemented');
}

/** True when moving from one stage to the other goes back in the normal flow. */
export function isBackwards(from: string, to: string): boolean {
  throw new Error('not implemented');
}
