import { isMonthOnly, parseDocDate, parseDocRange, splitTrailingDate } from './doc-dates';
import type { DocLine } from './source-lines';
import { CONSULTATION_EVENTS, DECISION_EVENTS, STAGE_EVENTS } from './timeline-events';

export interface ScannedRow {
  label: string;
  when: string;
  line: DocLine;
}

export interface ScanResult {
  rows: ScannedRow[];
  /** Dates left without an event at the end: the page was cut off. */
  dangling?: DocLine;
}

const isWhen = (text: string): boolean => !!(parseDocDate(text) || parseDocRange(text) || isMonthOnly(text));
const knownEvent = (label: string): boolean => [...STAGE_EVENTS, ...DECISION_EVENTS, ...CONSULTATION_EVENTS].some((e) => e.pattern.test(label));
/** Prose, not a timeline entry: quoted text, a full stop, or too long to be a row. */
const isProse = (text: string): boolean => /["“”‘’]|'\s|\s'|\.\s|\.$/.test(text) || text.length > 110;

/**
 * Timeline rows in any of the shapes pages use: a date (or range, or two date lines) above its event;
 * "event<TAB>date" / "event date"; "date event". With `anyLabel` (a timetable table), every dated
 * row counts; otherwise a same-line row must name a known event, so sentences are never read as rows.
 */
export function scanTimeline(lines: readonly DocLine[], anyLabel: boolean): ScanResult {
  const rows: ScannedRow[] = [];
  let pending: { when: string; line: DocLine } | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    if (isWhen(text)) {
      pending = pending && !parseDocRange(pending.when) ? joinRange(pending, text) : { when: text, line };
      continue;
    }
    if (pending) {
      if (!isProse(text)) rows.push({ label: text, when: pending.when, line: pending.line });
      pending = undefined;
      continue;
    }
    const row = sameLineRow(text, anyLabel);
    if (row) rows.push({ ...row, line });
  }
  return pending ? { rows, dangling: pending.line } : { rows };
}

function joinRange(first: { when: string; line: DocLine }, second: string): { when: string; line: DocLine } {
  const joined = `${first.when} – ${second}`;
  return parseDocRange(joined) ? { when: joined, line: first.line } : { when: second, line: first.line };
}

function sameLineRow(text: string, anyLabel: boolean): { label: string; when: string } | undefined {
  const trailing = splitTrailingDate(text);
  if (trailing && isWhen(trailing.when) && trailing.label && (anyLabel || (knownEvent(trailing.label) && !isProse(text)))) return trailing;
  if (anyLabel || isProse(text)) return undefined;
  const leading = leadingDate(text);
  if (leading && knownEvent(leading.label)) return leading;
  return undefined;
}

/** "28 Jan 2021 – 11 Feb 2021<TAB>Refinement Consultation": the longest date or range the line starts with. */
function leadingDate(text: string): { label: string; when: string } | undefined {
  const cells = text.split('\t');
  if (cells.length >= 2 && isWhen(cells[0]!.trim())) return { when: cells[0]!.trim(), label: cells.slice(1).join(' ').trim() };
  let found: { label: string; when: string } | undefined;
  for (const year of text.matchAll(/\d{4}\b/g)) {
    const end = year.index! + 4;
    if (isWhen(text.slice(0, end))) found = { when: text.slice(0, end), label: text.slice(end).trim() };
  }
  return found?.label ? found : undefined;
}
