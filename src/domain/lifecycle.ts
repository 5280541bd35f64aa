import { UserError } from '../core/errors';
import { editDistance } from '../core/suggest';

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

/** Every spelling a person may type for a stage, with the stage it names. */
const SPELLINGS: readonly { key: string; stage: StageDef }[] = STAGES.flatMap((stage) => [stage.name, ...stage.aliases].map((s) => ({ key: keyOf(s), stage })));

/**
 * A stage typed in a command: SECAS's names and short forms only. A near miss ("refinment") is refused
 * with "Did you mean Refinement Process?", anything else with the list; a new stage needs its own syntax.
 */
export function typedStage(input: string, example: string): StageInfo {
  const info = normaliseStage(input);
  if (info.known) return info;
  const near = nearestStage(input);
  if (near) throw new UserError(`"${info.name}" is not a stage. Did you mean ${near}?`, `For example: ${example.replace('STAGE', near)}`);
  throw new UserError(`"${info.name}" is not a stage. The stages are: ${KNOWN_STAGES.join(', ')}.`, `For example: ${example.replace('STAGE', 'Refinement Process')}`);
}

/** The stage whose name or short form is a few typing slips away (about one slip per four letters). */
function nearestStage(input: string): string | undefined {
  const key = keyOf(input);
  const allowed = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  let best: { name: string; distance: number } | undefined;
  for (const spelling of SPELLINGS) {
    const distance = Math.min(editDistance(key, spelling.key), key.length >= 5 && spelling.key.startsWith(key) ? 0 : Infinity);
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: spelling.stage.name, distance };
  }
  return best?.name;
}
