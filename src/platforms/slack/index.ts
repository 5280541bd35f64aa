import { App, webApi } from '@slack/bolt';
import type { Express } from 'express';
import { toBoltLogger } from './bolt-logger';
import { toClientOptions } from './client-options';
import { createSlackMessenger } from './messenger';
import { createHttpReceiver, createSocketReceiver } from './receivers';
import { registerHandlers } from './register-handlers';
import { createRuntime } from './runtime';
import { toSlackError } from './to-slack-error';
import type { SlackConfig, SlackDeps, SlackMode, SlackPlatform } from './types';

export type { SlackConfig, SlackDeps, SlackPlatform } from './types';
export { SLACK_EVENTS_PATH } from './types';
export { toBlocks } from './render/to-blocks';
export { toInvocation } from './to-invocation';

/** The Slack adapter: Socket Mode when an app token is given, else HTTP on /slack/events. */
export function createSlackPlatform(deps: SlackDeps, config: SlackConfig): SlackPlatform {
  const mode: SlackMode = config.appToken ? 'socket' : 'http';
  const logger = toBoltLogger(deps.logger);
  const http = mode === 'http' ? createHttpReceiver(config, logger) : undefined;
  const receiver = http ?? createSocketReceiver(config, logger);
  const app = new App({ token: config.botToken, receiver, logger, clientOptions: toClientOptions(config, logger) });
  registerHandlers(app, createRuntime(deps, config));
  const messenger = createSlackMessenger(new webApi.WebClient(config.botToken, toClientOptions(config, logger, true)), deps.logger);
  let mounted = false;
  let listening = false;
  let ok = false;

  return {
    messenger,
    mount(web: Express) {
      if (!http) return deps.logger.info('Slack runs in Socket Mode: /slack/events is not mounted');
      web.use(http.router);
      mounted = true;
    },
    async start() {
      await verifyToken(app);
      if (mode === 'socket' || !mounted) {
        await app.start(config.port ?? 3000);
        listening = true;
      }
      ok = true;
      deps.logger.info({ mode }, 'Slack connected');
    },
    async stop() {
      ok = false;
      if (listening) await app.stop();
      listening = false;
    },
    status: () => ({ ok, mode }),
  };
}

async function verifyToken(app: App): Promise<void> {
  try {
    await app.client.auth.test();
  } catch (error) {
    throw new Error(`Slack refused SLACK_BOT_TOKEN (${toSlackError(error).code}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.`);
  }
}
