import { UserError } from '../../core/errors';
import type { StoreData } from '../../../storage/schema';

/** "CSC 12/01" → { committee: "CSC", meeting: 12, item: 1 }. */
export function splitActionRef(ref: string): { committee: string; meeting: number; item: number } {
  const match = /^(.+) (\d+)\/(\d+)$/.exec(ref);
  if (!match) throw new Error(`not a canonical action reference: ${ref}`);
  return { committee: match[1]!, meeting: Number(match[2]), item: Number(match[3]) };
}

export function formatActionRef(committee: string, meeting: number, item: number): string {
  return `${committee} ${meeting}/${String(item).padStart(2, '0')}`;
}

/**
 * The next free action reference for a committee: at `meeting` if given, else at its latest known
 * meeting (from the meetings list, then from existing actions); the item after the highest one used.
 */
export function nextActionRef(data: StoreData, committee: string, meeting?: number): string {
  const number = meeting ?? latestMeeting(data, committee);
  if (number === undefined) {
    throw new UserError(
      `I don't know the number of the last ${committee} meeting, so I can't number the action.`,
      `Give the meeting, e.g. action add ${committee} SECAS "Text" meeting 12, or the reference: ref "${committee} 12/01".`,
    );
  }
  const used = data.actions.map((a) => splitActionRef(a.ref)).filter((r) => r.committee === committee && r.meeting === number);
  return formatActionRef(committee, number, Math.max(0, ...used.map((r) => r.item)) + 1);
}

function latestMeeting(data: StoreData, committee: string): number | undefined {
  const fromMeetings = data.meetings.filter((m) => m.committee === committee && m.number !== undefined).map((m) => m.number!);
  const fromActions = data.actions.map((a) => splitActionRef(a.ref)).filter((r) => r.committee === committee).map((r) => r.meeting);
  const numbers = fromMeetings.length ? fromMeetings : fromActions;
  return numbers.length ? Math.max(...numbers) : undefined;
}
