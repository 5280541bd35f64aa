import type { webApi } from '@slack/bolt';
import type { Reply } from '../../../core/reply';
import { openDm } from '../messenger';
import { sdkBlocks, toShareable, type SlackRuntime } from '../runtime';
import { toBlocks } from '../render/to-blocks';
import { toSlackError } from '../to-slack-error';

export interface PrivateTarget {
  userId: string;
  channelId?: string;
  threadTs?: string;
}

/**
 * Show a reply to one person: ephemeral in the channel they were in (with "Share in channel"), or in
 * their DM with the bot when there is no channel or the bot cannot post there.
 */
export async function postPrivate(client: webApi.WebClient, rt: SlackRuntime, target: PrivateTarget, reply: Reply): Promise<void> {
  const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
  if (target.channelId && !target.channelId.startsWith('D')) {
    try {
      for (const m of toShareable(rt, reply)) await client.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...thread, ...sdkBlocks(m) });
      return;
    } catch (error) {
      rt.logger.info({ code: toSlackError(error).code }, 'ephemeral reply failed; answering in a DM instead');
    }
  }
  try {
    const channel = target.channelId?.startsWith('D') ? target.channelId : await openDm(client, target.userId);
    for (const m of toBlocks(reply)) await client.chat.postMessage({ channel, ...thread, ...sdkBlocks(m) });
  } catch (error) {
    rt.logger.warn({ code: toSlackError(error).code }, 'could not deliver a reply');
  }
}
