import type { App, BlockAction, RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../../core/reply';
import { publishHome } from '../home/publish-home';
import { sdkBlocks, toShareable, withFooter, type SlackRuntime } from '../runtime';
import { toBlocks } from '../render/to-blocks';
import { toSlackError } from '../to-slack-error';
import { toInvocation } from '../to-invocation';

const BOT_BUTTON = /^sec:/;

/**
 * A button runs its command line through the same dispatch (and permission checks) as the person who
 * clicked it. The clicker's own answers (ephemeral, or in their DM with the bot) are updated in place;
 * a post in a channel (a broadcast: new DP, consultation, digest, reminder) is never edited, the
 * clicker gets a private answer instead. A refusal is shown only to the clicker.
 */
export function registerBlockActions(app: App, rt: SlackRuntime): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: BOT_BUTTON }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const value = 'value' in action && typeof action.value === 'string' ? action.value.trim() : '';
    if (!value) {
      await respond?.({ response_type: 'ephemeral', replace_original: false, text: 'That button carries no command, so nothing was done. Type /sec help to see what I can do.' });
      return;
    }
    const reply = await rt.deps.dispatch(toInvocation({ kind: 'action', body, value }));
    try {
      if (body.view?.type === 'home') await publishHome(client, rt, body.user.id, reply);
      else await updateInPlace(client, rt, body, reply, respond);
    } catch (error) {
      rt.logger.warn({ code: toSlackError(error).code }, 'could not show the result of a button');
    }
  });
}

async function updateInPlace(client: webApi.WebClient, rt: SlackRuntime, body: BlockAction, reply: Reply, respond: RespondFn | undefined): Promise<void> {
  if (reply.kind === 'error') {
    for (const m of toBlocks(reply)) await respond?.({ response_type: 'ephemeral', replace_original: false, ...sdkBlocks(m) });
    return;
  }
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = body.message?.ts;
  if (body.container?.is_ephemeral || !channel || !ts) {
    const [first, ...rest] = toShareable(rt, reply);
    await respond?.({ replace_original: true, ...sdkBlocks(first!) });
    for (const m of rest) await respond?.({ response_type: 'ephemeral', replace_original: false, ...sdkBlocks(m) });
    return;
  }
  if (!channel.startsWith('D')) {
    // A broadcast others read: answer only the clicker, with Share in channel.
    for (const m of toShareable(rt, reply)) await respond?.({ response_type: 'ephemeral', replace_original: false, ...sdkBlocks(m) });
    return;
  }
  const [first, ...rest] = toBlocks(reply);
  await client.chat.update({ channel, ts, ...sdkBlocks(withFooter(first!, `by <@${body.user.id}>`)) });
  for (const m of rest) await client.chat.postMessage({ channel, thread_ts: ts, ...sdkBlocks(m) });
}
