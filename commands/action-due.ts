import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { setActionDue, type DueChange } from '../src/domain/operations';
import { actionButtons } from '../src/domain/queries';
import { metaFor, userDate } from './support/write-meta';
import { takeActionRef } from './support/write-words';

const example = 'action due CSC 12/01 31 Mar 2020';

export const actionDueCommand = defineCommand({
  name: 'action due',
  group: 'Actions',
  summary: 'Set or move the due date of an open action.',
  usage: 'action due REF DATE',
  examples: [example, 'action due "CSC 10/01" 2020-04-15'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeActionRef(words, example);
    const due = words.join(' ').trim();
    if (!due) throw new UserError(`Missing the new due date for ${ref}.`, `For example: action due "${ref}" 31 Mar 2020`);
    return { ref, due };
  },
  async run(args, ctx) {
    const input = { ref: args.ref, due: userDate(ctx, args.due)! };
    return toReply(await ctx.transact((draft) => setActionDue(draft, input, metaFor(ctx, 'action due'))));
  },
});

function toReply({ action: a, previous, warnings }: DueChange): Reply {
  return {
    kind: 'success',
    title: `${a.ref} is now due on ${formatDate(a.due!)}`,
    text: a.text,
    fields: [
      { label: 'Owner', value: a.owner },
      { label: 'Was due', value: previous ? formatDate(previous) : 'no due date' },
      ...warnings.map((w) => ({ label: 'Warning', value: w })),
    ],
    buttons: actionButtons(a),
  };
}
