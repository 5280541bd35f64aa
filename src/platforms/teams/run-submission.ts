import type { Dispatch } from '../../core/dispatch';
import type { Logger } from '../../core/ports';
import { errorReply, type Reply } from '../../core/reply';
import type { CardSigner } from './card-signer';
import { toCaller, type TeamsActivityLike } from './to-invocation';

export interface Submission {
  /** False when the reply is an error: the original card then stays as it was. */
  changed: boolean;
  reply: Reply;
}

const TYPE_INSTEAD = 'Nothing was changed. Type the command instead, e.g. "help" or "status DP096".';

/** A card button click → the same dispatch (and permission checks) as typing the command, as the clicker. */
export async function runSubmission(activity: TeamsActivityLike, data: unknown, deps: { dispatch: Dispatch; signer: CardSigner; logger: Logger }): Promise<Submission> {
  const caller = toCaller(activity);
  const check = deps.signer.check(data);
  if (!check.ok) {
    deps.logger.warn({ caller: `teams:${caller.id}`, problem: check.problem }, 'refused a Teams card submission');
    const message = check.problem === 'tampered'
      ? 'That button was altered, or was made by another secbot setup (its key has changed), so it was not run.'
      : 'That button sent data secbot does not understand, so it was not run.';
    return { changed: false, reply: errorReply(message, TYPE_INSTEAD) };
  }
  const reply = await deps.dispatch({ text: check.command, caller });
  if (reply.kind === 'error') return { changed: false, reply };
  const by = caller.name ?? caller.id;
  return { changed: true, reply: { ...reply, context: [...(reply.context ?? []), `Button used by ${by}.`] } };
}
