import { UserError } from '../core/errors';

export interface StageInfo {
  /** SECAS's own name, e.g. "Refinement Process"; an unknown stage keeps the text as given. */
  name: string;
  known: boolean;
  /** Position in the normal flow (Development Stage = 1); undefined for unknown stages. */
  order?: number;
  terminal: boolean;
}

interface StageDef {
  name: string;
  order: number;
  terminal: boolean;
  aliases: readonly string[];
}

/** Rejected and Withdrawn end a proposal at any point, so they sort after everything. */
const STAGES: readonly StageDef[] = [
  { name: 'Development Stage', order: 1, terminal: false, aliases: ['development', 'dev', 'draft', 'draft proposal'] },
  {
    name: 'Converted to Modification Proposal',
    order: 2,
    terminal: false,
    aliases: ['converted', 'conversion', 'converted to mp', 'modification proposal'],
  },
  { name: 'Refinement Process', order: 3, terminal: false, aliases: ['refinement', 'refinement consultation', 'refinement phase'] },
  {
    name: 'Report Phase',
    order: 4,
    terminal: false,
    aliases: ['report', 'modification report', 'modification report consultation', 'mrc', 'report consultation'],
  },
  { name: 'Change Board', order: 5, terminal: false, aliases: ['change board vote', 'cb', 'cb vote'] },
  {
    name: 'Authority Determination',
    order: 6,
    terminal: false,
    aliases: ['authority', 'ofgem', 'ofgem decision', 'authority decision', 'determination'],
  },
  { name: 'Pending Implementation', order: 7, terminal: false, aliases: ['pending', 'approved', 'awaiting implementation'] },
  { name: 'Implemented', order: 8, terminal: true, aliases: ['implemented', 'done', 'live'] },
  { name: 'Rejected', order: 9, terminal: true, aliases: ['rejected', 'refused'] },
  { name: 'Withdrawn', order: 9, terminal: true, aliases: ['withdrawn', 'withdraw'] },
];

export const KNOWN_STAGES: readonly string[] = STAGES.map((s) => s.name);

const keyOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const byKey = new Map<string, StageDef>();
for (const stage of STAGES) {
  for (const spelling of [stage.name, ...stage.aliases]) byKey.set(keyOf(spelling), stage);
}

/** "refinement", "Report phase", "pending implementation" → StageInfo; unknown stages are accepted. */
export function normaliseStage(input: string): StageInfo {
  if (!input.trim()) throw new UserError('Say which stage, e.g. "Refinement Process" or "report".');
  const stage = byKey.get(keyOf(input));
  if (stage) return { name: stage.name, known: true, order: stage.order, terminal: stage.terminal };
  return { name: input.trim().replace(/\s+/g, ' '), known: false, terminal: false };
}

/** True when moving from one stage to the other goes back in the normal flow. */
export function isBackwards(from: string, to: string): boolean {
  const a = normaliseStage(from).order;
  const b = normaliseStage(to).order;
  return a !== undefined && b !== undefined && b < a;
}

/** The usual next stage in the flow, for an "Advance stage" button; undefined at the end or for unknown stages. */
export function nextStage(name: string): string | undefined {
  const stage = normaliseStage(name);
  if (!stage.known || stage.terminal) return undefined;
  return STAGES.find((s) => s.order === stage.order! + 1)?.name;
}
