import type { App, BlockAction } from '@slack/bolt';
import { SHARE_ACTION_ID } from '../render/to-button';
import { toBlocks } from '../render/to-blocks';
import { sdkBlocks, withFooter, type SlackRuntime } from '../runtime';
import type { Reply } from '../../../core/reply';
import { toSlackError } from '../to-slack-error';

/** "Share in channel" on an ephemeral answer: the same answer, posted for everyone, by whoever clicked. */
export function registerShare(app: App, rt: SlackRuntime): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: SHARE_ACTION_ID }, async ({ ack, body, action, respond }) => {
    await ack();
    const id = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const json = rt.shares.get(id);
    if (!json) {
      await respond?.({ response_type: 'ephemeral', replace_original: false, text: 'I no longer hold this answer, so I cannot share it (answers are kept for up to 30 minutes, fewer when they are long). Run the command again and share the new answer.' });
      return;
    }
    try {
      await respond?.({ delete_original: true });
      for (const m of toBlocks(JSON.parse(json.toString('utf8')) as Reply)) {
        await respond?.({ response_type: 'in_channel', replace_original: false, ...sdkBlocks(withFooter(m, `Shared by <@${body.user.id}>`)) });
      }
    } catch (error) {
      rt.logger.warn({ code: toSlackError(error).code }, 'could not share an answer');
    }
  });
}
