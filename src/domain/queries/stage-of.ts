import { normaliseStage, type StageInfo } from '../lifecycle';

const known = new Map<string, Readonly<StageInfo>>();

/** normaliseStage for stages as stored, remembered: thousands of proposals share a handful of stage texts. */
export function stageOf(stage: string): Readonly<StageInfo> {
  let info = known.get(stage);
  if (!info) {
    info = Object.freeze(normaliseStage(stage));
    if (known.size >= 1000) known.clear();
    known.set(stage, info);
  }
  return info;
}
