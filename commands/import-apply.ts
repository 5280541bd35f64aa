import { callerKey } from '../src/core/caller';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { importChangeSet } from '../src/import/import-files';
import { sharedPendingImports } from '../src/import/pending-imports';
import { previewReply } from '../src/import/render-preview';

const usage = 'import apply ID';

/** The Apply button under an import preview: writes the change set in one transaction. */
export const importApplyCommand = defineCommand({
  name: 'import apply',
  group: 'Admin',
  summary: 'Apply an imported document previewed in chat (attach the file to get a preview and its ID).',
  usage,
  examples: ['import apply imp-1a2b3c4d'],
  access: 'change',
  parse(args) {
    if (args.length !== 1 || !/^imp-[0-9a-f]{8}$/i.test(args[0]!)) {
      throw new UserError('Give the ID of an import preview, e.g. import apply imp-1a2b3c4d.', 'Attach a SECAS document (.pdf, .docx, .txt, .md) in a message to get a preview with its ID.');
    }
    return { id: args[0]!.toLowerCase() };
  },
  async run({ id }, ctx) {
    const pending = sharedPendingImports.get(id, ctx.clock.now());
    if (!pending) {
      throw new UserError(`There is no import preview ${id} waiting: it was applied or discarded, or it expired after ${sharedPendingImports.ttlMinutes} minutes.`, 'Attach the file again to get a new preview.');
    }
    const deps = { store: ctx.store, clock: ctx.clock, calendar: ctx.calendar, actor: callerKey(ctx.caller) };
    const report = await importChangeSet(pending.set, deps, false);
    sharedPendingImports.remove(id);
    return previewReply(report, { preview: false, calendar: ctx.calendar });
  },
});
