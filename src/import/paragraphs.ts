import type { DocLine } from './source-lines';

/** A sentence (or a bullet, or a one-line heading) and the line it starts on. */
export interface Unit {
  text: string;
  line: DocLine;
}

const BULLET = /^\s*([-•*▪]|\d+\))\s+/;

/**
 * Text as sentences, whatever the line breaks: PDFs wrap a sentence over several lines, text files keep
 * a paragraph on one. A blank line, a bullet or a line that `starts` one begins a new paragraph; a
 * line that stands `alone` (headings, table rows) is a unit of its own. A unit's line is where it starts.
 */
export function toUnits(lines: readonly DocLine[], rules: { alone: (text: string) => boolean; starts?: (text: string) => boolean }): Unit[] {
  const units: Unit[] = [];
  let paragraph: DocLine[] = [];
  const flush = (): void => {
    if (paragraph.length) units.push(...splitSentences(paragraph));
    paragraph = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      flush();
      continue;
    }
    if (rules.alone(text)) {
      flush();
      units.push({ text, line });
      continue;
    }
    if (BULLET.test(text) || rules.starts?.(text)) flush();
    paragraph.push(line);
  }
  flush();
  return units;
}

function splitSentences(lines: readonly DocLine[]): Unit[] {
  let joined = '';
  const starts: { at: number; line: DocLine }[] = [];
  for (const line of lines) {
    if (joined) joined += ' ';
    starts.push({ at: joined.length, line });
    joined += line.text.trim();
  }
  const units: Unit[] = [];
  const re = /[^]*?(?:[.!?](?=\s+[A-Z"“‘(\[-])|$)/g;
  for (const m of joined.matchAll(re)) {
    const text = m[0].trim();
    if (!text) continue;
    const offset = m.index! + m[0].length - m[0].trimStart().length;
    const line = [...starts].reverse().find((s) => s.at <= offset)!.line;
    units.push({ text, line });
  }
  return units;
}
