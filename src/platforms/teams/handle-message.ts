import type { Dispatch } from '../../core/dispatch';
import type { AttachmentHandler, Logger } from '../../core/ports';
import type { CardSigner } from './card-signer';
import { fileAttachments, handleFiles } from './handle-file';
import { runSubmission } from './run-submission';
import { sendReply, updateWithReply, type TeamsTurn } from './teams-turn';
import { toInvocation } from './to-invocation';

export interface MessageDeps {
  dispatch: Dispatch;
  signer: CardSigner;
  logger: Logger;
  onFile?: AttachmentHandler;
  /** Extra hosts Teams files may be downloaded from (TEAMS_FILE_HOSTS). */
  fileHosts?: readonly string[];
}

/** A typed command, a card button (Action.Submit arrives as a message with `value`), or a file. */
export async function handleMessage(turn: TeamsTurn, deps: MessageDeps): Promise<void> {
  const { activity } = turn;
  if (activity.value !== undefined && activity.value !== null) {
    const result = await runSubmission(activity, activity.value, deps);
    if (result.changed && activity.replyToId) await updateWithReply(turn, activity.replyToId, result.reply, deps.signer);
    else await sendReply(turn, result.reply, deps.signer);
    return;
  }
  const files = fileAttachments(activity.attachments);
  if (files.length) return handleFiles(turn, files, deps);
  await sendReply(turn, await deps.dispatch(toInvocation(activity)), deps.signer);
}
