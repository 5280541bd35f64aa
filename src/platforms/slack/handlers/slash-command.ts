import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { Reply } from '../../../core/reply';
import { modalFor } from '../modals';
import { openModal } from './open-modal';
import { sdkBlocks, toShareable, type SlackRuntime } from '../runtime';
import { toSlackError } from '../to-slack-error';
import { toInvocation } from '../to-invocation';
import { withinBudget } from '../within-budget';

export const SLASH_COMMAND = '/sec';

/**
 * `/sec <command words>`. The answer goes in the ack itself when the command finishes within the ack
 * budget (well inside Slack's 3 s); otherwise the ack goes out empty and the answer follows at response_url.
 */
export function registerSlashCommand(app: App, rt: SlackRuntime): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const invocation = toInvocation({ kind: 'command', command });
    const modal = modalFor(invocation.text);
    if (modal) {
      await ack();
      await openModal(client, rt, command.trigger_id, modal, { channelId: command.channel_id }, respond);
      return;
    }
    const work = rt.deps.dispatch(invocation);
    const early = await withinBudget(work, rt.ackBudgetMs);
    if (early) return answer(rt, early, command, respond, ack);
    await ack();
    await answer(rt, await work, command, respond);
  });
}

async function answer(rt: SlackRuntime, reply: Reply, command: SlashCommand, respond: RespondFn, ack?: (body: object) => Promise<void>): Promise<void> {
  const [first, ...rest] = toShareable(rt, reply);
  try {
    if (ack) await ack({ response_type: 'ephemeral', ...sdkBlocks(first!) });
    else await respond({ response_type: 'ephemeral', ...sdkBlocks(first!) });
    for (const message of rest) await respond({ response_type: 'ephemeral', ...sdkBlocks(message) });
  } catch (error) {
    rt.logger.warn({ code: toSlackError(error).code, command: command.command }, 'could not deliver a slash-command answer');
  }
}
