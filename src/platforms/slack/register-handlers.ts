import type { App } from '@slack/bolt';
import { registerBlockActions } from './handlers/block-actions';
import { registerFallbacks } from './handlers/fallbacks';
import { registerMessages } from './handlers/messages';
import { registerModalSubmissions } from './handlers/modal-submit';
import { registerRetryGuard } from './handlers/retry-guard';
import { registerShare } from './handlers/share';
import { registerSlashCommand } from './handlers/slash-command';
import { registerAppHome } from './home/register-home';
import type { SlackRuntime } from './runtime';
import { toSlackError } from './to-slack-error';
import { registerLinkUnfurls } from './unfurl/register-unfurls';

/** One line per capability, like the bolt-ts starter. The retry guard must come first. */
export function registerHandlers(app: App, rt: SlackRuntime): void {
  registerRetryGuard(app, rt);
  registerSlashCommand(app, rt);
  registerBlockActions(app, rt);
  registerShare(app, rt);
  registerModalSubmissions(app, rt);
  registerMessages(app, rt);
  registerAppHome(app, rt);
  registerLinkUnfurls(app, rt);
  registerFallbacks(app);
  app.error(async (error) => {
    rt.logger.error({ code: toSlackError(error.original ?? error).code }, `slack handler failed: ${toSlackError(error.original ?? error).message}`);
  });
}
