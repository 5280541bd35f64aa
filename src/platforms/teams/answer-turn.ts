import type { Reply } from '../../core/reply';
import { newView, type ViewDeps } from './card-views';
import type { TeamsTurn } from './teams-turn';
import { toAdaptiveCards } from './to-adaptive-cards';
import { toCardActivity } from './to-card-activity';
import { toCaller, type TeamsActivityLike } from './to-invocation';
import type { ViewOwner } from './view-cache';
import { forViewer } from './viewer-reply';

/** A 1:1 chat is private already; anything else (channel, group chat) is seen by others. */
export function isPersonal(activity: Pick<TeamsActivityLike, 'conversation'>): boolean {
  const type = activity.conversation.conversationType;
  return !type || type === 'personal';
}

export function ownerOf(activity: TeamsActivityLike): ViewOwner {
  return { callerId: activity.from.aadObjectId || activity.from.id, userId: activity.from.id, ...(activity.from.name ? { name: activity.from.name } : {}) };
}

/**
 * Answer what someone typed (or submitted in a dialog). In a 1:1 chat: the answer. Elsewhere: a short
 * stub for everyone and, for the asker only (a user-specific card view), the answer with Share in channel.
 */
export async function answerTurn(turn: TeamsTurn, reply: Reply, deps: ViewDeps, asked: string): Promise<void> {
  const { activity } = turn;
  if (isPersonal(activity)) {
    for (const card of toAdaptiveCards(forViewer(reply, deps.permits, toCaller(activity)), deps.signer)) await turn.send(toCardActivity(card, reply.title));
    return;
  }
  const { cards } = newView(deps, { kind: 'private', reply, owner: ownerOf(activity), asked }, undefined);
  const who = activity.from.name ?? 'Someone';
  for (const card of cards) await turn.send(toCardActivity(card, `${who} asked secbot`));
}
