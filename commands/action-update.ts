import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { updateAction, type UpdateActionInput } from '../src/domain/operations';
import { actionButtons } from '../src/domain/queries';
import type { Action } from '../storage/schema';
import { metaFor } from './support/write-meta';
import { takeActionRef } from './support/write-words';

const example = 'action update CSC 10/01 DCC sent the draft legal text';

export const actionUpdateCommand = defineCommand({
  name: 'action update',
  group: 'Actions',
  summary: 'Add a progress update to an action.',
  usage: 'action update REF TEXT',
  examples: [example, 'action update "CSC 12/01" Meeting booked for 3 March'],
  access: 'change',
  parse(args): UpdateActionInput {
    const words = [...args];
    const ref = takeActionRef(words, example);
    const text = words.join(' ').trim();
    if (!text) throw new UserError(`Missing the update for ${ref}.`, `For example: action update "${ref}" DCC sent the draft legal text`);
    return { ref, text };
  },
  async run(input, ctx) {
    return toReply(await ctx.transact((draft) => updateAction(draft, input, metaFor(ctx, 'action update'))));
  },
});

function toReply(a: Action): Reply {
  const latest = a.updates[a.updates.length - 1]!;
  return {
    kind: 'success',
    title: `Updated ${a.ref} (${a.owner}, ${a.status.toLowerCase()})`,
    text: a.text,
    fields: [
      { label: 'Update', value: `${formatDate(latest.on)}, ${latest.by}: ${latest.text}` },
      { label: 'Updates so far', value: String(a.updates.length) },
      ...(a.due ? [{ label: 'Due', value: formatDate(a.due) }] : []),
    ],
    buttons: [{ label: 'Show', actionId: 'action.show', command: `action "${a.ref}"` }, ...actionButtons(a)],
  };
}
