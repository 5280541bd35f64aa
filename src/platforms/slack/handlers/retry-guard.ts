import type { App } from '@slack/bolt';
import { DELIVERY_ID_TTL_MS } from '../../http-limits';
import type { SlackRuntime } from '../runtime';

/**
 * Bolt does not deduplicate: a delivery Slack repeats (X-Slack-Retry-Num, a socket re-send, a double
 * submit) carries the same event_id or trigger_id, and is acknowledged but never run twice.
 */
export function registerRetryGuard(app: App, rt: SlackRuntime): void {
  app.use(async (args) => {
    const body = args.body as { event_id?: string; trigger_id?: string };
    const key = body.event_id ? `event:${body.event_id}` : body.trigger_id ? `trigger:${body.trigger_id}` : undefined;
    // The replay guard remembers it in memory and in the replay file, so a restart does not run it again.
    if (key && !(await rt.deps.replay!.firstSeen(`slack-${key}`, DELIVERY_ID_TTL_MS))) {
      rt.logger.info({ key, retryNum: args.context.retryNum }, 'dropped a repeated Slack delivery');
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  });
}
