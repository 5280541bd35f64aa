import { callerKey } from '../src/core/caller';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatInstant } from '../src/domain/dates';
import { lastUndoable, undoChange, undoCommandLine } from '../src/domain/operations';
import { actorRef } from '../storage/audit-refs';

export const undoCommand = defineCommand({
  name: 'undo',
  group: 'Changes',
  summary: 'Take back your own last change (say `undo` again for the one before), unless someone has changed the same thing since.',
  usage: 'undo',
  examples: ['undo'],
  access: 'change-or-owner',
  parse(args) {
    if (args.length) throw new UserError('"undo" takes back your own last change and takes no words after it.', 'Type just: undo — to fix an older entry of a record, see: help correct');
    return {};
  },
  async run(_args, ctx) {
    const actor = callerKey(ctx.caller);
    const target = lastUndoable(ctx.store.auditOf([actorRef(actor)]));
    if (!target) throw new UserError('You have no change to undo.', 'undo takes back changes you made yourself; see what changed with: history REF');
    // Entries of the same instant are told apart by their place in the log, not by time.
    const around = (refs: readonly { collection: string; id: string }[]) => {
      const list = ctx.store.auditOf(refs);
      const at = list.findLastIndex((e) => e.at === target.at && e.actor === target.actor && e.command === target.command);
      return { before: list.slice(0, at), after: list.slice(at + 1) };
    };
    const changedSince = (change: { collection: string; id: string }) => around([change]).after.at(-1);
    const previousAt = around(target.changes).before.at(-1)?.at;
    // Recorded as "undo <when> <command>", so a second undo knows this change is already taken back.
    const result = await ctx.store.transact({ actor, command: undoCommandLine(target) }, (draft) => undoChange(draft, target, { changedSince, ...(previousAt ? { previousAt } : {}) }));
    return {
      kind: 'success',
      title: `Undone: ${target.command}`,
      text: `Your change of ${formatInstant(target.at)} is taken back; the record reads as before it.`,
      sections: [{ title: 'Put back', items: result.lines }],
      context: [
        ...(result.withdrawn ? [`${result.withdrawn} announcement(s) of it that had not gone out yet were withdrawn.`] : []),
        'history keeps both the change and its undo. `undo` again takes back your change before it.',
      ],
    };
  },
});
