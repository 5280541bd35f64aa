import { callerKey } from '../src/core/caller';
import { defineCommand } from '../src/core/command';
import { PermissionError, UserError } from '../src/core/errors';
import { sharedPendingImports } from '../src/import/pending-imports';

/** The Discard button under an import preview: forgets it; nothing was written. */
export const importDiscardCommand = defineCommand({
  name: 'import discard',
  group: 'Admin',
  summary: 'Discard an import preview; nothing is written.',
  usage: 'import discard ID',
  examples: ['import discard imp-1a2b3c4d'],
  access: 'read',
  parse(args) {
    if (args.length !== 1 || !/^imp-[0-9a-f]{8}$/i.test(args[0]!)) {
      throw new UserError('Give the ID of an import preview, e.g. import discard imp-1a2b3c4d.');
    }
    return { id: args[0]!.toLowerCase() };
  },
  run({ id }, ctx) {
    const pending = sharedPendingImports.get(id, ctx.clock.now());
    if (!pending) return { kind: 'info', title: `Import preview ${id} is no longer waiting; nothing was written.` };
    if (pending.by !== callerKey(ctx.caller) && !ctx.access.canChange(ctx.caller, ctx.store.read())) {
      throw new PermissionError(`Only whoever attached ${pending.files.join(', ')} or the change team can discard this preview.`);
    }
    sharedPendingImports.remove(id);
    return { kind: 'success', title: `Discarded the import of ${pending.files.join(', ')}; nothing was written.` };
  },
});
