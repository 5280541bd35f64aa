import { committeeName } from '../domain/committees';
import { formatDate } from '../domain/dates';
import { findDates, parseDocDate } from './doc-dates';
import { refsIn } from './doc-text';
import type { DocLine } from './source-lines';
import { committeeFromName } from './doc-facts';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { readMinutesActions } from './minutes-actions';
import { readMinutesProposals } from './minutes-proposals';

export interface MinutesMeeting {
  committee: string;
  /** "Change Sub-Committee": the body named on decisions. */
  body: string;
  ref: string;
  on: string;
}

const HEADER = /^(.*?)\s*Meeting\s+(\d+)_(\d{2})(\d{2})\b/;
const HEAD = 25;
const GROUPS: readonly [RegExp, string][] = [
  [/\bChange Sub-?Committee\b|\bCSC\b/i, 'CSC'],
  [/\bChange Board\b/i, 'CB'],
  [/\bWorking Group\b|\bWG\b/i, 'WG'],
  [/\bTechnical Architecture\b|\bTABASC\b/i, 'TABASC'],
  [/\bSMKI\s?PMA\b|\bPolicy Management Authority\b/i, 'SMKI PMA'],
  [/\bSecurity Sub-?Committee\b|\bSSC\b/i, 'SSC'],
  [/\bOperations Group\b|\bOPSG\b/i, 'OPSG'],
  [/\bSEC Panel\b|\bPanel\b/i, 'PANEL'],
];

/** Committee minutes: the meeting, actions outstanding and new, and decisions on each proposal. */
export function extractMinutes(ctx: ExtractContext): void {
  const meeting = readMeeting(ctx);
  if (!meeting) return;
  readMinutesActions(ctx, meeting);
  readMinutesProposals(ctx, meeting);
}

function readMeeting(ctx: ExtractContext): MinutesMeeting | undefined {
  const lines = ctx.doc.lines;
  const heading = meetingHeading(lines);
  if (!heading) {
    warn(ctx, `${ctx.doc.file}: no meeting heading naming an SEC group (Panel, Change Board, CSC, OPSG, TABASC, SSC, SMKI PMA, a Working Group), so nothing was read from these minutes.`);
    return undefined;
  }
  const { index, committee, number, ddmm } = heading;
  const dateLine = lines.slice(index, index + 8).find((l) => findDates(l.text)[0]?.iso);
  if (!dateLine) {
    warn(ctx, `${ctx.doc.file}: no meeting date under the heading, so nothing was read from these minutes.`, lines[index]);
    return undefined;
  }
  const on = findDates(dateLine.text)[0]!.iso!;
  setDocDate(ctx, on);
  if (ddmm && (on.slice(8, 10) !== ddmm.slice(0, 2) || on.slice(5, 7) !== ddmm.slice(2))) {
    warn(ctx, `The meeting reference says ${ddmm.slice(0, 2)}/${ddmm.slice(2)} but the minutes are dated ${formatDate(on)}; the date in the minutes was used.`, dateLine);
  }
  const ref = number !== undefined ? `${committee} ${number}_${ddmm ?? `${on.slice(8, 10)}${on.slice(5, 7)}`}` : `${committee}${heading.about ? ` ${heading.about}` : ''} ${on}`;
  const meeting = { committee, body: committeeName(committee), ref, on };
  const nextOn = readNextMeeting(ctx);
  if (heading.about) describeSubject(ctx, lines[index]!, heading.about);
  ctx.set.meetings.push({ ref, committee, ...(number !== undefined ? { number } : {}), on, ...(nextOn ? { nextOn } : {}), source: sourceOf(ctx, lines[index]!) });
  return meeting;
}

/** "SEC Change Sub-Committee Meeting 12_2502", "TABASC Meeting 45", "MP213 Working Group meeting", "Minutes of the SEC Panel". */
function meetingHeading(lines: readonly DocLine[]): { index: number; committee: string; number?: number; ddmm?: string; about?: string } | undefined {
  const head = lines.slice(0, HEAD).map((l) => l.text.trim());
  const named = (t: string): string | undefined => committeeFromName(t) ?? groupIn(t);
  const exact = head.findIndex((t) => HEADER.test(t) && named(HEADER.exec(t)![1]!));
  if (exact !== -1) {
    const m = HEADER.exec(head[exact]!)!;
    return { index: exact, committee: named(m[1]!)!, number: Number(m[2]), ddmm: `${m[3]}${m[4]}` };
  }
  const titled = (t: string): boolean => !!groupIn(t) && !/\bclassified\b|information policy/i.test(t);
  let index = head.findIndex((t) => titled(t) && /\b(meeting|minutes|summary|notes)\b/i.test(t));
  if (index === -1) index = head.findIndex(titled);
  if (index === -1) return undefined;
  const text = head[index]!;
  const committee = groupIn(text)!;
  const number = /\bMeeting\s+(?:No\.?\s*)?(\d{1,3})\b/i.exec(text)?.[1];
  const about = committee === 'WG' ? refsIn(head.slice(0, index + 1).join(' '))[0] : undefined;
  return { index, committee, ...(number ? { number: Number(number) } : {}), ...(about ? { about } : {}) };
}

/** A Working Group's heading names its modification: "MP213 'Prepayment top-up routing' Working Group". */
function describeSubject(ctx: ExtractContext, line: DocLine, ref: string): void {
  const title = /['‘’"“]([^'‘’"“”]{3,160})['’”"]/.exec(line.text)?.[1]?.trim();
  if (title) ctx.set.proposals.push({ ref, title, committees: [], source: sourceOf(ctx, line) });
}

/** The SEC group a heading names, longest names first ("Change Sub-Committee" before "Change Board"). */
function groupIn(text: string): string | undefined {
  if (text.length > 140 || /[.]$/.test(text)) return undefined;
  for (const [re, id] of GROUPS) if (re.test(text)) return id;
  return undefined;
}

function readNextMeeting(ctx: ExtractContext): string | undefined {
  const line = ctx.doc.lines.find((l) => /^Next Meeting\b/i.test(l.text.trim()));
  if (!line) return undefined;
  const date = parseDocDate(line.text.replace(/^Next Meeting:?\s*/i, '').replace(/,.*$/, ''));
  if (date?.noYear) warn(ctx, `"${line.text.trim()}" has no year, so the next meeting date was not recorded.`, line);
  else if (!date) warn(ctx, `Could not read the date in "${line.text.trim()}".`, line);
  return date?.iso;
}
