import { App, webApi } from '@slack/bolt';
import { withEmailLinking } from '../../core/email-linking';
import { createAuthorize } from './authorize';
import { createSlackIdentityResolver } from './identity-resolver';
import { toBoltLogger } from './bolt-logger';
import { toClientOptions } from './client-options';
import { createLifecycle } from './lifecycle';
import { createSlackMessenger } from './messenger';
import { createHttpReceiver, createSocketReceiver } from './receivers';
import { registerHandlers } from './register-handlers';
import { createRuntime } from './runtime';
import { createReplayGuard } from '../replay-guard';
import type { SlackConfig, SlackDeps, SlackPlatform } from './types';

export type { SlackConfig, SlackDeps, SlackMode, SlackPlatform } from './types';
export { SLACK_EVENTS_PATH } from './types';
export { toBlocks } from './render/to-blocks';
export { toInvocation } from './to-invocation';

/**
 * The Slack adapter: Socket Mode when an app token is given, else HTTP on POST /slack/events.
 * Throws at once, with the fix, when HTTP mode has no signing secret.
 */
export function createSlackPlatform(deps: SlackDeps, config: SlackConfig): SlackPlatform {
  const logger = toBoltLogger(deps.logger);
  const http = config.appToken ? undefined : createHttpReceiver(config, logger);
  const socket = config.appToken ? createSocketReceiver(config, logger) : undefined;
  // One client for auth.test and proactive sends: it rejects 429s so the delivery ledger gets Retry-After.
  const client = new webApi.WebClient(config.botToken, toClientOptions(config, logger, true));
  const auth = createAuthorize(client, config.botToken);
  // convoStore off: Bolt's conversation store is unused here and costs time on every request.
  const app = new App({ authorize: auth.authorize, receiver: (http ?? socket)!, logger, clientOptions: toClientOptions(config, logger), convoStore: false });
  const resolver = createSlackIdentityResolver(client);
  const replay = deps.replay ?? createReplayGuard();
  const linking = { ...deps, replay, dispatch: withEmailLinking(deps.dispatch, { store: deps.store, clock: deps.clock, logger: deps.logger, resolver }) };
  registerHandlers(app, createRuntime(linking, config));
  return {
    messenger: createSlackMessenger(client, deps.logger),
    ...createLifecycle({ app, auth, ...(http ? { http } : {}), ...(socket ? { socket } : {}), config, logger: deps.logger, replay }),
  };
}
