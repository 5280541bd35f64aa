import { normaliseStage, type StageInfo } from '../lifecycle';

const known = new Map<string, Readonly<StageInfo>>();

/** What `status` and lists show for a proposal whose documents never stated its stage. */
export const STAGE_NOT_STATED = 'Stage not stated';
const notStated: Readonly<StageInfo> = Object.freeze({ name: STAGE_NOT_STATED, known: false, terminal: false });

/** normaliseStage for stages as stored, remembered: thousands of proposals share a handful of stage texts. */
export function stageOf(stage: string | undefined): Readonly<StageInfo> {
  if (stage === undefined) return notStated;
  let info = known.get(stage);
  if (!info) {
    info = Object.freeze(normaliseStage(stage));
    if (known.size >= 1000) known.clear();
    known.set(stage, info);
  }
  return info;
}
