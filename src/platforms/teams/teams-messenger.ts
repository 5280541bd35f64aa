import { Client } from '@microsoft/teams.api';
import type { Address } from '../../core/address';
import type { Clock, Logger, Messenger, SendResult, StorePort } from '../../core/ports';
import type { Reply } from '../../core/reply';
import type { Permits } from '../../core/permits';
import type { CardSigner } from './card-signer';
import { newView } from './card-views';
import { findInstallation } from './installations';
import { toAdaptiveCards } from './to-adaptive-cards';
import { toCardActivity } from './to-card-activity';
import { toTeamsError } from './to-teams-error';
import type { ViewCache } from './view-cache';

export interface TeamsMessengerDeps {
  store: StorePort;
  clock: Clock;
  logger: Logger;
  signer: CardSigner;
  views: ViewCache;
  permits?: Permits;
  /** The SDK's HTTP client, already carrying the bot's outbound token. */
  http: () => Client['http'];
  /** TEAMS_SERVICE_URL: used instead of the stored service URL when set. */
  serviceUrl?: string;
}

/** Proactive sends, only to conversations where secbot is installed (recorded on install). */
export function createTeamsMessenger(deps: TeamsMessengerDeps): Messenger {
  return {
    platform: 'teams',
    async send(address: Address, reply: Reply): Promise<SendResult> {
      const installation = address.platform === 'teams' ? findInstallation(deps.store.read(), address) : undefined;
      if (!installation || installation.address.platform !== 'teams') {
        return { ok: false, reason: 'unreachable', error: 'secbot is not installed in that Teams conversation (it was removed, or never added).' };
      }
      const target = installation.address;
      const api = new Client((deps.serviceUrl ?? target.serviceUrl).replace(/\/+$/, ''), deps.http());
      try {
        let messageId: string | undefined;
        for (const card of toCards(deps, reply, target.conversationType)) {
          const sent = await api.conversations.createActivity(target.conversationId, toCardActivity(card, reply.title) as never);
          messageId = sent?.id ?? messageId;
        }
        return { ok: true, ...(messageId ? { messageId } : {}) };
      } catch (error) {
        const failure = toTeamsError(error, deps.clock.now());
        deps.logger.warn({ conversation: target.conversationId, status: failure.status, kind: failure.kind }, failure.message);
        return { ok: false, reason: failure.kind, error: failure.message, ...(failure.retryAfterMs ? { retryAfterMs: failure.retryAfterMs } : {}) };
      }
    },
  };
}

/**
 * A 1:1 message is the person's own: buttons update it. A post in a channel or group chat is a broadcast:
 * each viewer gets their own buttons (refresh) and a click answers only the clicker, never editing the post.
 */
function toCards(deps: TeamsMessengerDeps, reply: Reply, conversationType: string | undefined) {
  if (!conversationType || conversationType === 'personal') return toAdaptiveCards(reply, deps.signer);
  return newView(deps, { kind: 'broadcast', reply }, undefined).cards;
}
