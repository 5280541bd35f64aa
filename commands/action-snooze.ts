import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { snoozeAction, snoozeUntil } from '../src/domain/operations';
import type { Action } from '../storage/schema';
import { requireAction } from '../src/domain/queries';
import { requireChangeOrOwner } from './support/require-change-or-owner';
import { metaFor, todayOf } from './support/write-meta';
import { takeActionRef } from './support/write-words';

const example = 'action snooze CSC 12/01 1w';

export const actionSnoozeCommand = defineCommand({
  name: 'action snooze',
  group: 'Actions',
  summary: 'Pause reminders for an action: 1d = one Working Day (the default), 1w = one week, or until a date.',
  usage: 'action snooze REF [1d|1w|DATE]',
  examples: [example, 'action snooze "CSC 10/01"', 'action snooze csc10/01 3 days', 'action snooze CSC 10/01 2 weeks'],
  // Owners press Close/Snooze on their own reminders; run() checks who may once it knows the action.
  access: 'change-or-owner',
  parse(args) {
    const words = [...args];
    const ref = takeActionRef(words, example);
    const spec = words.join(' ').trim() || '1d';
    return { ref, spec };
  },
  async run({ ref, spec }, ctx) {
    const data = ctx.store.read();
    requireChangeOrOwner(ctx, data, requireAction(data, ref), { command: 'action snooze', verb: 'snooze' });
    const until = snoozeUntil(spec, todayOf(ctx), ctx.calendar);
    return toReply(await ctx.transact((draft) => snoozeAction(draft, { ref, until }, metaFor(ctx, 'action snooze'))));
  },
});

function toReply(a: Action): Reply {
  return {
    kind: 'success',
    title: `Snoozed ${a.ref} until ${formatDate(a.snoozedUntil!)}`,
    text: `${a.owner}: ${a.text}`,
    fields: [
      { label: 'Reminders resume', value: formatDate(a.snoozedUntil!) },
      ...(a.due ? [{ label: 'Due', value: formatDate(a.due) }] : []),
    ],
    buttons: [
      { label: 'Close', actionId: 'action.close', command: `action close "${a.ref}"`, style: 'primary', confirm: `Close ${a.ref}?` },
      { label: 'Snooze 1 week', actionId: 'action.snooze', command: `action snooze "${a.ref}" 1w` },
    ],
  };
}
