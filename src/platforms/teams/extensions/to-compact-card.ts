import type { Reply } from '../../../core/reply';
import type { CardSigner } from '../card-signer';
import { toAdaptiveCard, type AdaptiveCard } from '../to-adaptive-card';

const COMPACT_FIELDS = 6;

/**
 * A small status card for the compose box and link unfurls: title, summary, the first facts, and one
 * button whose answer only the clicker sees (the card sits in someone else's message).
 */
export function toCompactCard(reply: Reply, fullCommand: string, signer: CardSigner): AdaptiveCard {
  const compact: Reply = {
    kind: reply.kind,
    title: reply.title,
    ...(reply.text ? { text: reply.text.length > 600 ? `${reply.text.slice(0, 599)}…` : reply.text } : {}),
    ...(reply.fields ? { fields: reply.fields.slice(0, COMPACT_FIELDS) } : {}),
    buttons: reply.kind === 'error' ? [] : [{ label: 'Full status', actionId: 'proposal.status', command: fullCommand }],
  };
  return toAdaptiveCard(compact, signer, { mode: 'private' });
}
