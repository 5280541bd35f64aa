import { parseActionRef } from '../domain/references';
import type { ImportedAction } from './change-set';
import { refsIn } from './doc-text';
import { sourceOf, warn, type ExtractContext } from './extract-context';
import type { MinutesMeeting } from './extract-minutes';
import { minutesUnits, NEW_ACTION, OUTSTANDING_ROW } from './minutes-units';
import { sentence, type DocLine } from './source-lines';

const TABLE_HEADER = /^Action Reference\b/i;
const SECTION = /^\d+\.\s+\S/;

/** "ACTION CSC 10/01 <text>" rows with their update and "Status: Open", and new "CSC 12/01: SECAS to ..." lines. */
export function readMinutesActions(ctx: ExtractContext, meeting: MinutesMeeting): void {
  const lines = ctx.doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const row = OUTSTANDING_ROW.exec(lines[i]!.text.trim());
    if (!row) continue;
    const end = rowEnd(lines, i + 1);
    outstanding(ctx, meeting, lines[i]!, row, lines.slice(i + 1, end));
    i = end - 1;
  }
  for (const unit of minutesUnits(lines)) {
    const added = NEW_ACTION.exec(unit.text);
    if (added && parseActionRef(added[1]!)) newAction(ctx, meeting, unit.line, added[1]!, added[2]!);
  }
}

function rowEnd(lines: readonly DocLine[], from: number): number {
  let i = from;
  while (i < lines.length && !OUTSTANDING_ROW.test(lines[i]!.text.trim()) && !SECTION.test(lines[i]!.text.trim())) i++;
  return i;
}

function outstanding(ctx: ExtractContext, meeting: MinutesMeeting, line: DocLine, row: RegExpExecArray, rest: DocLine[]): void {
  const ref = parseActionRef(row[1]!)!;
  const all = sentence([row[2]!, ...rest.map((l) => l.text).filter((t) => !TABLE_HEADER.test(t.trim()))].join(' '));
  // A table row keeps the action in its first cell; a PDF wraps it, so the first sentence is the action.
  const first = /\.$/.test(row[2]!.trim()) ? row[2]!.trim() : (/^.*?\.(?=\s|$)/.exec(all)?.[0] ?? all);
  const text = sentence(first);
  const notes = sentence(all.slice(all.indexOf(text) + text.length));
  const status = /Status:\s*(Open|Closed)\b/i.exec(notes)?.[1];
  const updateText = sentence(notes.replace(/Status:\s*(Open|Closed)\b\.?/gi, ''));
  if (!status) warn(ctx, `${ref}: no "Status: Open" or "Status: Closed" in the minutes; recorded as Open.`, line);
  ctx.set.actions.push(action(ctx, line, {
    ref,
    committee: ref.replace(/ \d+\/\d+$/, ''),
    ...ownerOf(ctx, ref, text, line),
    ...(text ? { text } : {}),
    status: /closed/i.test(status ?? '') ? 'Closed' : 'Open',
    proposals: refsIn(`${text} ${updateText}`),
    ...(updateText ? { update: { on: meeting.on, text: updateText, by: meeting.ref } } : {}),
  }));
}

function newAction(ctx: ExtractContext, meeting: MinutesMeeting, line: DocLine, rawRef: string, rawText: string): void {
  const ref = parseActionRef(rawRef)!;
  const text = sentence(rawText);
  ctx.set.actions.push(action(ctx, line, {
    ref, committee: ref.replace(/ \d+\/\d+$/, ''), ...ownerOf(ctx, ref, text, line), text, status: 'Open', raisedOn: meeting.on, proposals: refsIn(text),
  }));
}

function action(ctx: ExtractContext, line: DocLine, item: Omit<ImportedAction, 'source'>): ImportedAction {
  return { ...item, source: sourceOf(ctx, line) };
}

/** "DCC to provide ...", "The DCC to provide ...", "SECAS to arrange ..." → the owner before "to". */
function ownerOf(ctx: ExtractContext, ref: string, text: string, line: DocLine): { owner?: string } {
  const m = /^(?:The\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+to\s+[a-z]/.exec(text);
  if (m) return { owner: m[1] };
  warn(ctx, `${ref}: could not tell who owns "${text.slice(0, 60)}"; set the owner after importing.`, line);
  return {};
}
