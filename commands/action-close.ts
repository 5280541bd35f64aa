import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { closeAction, type CloseActionInput } from '../src/domain/operations';
import type { Action } from '../storage/schema';
import { requireAction } from '../src/domain/queries';
import { requireChangeOrOwner } from './support/require-change-or-owner';
import { metaFor } from './support/write-meta';
import { takeActionRef } from './support/write-words';

const example = 'action close CSC 12/01 Meeting held on 3 Mar';

export const actionCloseCommand = defineCommand({
  name: 'action close',
  group: 'Actions',
  summary: 'Close an open action, with an optional note.',
  usage: 'action close REF [note]',
  examples: [example, 'action close "CSC 10/01"', 'action close csc10/1 DCC sent the draft legal text'],
  // Owners press Close/Snooze on their own reminders; run() checks who may once it knows the action.
  access: 'change-or-owner',
  parse(args): CloseActionInput {
    const words = [...args];
    const ref = takeActionRef(words, example);
    const note = words.join(' ').trim();
    return { ref, ...(note ? { note } : {}) };
  },
  async run(input, ctx) {
    const data = ctx.store.read();
    requireChangeOrOwner(ctx, data, requireAction(data, input.ref), { command: 'action close', verb: 'close' });
    return toReply(await ctx.transact((draft) => closeAction(draft, input, metaFor(ctx, 'action close'))), input.note);
  },
});

function toReply(a: Action, note: string | undefined): Reply {
  return {
    kind: 'success',
    title: `Closed ${a.ref} (${a.owner})`,
    text: a.text,
    fields: [
      { label: 'Closed on', value: formatDate(a.closedOn!) },
      ...(note ? [{ label: 'Note', value: note }] : []),
    ],
    buttons: [
      { label: 'Open actions', actionId: 'actions.open', command: `actions open committee ${a.committee.includes(' ') ? `"${a.committee}"` : a.committee}` },
    ],
  };
}
