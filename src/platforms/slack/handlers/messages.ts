import type { App, webApi } from '@slack/bolt';
import type { Reply } from '../../../core/reply';
import { toBlocks } from '../render/to-blocks';
import { sdkBlocks, type SlackRuntime } from '../runtime';
import { toSlackError } from '../to-slack-error';
import { toInvocation, type SlackMessageLike } from '../to-invocation';
import { unfurlBareRefs } from '../unfurl/register-unfurls';
import { handleFiles, type SlackFileLike } from './files';
import { postPrivate } from './post-private';

type UserMessage = SlackMessageLike & { ts: string; subtype?: string; bot_id?: string; channel_type?: string; files?: SlackFileLike[] };

const HANDLED_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/** DMs are commands; @-mentions are commands answered privately; other channel messages may get unfurl cards. */
export function registerMessages(app: App, rt: SlackRuntime): void {
  app.event('message', async ({ event, body, context, client }) => {
    const message = event as unknown as UserMessage;
    if (message.bot_id || !message.user || !HANDLED_SUBTYPES.has(message.subtype)) return;
    const teamId = body.team_id ?? context.teamId;
    if (message.channel_type === 'im') return answer(client, rt, message, context.botUserId, teamId, 'dm');
    if (context.botUserId && message.text?.includes(`<@${context.botUserId}>`)) return;
    if (message.channel_type === 'channel' || message.channel_type === 'group') await unfurlBareRefs(client, rt, message, teamId);
  });
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (event.channel.startsWith('D') || !event.user) return;
    await answer(client, rt, event as unknown as UserMessage, context.botUserId, body.team_id ?? context.teamId, 'mention');
  });
}

async function answer(client: webApi.WebClient, rt: SlackRuntime, message: UserMessage, botUserId: string | undefined, teamId: string | undefined, where: 'dm' | 'mention'): Promise<void> {
  const invocation = toInvocation({ kind: 'message', event: message, botUserId, teamId });
  const replies = message.files?.length ? await handleFiles(rt, message.files, invocation.caller) : [await rt.deps.dispatch(invocation)];
  for (const reply of replies) {
    if (where === 'mention') await postPrivate(client, rt, { userId: message.user!, channelId: message.channel, threadTs: message.thread_ts }, reply);
    else await postInDm(client, rt, message, reply);
  }
}

async function postInDm(client: webApi.WebClient, rt: SlackRuntime, message: UserMessage, reply: Reply): Promise<void> {
  try {
    for (const m of toBlocks(reply)) await client.chat.postMessage({ channel: message.channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}), ...sdkBlocks(m) });
  } catch (error) {
    rt.logger.warn({ code: toSlackError(error).code }, 'could not answer a DM');
  }
}
