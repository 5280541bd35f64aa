import { callerKey, type Caller } from '../core/caller';
import { isUserError } from '../core/errors';
import type { AttachmentHandler, Calendar, Clock, IncomingFile, Logger, StorePort } from '../core/ports';
import { errorReply, type Reply } from '../core/reply';
import { countChanges, planChangeSet } from './apply-change-set';
import { extractFile } from './extract-change-set';
import { applyOptionsFor } from './import-files';
import { sharedPendingImports, type PendingImports } from './pending-imports';
import { previewReply } from './render-preview';

export interface AttachmentHandlerDeps {
  store: StorePort;
  clock: Clock;
  calendar: Calendar;
  logger?: Logger;
  /** Defaults to the process-wide previews the `import apply` command reads. */
  pending?: PendingImports;
}

/** A file attached in Slack or Teams → a preview of what importing it would change, with Apply / Discard. */
export function createAttachmentHandler(deps: AttachmentHandlerDeps): AttachmentHandler {
  const pending = deps.pending ?? sharedPendingImports;
  return async (file: IncomingFile, caller: Caller): Promise<Reply> => {
    try {
      const options = applyOptionsFor({ ...deps, actor: callerKey(caller) });
      const set = await extractFile(file.name, file.bytes, options.today);
      const report = planChangeSet(deps.store.read(), set, options);
      const reply = previewReply(report, { preview: true, calendar: deps.calendar });
      if (countChanges(report) === 0) return reply;
      const entry = pending.add(set, callerKey(caller), deps.clock.now());
      return withButtons(reply, entry.id, pending.ttlMinutes);
    } catch (error) {
      if (isUserError(error)) return errorReply(`Could not import ${file.name}: ${error.message}`, error.hint ?? 'Nothing was written.');
      deps.logger?.error({ err: error, file: file.name }, 'import preview failed');
      return errorReply(`Could not read ${file.name} because of a problem on our side.`, 'Nothing was written. Try again, or import it from the command line: npx secbot import FILE --dry-run');
    }
  };
}

function withButtons(reply: Reply, id: string, ttlMinutes: number): Reply {
  return {
    ...reply,
    buttons: [
      { label: 'Apply', actionId: 'import.apply', command: `import apply ${id}`, style: 'primary', confirm: 'Write these changes to the store?' },
      { label: 'Discard', actionId: 'import.discard', command: `import discard ${id}` },
    ],
    context: [...(reply.context ?? []), `Preview ${id}: only the change team can apply it; it is kept for ${ttlMinutes} minutes.`],
  };
}
