import type { Reply } from '../../core/reply';
import type { SubmitCheck } from './card-signer';
import { execute, newView, renderView, withActions, type ViewDeps } from './card-views';
import type { MessageDeps } from './handle-message';
import { isPersonal, ownerOf } from './answer-turn';
import { runSubmission } from './run-submission';
import { sendReply, type TeamsTurn } from './teams-turn';
import type { AdaptiveCard } from './to-adaptive-card';
import { toAdaptiveCards } from './to-adaptive-cards';
import { ADAPTIVE_CARD_TYPE, toCardActivity } from './to-card-activity';
import { toCaller } from './to-invocation';
import { forViewer } from './viewer-reply';

export const MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';

export type CardActionResponse =
  | { statusCode: 200; type: typeof ADAPTIVE_CARD_TYPE; value: AdaptiveCard }
  | { statusCode: 200; type: typeof MESSAGE_TYPE; value: string };

type Checked = Extract<SubmitCheck, { ok: true }>;

const cardResponse = (card: AdaptiveCard): CardActionResponse => ({ statusCode: 200, type: ADAPTIVE_CARD_TYPE, value: card });
const messageResponse = (reply: Reply): CardActionResponse => ({ statusCode: 200, type: MESSAGE_TYPE, value: [reply.title, ...(reply.context ?? [])].join(' ').slice(0, 500) });

/**
 * Universal Actions (invoke adaptiveCard/action): a button click or a card refresh. The response card
 * is what the clicker (or viewer) sees; for everyone else the message changes only by an update.
 */
export async function handleCardAction(turn: TeamsTurn, deps: MessageDeps): Promise<CardActionResponse> {
  const data = (turn.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
  const check = deps.signer.check(data);
  if (check.ok && check.mode === 'view') return showView(turn, deps, check);
  if (check.ok && check.mode === 'share') return share(turn, deps, check);
  const result = await runSubmission(turn.activity, data, deps);
  if (check.ok && check.mode === 'private') return cardResponse(answerPrivately(turn, deps, result.reply, check));
  if (!result.changed) {
    if (isPersonal(turn.activity)) await sendReply(turn, result.reply, deps.signer);
    return messageResponse(result.reply);
  }
  return cardResponse(await updateInPlace(turn, deps, result.reply));
}

const EXPIRED: Reply = {
  kind: 'warning',
  title: 'This answer is no longer available',
  context: ['Answers are kept for a day, and not when secbot restarts. Ask again, e.g. status DP096.'],
};

/** A refresh or Show/Back. A forgotten view leaves an automatically refreshed card as it was (the post itself). */
function showView(turn: TeamsTurn, deps: ViewDeps, check: Checked): CardActionResponse {
  const view = check.view ? deps.views.get(check.view) : undefined;
  const automatic = (turn.activity.value as { trigger?: unknown } | undefined)?.trigger === 'automatic';
  if (!view) return automatic ? messageResponse(EXPIRED) : cardResponse(toAdaptiveCards(EXPIRED, deps.signer)[0]!);
  return cardResponse(renderView(deps, check.view!, view, toCaller(turn.activity))[0]!);
}

/** Only the asker may share; a typed answer replaces its stub, any other answer is posted as a new message. */
async function share(turn: TeamsTurn, deps: MessageDeps, check: Checked): Promise<CardActionResponse> {
  const id = check.view ?? '';
  const view = deps.views.get(id);
  if (!view) return cardResponse(toAdaptiveCards(EXPIRED, deps.signer)[0]!);
  const viewer = toCaller(turn.activity);
  if (view.kind !== 'private') return cardResponse(renderView(deps, id, view, viewer)[0]!);
  if (view.owner?.callerId !== viewer.id) return messageResponse({ kind: 'error', title: `Only ${view.owner?.name ?? 'the person who asked'} can share this answer.` });
  const shared = { ...view, kind: 'shared' as const, sharedBy: viewer.name ?? 'someone' };
  deps.views.update(id, shared);
  const [first, ...rest] = renderView(deps, id, shared, undefined);
  if (view.asked && turn.activity.replyToId) await turn.update(turn.activity.replyToId, toCardActivity(first!, view.reply.title));
  else await turn.send(toCardActivity(first!, view.reply.title));
  for (const card of rest) await turn.send(toCardActivity(card, view.reply.title));
  return cardResponse(renderView(deps, id, shared, viewer)[0]!);
}

/** Buttons on broadcasts and private answers: the answer is shown to the clicker only; the post stays as it was. */
function answerPrivately(turn: TeamsTurn, deps: ViewDeps, reply: Reply, check: Checked): AdaptiveCard {
  const { cards } = newView(deps, { kind: 'private', reply, owner: ownerOf(turn.activity) }, toCaller(turn.activity));
  const back = check.view && deps.views.get(check.view) ? [execute(deps, 'Back', 'secbot.back', { mode: 'view', view: check.view })] : [];
  return withActions(cards[0]!, back);
}

/** A 1:1 card, or a card shared in a channel: updated for everyone, as on Slack. */
async function updateInPlace(turn: TeamsTurn, deps: MessageDeps, reply: Reply): Promise<AdaptiveCard> {
  const replyToId = turn.activity.replyToId;
  if (isPersonal(turn.activity)) {
    const [first, ...rest] = toAdaptiveCards(forViewer(reply, deps.permits, toCaller(turn.activity)), deps.signer);
    if (replyToId) await turn.update(replyToId, toCardActivity(first!, reply.title));
    for (const card of rest) await turn.send(toCardActivity(card, reply.title));
    return first!;
  }
  const { id, cards } = newView(deps, { kind: 'shared', reply }, undefined);
  const [first, ...rest] = cards;
  if (replyToId) await turn.update(replyToId, toCardActivity(first!, reply.title));
  for (const card of rest) await turn.send(toCardActivity(card, reply.title));
  return renderView(deps, id, { kind: 'shared', reply }, toCaller(turn.activity))[0]!;
}
