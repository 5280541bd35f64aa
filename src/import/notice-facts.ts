import { parseReleaseName } from '../domain/releases';
import { findDates } from './doc-dates';
import { sentence, type DocLine } from './source-lines';

/** "the June 2022 SEC Release", "Feb 21 SEC Release", "November 2019 Release" → the canonical release name. */
export function releaseNamedIn(text: string): string | undefined {
  const m = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+'?(?:\d{4}|\d{2}))\s+(?:SEC\s+)?Release\b/i.exec(text);
  return m ? parseReleaseName(m[1]!) : undefined;
}

/** Wording that states when a release or SEC version took effect. */
const EFFECTIVE = /\b(came into (?:effect|force)|comes? into (?:effect|force)|(?:was|were|has been|have been|will be|is|are) (?:implemented|released|designated|delivered|go(?:ing)? live)|went live|go(?:es)? live on|due to (?:go live|be implemented|take effect|come into effect)|go-live(?: date)?|took (?:place|effect)|takes (?:place|effect)|with effect from|effective (?:from|on|date)|implemented on|implementation date|release date|released on|designated on)\b/i;

/** The first date stated after effective wording ("came into effect on 18 July 2022"), with its line. */
export function statedEffectiveDate(lines: readonly DocLine[]): { on: string; line: DocLine; sentence: string } | undefined {
  for (const line of lines) {
    const m = EFFECTIVE.exec(line.text);
    if (!m) continue;
    const date = findDates(line.text.slice(m.index))[0];
    if (date?.iso) return { on: date.iso, line, sentence: sentenceAround(line.text, m.index) };
  }
  return undefined;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 1, 0);
  const end = text.indexOf('. ', at);
  return sentence(text.slice(start, end === -1 ? undefined : end + 1));
}

/** Past-tense wording: the page reports a release that has happened, not one being planned. */
export function reportsDone(text: string): boolean {
  return /\b(came into (effect|force)|took effect|(was|were|has been|have been) (implemented|released|delivered)|went live|is now (live|in effect))\b/i.test(text);
}

/** Path wording in notices: an "Authority-Led Variation" is a Path 1 change. */
export function pathFrom(text: string): string | undefined {
  if (/\bAuthority[- ]Led (Variation|Modification)\b|\bPath 1\b/i.test(text)) return 'Path 1: Authority-led';
  if (/\bSelf-Governance\b|\bPath 3\b/i.test(text)) return 'Path 3: Self-Governance';
  if (/\bAuthority Determination\b|\bPath 2\b/i.test(text)) return 'Path 2: Authority Determination';
  if (/\bFast[- ]Track\b/i.test(text)) return 'Fast-Track';
  return undefined;
}
