import { refHeading } from './doc-text';
import { toUnits, type Unit } from './paragraphs';
import type { DocLine } from './source-lines';

export const OUTSTANDING_ROW = /^ACTION:?\s+([A-Z][A-Z ]*?\s*\d+\s*\/\s*\d+)\b[\t :–-]*(.*)$/;
export const NEW_ACTION = /^(?:New action\s+)?([A-Z]{2,}(?: [A-Z]+)?\s?\d+\/\d+)\s*[:–-]\s*(.+)$/;
const SECTION = /^\d+\.\s+\S/;

const cache = new WeakMap<readonly DocLine[], Unit[]>();

/** Minutes as sentences: headings, numbered sections and action rows stand alone; a new action starts a paragraph. */
export function minutesUnits(lines: readonly DocLine[]): Unit[] {
  let units = cache.get(lines);
  if (!units) {
    units = toUnits(lines, {
      alone: (t) => !!refHeading(t, { quoted: true }) || SECTION.test(t) || OUTSTANDING_ROW.test(t) || /^(Next Meeting|Action Reference)\b/i.test(t),
      starts: (t) => NEW_ACTION.test(t),
    });
    cache.set(lines, units);
  }
  return units;
}
