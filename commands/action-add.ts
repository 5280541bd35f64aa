import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { findCommittee } from '../src/domain/committees';
import { formatDate } from '../src/domain/dates';
import { addAction, type AddActionInput } from '../src/domain/operations';
import { actionButtons } from '../src/domain/queries';
import type { Action } from '../storage/schema';
import { metaFor, todayOf, userDate } from './support/write-meta';
import type { Calendar } from '../src/core/ports';
import { overdueNote } from '../src/domain/fact-dates';
import { extractOption, looksLikeDate, takeActionRef, takeDate, takeWord } from './support/write-words';

const usage = 'action add COMMITTEE OWNER "text" [due DATE] [ref "CSC 12/02"] [meeting N]';
const example = 'action add CSC SECAS "Arrange a meeting with DCC and the DNOs about DP096" due 10 Mar 2020';

export const actionAddCommand = defineCommand({
  name: 'action add',
  group: 'Actions',
  summary: 'Record a new action for a committee; proposals named in the text are linked to it.',
  usage,
  examples: [example, 'action add CSC "Jordan Crase" "Update the DP096 report" ref "CSC 12/02"', 'action add OPSG DCC "Send the test results" meeting 26'],
  access: 'change',
  parse(args): AddActionInput {
    const words = [...args];
    const due = extractOption(words, 'due', looksLikeDate, (tail) => takeDate(tail, 'the due date', example));
    const ref = extractOption(words, 'ref', () => true, (tail) => takeActionRef(tail, 'action add CSC SECAS "Text" ref "CSC 12/02"'));
    const meeting = extractOption(words, 'meeting', (w) => /^[1-9]\d{0,3}$/.test(w ?? ''), (tail) => Number(tail.shift()));
    const committee = takeCommittee(words);
    const owner = takeWord(words, 'the owner (a person, an organisation such as DCC, or initials)', example);
    const text = words.splice(0).join(' ').trim();
    if (!text) throw new UserError('Missing the text of the action.', `For example: ${example}`);
    return { committee, owner, text, due, ref, ...(meeting ? { meeting } : {}) };
  },
  async run(args, ctx) {
    const input = { ...args, due: userDate(ctx, args.due) };
    return toReply(await ctx.transact((draft) => addAction(draft, input, metaFor(ctx, 'action add'))), ctx.calendar, todayOf(ctx));
  },
});

/** One word, or two when they name a committee together (SMKI PMA). */
function takeCommittee(words: string[]): string {
  if (words.length > 2 && findCommittee(words.slice(0, 2).join(' '))) return words.splice(0, 2).join(' ');
  return takeWord(words, 'the committee, owner and text', example);
}

function toReply(a: Action, calendar: Calendar, today: string): Reply {
  const overdue = a.due ? overdueNote(a.due, today, calendar, a.ref) : undefined;
  return {
    kind: 'success',
    title: `Added action ${a.ref} for ${a.owner}`,
    text: a.text,
    fields: [
      { label: 'Owner', value: a.owner },
      { label: 'Due', value: a.due ? formatDate(a.due) : 'no due date (set one with action due)' },
      ...(a.proposals.length ? [{ label: 'Proposals', value: a.proposals.join(', ') }] : []),
      ...(overdue ? [{ label: 'Warning', value: overdue }] : []),
    ],
    buttons: [
      ...actionButtons(a),
      ...(a.due ? [] : [{ label: 'Due in 2 weeks', actionId: 'action.due', command: `action due "${a.ref}" ${twoWeeksOn(a.raisedOn!, calendar)}` }]),
    ],
  };
}

/** Two weeks on, moved to the next Working Day when that is a bank holiday. */
function twoWeeksOn(date: string, calendar: Calendar): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  const day = d.toISOString().slice(0, 10);
  return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
}
