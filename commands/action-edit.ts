import { defineCommand, type CommandContext } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import type { TypedWord } from '../src/core/tokenize';
import { ACTION_FIELDS, editAction, type EditActionInput } from '../src/domain/operations';
import { actionButtons } from '../src/domain/queries';
import { editReply } from './support/edit-reply';
import { readFieldEdits, type EditField } from './support/field-edits';
import { metaFor, userDate } from './support/write-meta';
import { takeActionRef } from './support/write-words';

const USAGE = `action edit REF FIELD VALUE… (fields: ${ACTION_FIELDS.join(', ')})`;
const EXAMPLE = 'action edit CSC 12/01 owner "Bradley Baker"';

const FIELDS: Record<(typeof ACTION_FIELDS)[number], EditField> = {
  owner: { text: true },
  text: { text: true },
  committee: {},
  due: {},
};

/** `REF FIELD VALUE…` after the command name; `verb` is how it was called, for the readings to copy. */
export function parseActionEdit(args: readonly string[], typed: readonly TypedWord[], verb: string): EditActionInput {
  const words = [...args];
  const ref = takeActionRef(words, EXAMPLE);
  const refWords = typed.length - words.length;
  const prefix = `${verb} ${typed.slice(0, refWords).map((w) => w.raw).join(' ')}`;
  return { ref, changes: readFieldEdits(typed.slice(refWords), { noun: 'action', prefix, example: EXAMPLE, fields: FIELDS }) };
}

export async function runActionEdit(input: EditActionInput, ctx: CommandContext, verb: string): Promise<Reply> {
  const due = userDate(ctx, input.changes.due);
  const changes = { ...input.changes, ...(due ? { due } : {}) };
  const edit = await ctx.transact((draft) => editAction(draft, { ref: input.ref, changes }, metaFor(ctx, verb)));
  const subject = edit.changes.find((c) => c.label === 'Reference')?.before ?? edit.action.ref;
  return editReply(subject, edit.changes, { historyOf: edit.action.ref, warnings: edit.warnings, buttons: actionButtons(edit.action) });
}

export const actionEditCommand = defineCommand({
  name: 'action edit',
  group: 'Actions',
  summary: 'Correct an action’s owner (someone in the directory), text or committee, or move its due date.',
  usage: USAGE,
  examples: [EXAMPLE, 'action edit CSC 10/01 text "DCC to send the draft legal text for DP096"', 'action edit CSC 12/01 due 30 Sep 2026', 'action edit "CSC 12/01" committee OPSG'],
  access: 'change',
  parse: (args, typed) => parseActionEdit(args, typed, 'action edit'),
  run: (input, ctx) => runActionEdit(input, ctx, 'action edit'),
});
