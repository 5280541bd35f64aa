import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { findCommittee } from '../src/domain/committees';
import { formatDate } from '../src/domain/dates';
import { addAction, addPerson, type AddActionInput } from '../src/domain/operations';
import { actionButtons } from '../src/domain/queries';
import type { Action, Person } from '../storage/schema';
import { checkedOwner, isNewOwner, type TypedOwner } from './support/checked-owner';
import { metaFor, todayOf, userDate } from './support/write-meta';
import type { Calendar } from '../src/core/ports';
import { overdueNote } from '../src/domain/fact-dates';
import { readTextAndOptions, type TextOption } from './support/text-and-options';
import { looksLikeDate, takeActionRef, takeDate, takeWord } from './support/write-words';
import type { TypedWord } from '../src/core/tokenize';

const usage = 'action add COMMITTEE OWNER "text" [due DATE] [ref "CSC 12/02"] [meeting N] [new-owner]';
/** Adds an owner nobody in the directory answers to as a new person, in the same step. */
const NEW_OWNER = ['new-owner', '--new-owner'];
const ACTION_OPTIONS = {
  due: { keys: ['due'], accepts: looksLikeDate, take: (tail: string[]) => takeDate(tail, 'the due date', 'action add CSC SECAS "Text" due 30 Jun 2031'), quote: false },
  ref: { keys: ['ref'], take: (tail: string[]) => takeActionRef(tail, 'action add CSC SECAS "Text" ref "CSC 12/02"'), quote: false },
  meeting: { keys: ['meeting'], accepts: (w: string) => /^[1-9]\d{0,3}$/.test(w), take: (tail: string[]) => Number(tail.shift()), quote: false },
} satisfies Record<string, TextOption>;
const example = 'action add CSC SECAS "Arrange a meeting with DCC and the DNOs about DP096" due 10 Mar 2020';
/** For refusals: an example that saves a correct action today (no due date that is already past). */
const fix = 'action add CSC SECAS "Arrange a meeting with DCC and the DNOs about DP096"';

interface ActionAddArgs extends AddActionInput {
  /** How the owner was typed, for the directory check and its hints. */
  typedOwner: Omit<TypedOwner, 'owner' | 'actionRef'>;
}

export const actionAddCommand = defineCommand({
  name: 'action add',
  group: 'Actions',
  summary: 'Record a new action for a committee; the owner must be in the directory (or add them with new-owner); proposals named in the text are linked.',
  usage,
  examples: [example, 'action add CSC "Jordan Crase" "Update the DP096 report" ref "CSC 12/02"', 'action add OPSG DCC "Send the test results" meeting 26', 'action add CSC "Ann Other" "Send the DNO contact list" new-owner'],
  access: 'change',
  parse(args, typed): ActionAddArgs {
    const words = [...args];
    const committee = takeCommittee(words);
    const owner = takeWord(words, 'the owner (a person, an organisation such as DCC, or initials)', fix);
    const used = typed.length - words.length;
    const prefix = `action add ${typed.slice(0, used).map((w) => w.raw).join(' ')}`;
    const after = typed.slice(used).filter((w) => w.quoted || !NEW_OWNER.includes(w.text.toLowerCase()));
    const newOwner = after.length < typed.length - used;
    const { text, values } = readTextAndOptions(after, { what: 'text of the action', prefix, usage, options: ACTION_OPTIONS });
    if (!text.trim()) throw new UserError('Missing the text of the action.', `For example: ${fix}`);
    const { due, ref, meeting } = values as { due?: string; ref?: string; meeting?: number };
    const ownerRun = typed[used - 1]?.quoted ? [] : leadingWords(after);
    const typedOwner = {
      newOwner, ownerRun, quotedAfterRun: ownerRun.length > 0 && after[ownerRun.length]?.quoted === true,
      head: `action add ${typed.slice(0, used - 1).map((w) => w.raw).join(' ')}`, tail: after.map((w) => w.raw),
    };
    return { committee, owner, text: text.trim(), due, ref, ...(meeting ? { meeting } : {}), typedOwner };
  },
  async run({ typedOwner, ...args }, ctx) {
    const input = { ...args, due: userDate(ctx, args.due) };
    const meta = metaFor(ctx, 'action add');
    const { action, added } = await ctx.transact((draft) => {
      const owner = checkedOwner(draft, { ...typedOwner, owner: args.owner, ...(args.ref ? { actionRef: args.ref } : {}) });
      const added = typedOwner.newOwner && isNewOwner(draft, owner) ? addPerson(draft, { name: owner }, meta) : undefined;
      return { action: addAction(draft, { ...input, owner }, meta), added };
    });
    return toReply(action, ctx.calendar, todayOf(ctx), added);
  },
});

/** One word, or two when they name a committee together (SMKI PMA). */
function takeCommittee(words: string[]): string {
  if (words.length > 2 && findCommittee(words.slice(0, 2).join(' '))) return words.splice(0, 2).join(' ');
  return takeWord(words, 'the committee, owner and text', fix);
}

function toReply(a: Action, calendar: Calendar, today: string, added?: Person): Reply {
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
    ...(added ? { context: [`Added ${added.name} to the directory. Give them an email so reminders reach them: person update "${added.name}" email name@example.com`] } : {}),
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

/** The unquoted words at the front of the text, up to the first quoted one. */
function leadingWords(words: readonly TypedWord[]): string[] {
  const end = words.findIndex((w) => w.quoted);
  return words.slice(0, end === -1 ? words.length : end).map((w) => w.text);
}
