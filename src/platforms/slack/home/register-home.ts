import type { App } from '@slack/bolt';
import type { SlackRuntime } from '../runtime';
import { toSlackError } from '../to-slack-error';
import { publishHome } from './publish-home';

/** app_home_opened → views.publish of the user's Home tab. */
export function registerAppHome(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(client, rt, event.user);
    } catch (error) {
      rt.logger.warn({ code: toSlackError(error).code }, 'could not publish the App Home');
    }
  });
}
