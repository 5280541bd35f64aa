import type { Reply } from '../../core/reply';
import type { CardSigner } from './card-signer';
import type { AdaptiveCard } from './to-adaptive-card';
import { toAdaptiveCards } from './to-adaptive-cards';
import { toCardActivity, type CardActivity } from './to-card-activity';
import type { TeamsActivityLike } from './to-invocation';

export interface TeamsAttachment {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content?: unknown;
}

/** One inbound activity and the two ways to answer it; built from the SDK context in create-teams-app. */
export interface TeamsTurn {
  activity: TeamsActivityLike & { attachments?: readonly TeamsAttachment[]; action?: string; membersAdded?: readonly { id: string }[]; membersRemoved?: readonly { id: string }[] };
  send(activity: CardActivity): Promise<{ id?: string } | undefined>;
  update(activityId: string, activity: CardActivity): Promise<void>;
}

/** Send a reply as one card, or as several when it is too big for one Teams message. */
export async function sendReply(turn: TeamsTurn, reply: Reply, signer: CardSigner): Promise<void> {
  for (const card of toAdaptiveCards(reply, signer)) await turn.send(toCardActivity(card, reply.title));
}

/** Replace the card with `activityId` by the reply's first card; any further pages follow as new messages. */
export async function updateWithReply(turn: TeamsTurn, activityId: string, reply: Reply, signer: CardSigner): Promise<AdaptiveCard> {
  const [first, ...rest] = toAdaptiveCards(reply, signer);
  await turn.update(activityId, toCardActivity(first!, reply.title));
  for (const card of rest) await turn.send(toCardActivity(card, reply.title));
  return first!;
}
