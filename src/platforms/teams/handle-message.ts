import type { Dispatch } from '../../core/dispatch';
import type { AttachmentHandler, Logger, StorePort } from '../../core/ports';
import { answerTurn, isPersonal } from './answer-turn';
import type { ViewDeps } from './card-views';
import { offerDialog } from './dialogs/offer-dialog';
import { fileAttachments, handleFiles } from './handle-file';
import { runSubmission } from './run-submission';
import { sendReply, updateWithReply, type TeamsTurn } from './teams-turn';
import { ADAPTIVE_CARD_TYPE, toCardActivity } from './to-card-activity';
import { stripBotMention, toInvocation } from './to-invocation';

export interface MessageDeps extends ViewDeps {
  dispatch: Dispatch;
  store: StorePort;
  logger: Logger;
  onFile?: AttachmentHandler;
  /** Extra hosts Teams files may be downloaded from (TEAMS_FILE_HOSTS). */
  fileHosts?: readonly string[];
}

/**
 * A card someone inserted from the search box (or forwarded) arrives as a message with the card attached
 * and, as text, only markup (`<span itemscope…>`, `<attachment id=…>`): content to read, not a command.
 */
function isInsertedCard(activity: TeamsTurn['activity']): boolean {
  if (!activity.attachments?.some((a) => a.contentType === ADAPTIVE_CARD_TYPE || a.contentType.startsWith('application/vnd.microsoft.card.'))) return false;
  return !stripBotMention(activity).replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').trim();
}

/** A typed command, a legacy card button (Action.Submit arrives as a message with `value`), or a file. */
export async function handleMessage(turn: TeamsTurn, deps: MessageDeps): Promise<void> {
  const { activity } = turn;
  if (activity.value !== undefined && activity.value !== null) {
    const result = await runSubmission(activity, activity.value, deps);
    // Outside a 1:1 chat an old card may be a broadcast: never edit it, answer the clicker privately.
    if (!isPersonal(activity)) return answerTurn(turn, result.reply, deps, 'a button');
    if (result.changed && activity.replyToId) await updateWithReply(turn, activity.replyToId, result.reply, deps.signer);
    else await sendReply(turn, result.reply, deps.signer);
    return;
  }
  const files = fileAttachments(activity.attachments);
  if (files.length) return handleFiles(turn, files, deps);
  if (isInsertedCard(activity)) return void deps.logger.debug({ conversation: activity.conversation.id }, 'a message holding only a card was not read as a command');
  const invocation = toInvocation(activity);
  const offer = offerDialog(invocation.text, deps.signer);
  if (offer) return void (await turn.send(toCardActivity(offer.card, offer.title)));
  await answerTurn(turn, await deps.dispatch(invocation), deps, invocation.text);
}
