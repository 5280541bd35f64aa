import { committeeName } from '../domain/committees';
import { formatDate } from '../domain/dates';
import { parseDocDate } from './doc-dates';
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

const HEADER = /^(.*?)\s*Meeting\s+(\d+)_(\d{2})(\d{2})$/;

/** Committee minutes: the meeting, actions outstanding and new, and decisions on each proposal. */
export function extractMinutes(ctx: ExtractContext): void {
  const meeting = readMeeting(ctx);
  if (!meeting) return;
  readMinutesActions(ctx, meeting);
  readMinutesProposals(ctx, meeting);
}

function readMeeting(ctx: ExtractContext): MinutesMeeting | undefined {
  const lines = ctx.doc.lines;
  const index = lines.findIndex((l) => HEADER.test(l.text.trim()));
  const m = index === -1 ? undefined : HEADER.exec(lines[index]!.text.trim());
  const committee = m ? committeeFromName(m[1]!) : undefined;
  if (!m || !committee) {
    warn(ctx, `${ctx.doc.file}: no meeting heading such as "SEC Change Sub-Committee Meeting 12_2502" naming a known committee, so nothing was read from these minutes.`);
    return undefined;
  }
  const dateLine = lines.slice(index + 1, index + 6).find((l) => parseDocDate(l.text.replace(/,.*$/, ''))?.iso);
  if (!dateLine) {
    warn(ctx, `${ctx.doc.file}: no meeting date under the heading, so nothing was read from these minutes.`, lines[index]);
    return undefined;
  }
  const on = parseDocDate(dateLine.text.replace(/,.*$/, ''))!.iso!;
  setDocDate(ctx, on);
  if (on.slice(8, 10) !== m[3] || on.slice(5, 7) !== m[4]) {
    warn(ctx, `The meeting reference says ${m[3]}/${m[4]} but the minutes are dated ${formatDate(on)}; the date in the minutes was used.`, dateLine);
  }
  const meeting = { committee, body: committeeName(committee), ref: `${committee} ${m[2]}_${m[3]}${m[4]}`, on };
  const nextOn = readNextMeeting(ctx);
  ctx.set.meetings.push({ ref: meeting.ref, committee, number: Number(m[2]), on, ...(nextOn ? { nextOn } : {}), source: sourceOf(ctx, lines[index]!) });
  return meeting;
}

function readNextMeeting(ctx: ExtractContext): string | undefined {
  const line = ctx.doc.lines.find((l) => /^Next Meeting\b/i.test(l.text.trim()));
  if (!line) return undefined;
  const date = parseDocDate(line.text.replace(/^Next Meeting:?\s*/i, '').replace(/,.*$/, ''));
  if (date?.noYear) warn(ctx, `"${line.text.trim()}" has no year, so the next meeting date was not recorded.`, line);
  else if (!date) warn(ctx, `Could not read the date in "${line.text.trim()}".`, line);
  return date?.iso;
}
