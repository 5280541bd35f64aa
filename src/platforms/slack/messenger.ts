import type { webApi } from '@slack/bolt';
import type { Address } from '../../core/address';
import type { Logger, Messenger, SendResult } from '../../core/ports';
import type { Reply } from '../../core/reply';
import { toBlocks } from './render/to-blocks';
import { toSlackError } from './to-slack-error';

/**
 * Proactive sends (notifier, reminders). The client should reject rate-limited calls so a 429 comes back
 * at once as `transient` with Slack's Retry-After, and the delivery ledger schedules the retry.
 */
export function createSlackMessenger(client: webApi.WebClient, logger: Logger): Messenger {
  return {
    platform: 'slack',
    async send(address: Address, reply: Reply, key?: string): Promise<SendResult> {
      if (address.platform !== 'slack') return { ok: false, reason: 'unreachable', error: `not a Slack address (${address.platform})` };
      if (!address.channelId && !address.userId) return { ok: false, reason: 'unreachable', error: 'the address has neither a channel nor a user' };
      try {
        const channel = address.channelId ?? (await openDm(client, address.userId!));
        let messageId: string | undefined;
        for (const message of toBlocks(reply)) {
          // The first message carries the ledger key, so a later leader can see that it went out (see `delivered`).
          const metadata = key && !messageId ? { metadata: { event_type: DELIVERY_EVENT, event_payload: { key } } } : {};
          const sent = await client.chat.postMessage({ channel, ...message, ...metadata, ...(address.threadTs ? { thread_ts: address.threadTs } : {}) });
          messageId ??= sent.ts;
        }
        return { ok: true, ...(messageId ? { messageId } : {}) };
      } catch (error) {
        const failure = toSlackError(error);
        logger.warn({ code: failure.code, reason: failure.reason }, `slack send failed: ${failure.message}`);
        return { ok: false, reason: failure.reason, error: failure.code, ...(failure.retryAfterMs ? { retryAfterMs: failure.retryAfterMs } : {}) };
      }
    },
    async delivered(address, key, since) {
      // Replies in a thread are not in the channel's history: send those again rather than guess.
      if (address.platform !== 'slack' || address.threadTs || (!address.channelId && !address.userId)) return undefined;
      const channel = address.channelId ?? (await openDm(client, address.userId!));
      const oldest = String(Math.floor(since.getTime() / 1000) - 60);
      const page = await client.conversations.history({ channel, oldest, include_all_metadata: true, limit: 200 });
      return (page.messages ?? []).some((m) => m.metadata?.event_type === DELIVERY_EVENT && (m.metadata.event_payload as { key?: unknown } | undefined)?.key === key);
    },
  };
}

const DELIVERY_EVENT = 'secbot_delivery';

/** A user's DM channel (conversations.open is idempotent: the same D… id each time). */
export async function openDm(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new Error('conversations.open returned no channel');
  return id;
}
