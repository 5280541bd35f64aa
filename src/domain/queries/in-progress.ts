import type { Proposal } from '../../../storage/schema';
import { stageOf } from './stage-of';

/** Still being worked on: not finished, and not a parent whose work goes on in its split children (MP167 → MP167A, MP167B). */
export function inProgress(p: Proposal): boolean {
  return !stageOf(p.stage).terminal && p.children.length === 0;
}
