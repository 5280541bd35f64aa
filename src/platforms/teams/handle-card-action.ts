import { runSubmission } from './run-submission';
import type { MessageDeps } from './handle-message';
import { sendReply, type TeamsTurn } from './teams-turn';
import type { AdaptiveCard } from './to-adaptive-card';
import { toAdaptiveCards } from './to-adaptive-cards';
import { ADAPTIVE_CARD_TYPE, toCardActivity } from './to-card-activity';

export type CardActionResponse =
  | { statusCode: 200; type: typeof ADAPTIVE_CARD_TYPE; value: AdaptiveCard }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string };

/** Universal Actions (invoke adaptiveCard/action): the answer card replaces the clicked one in place. */
export async function handleCardAction(turn: TeamsTurn, deps: MessageDeps): Promise<CardActionResponse> {
  const data = (turn.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
  const result = await runSubmission(turn.activity, data, deps);
  if (!result.changed) {
    await sendReply(turn, result.reply, deps.signer);
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.reply.title };
  }
  const [first, ...rest] = toAdaptiveCards(result.reply, deps.signer);
  for (const card of rest) await turn.send(toCardActivity(card, result.reply.title));
  return { statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: first! };
}
