import { ExpressReceiver, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import { toClientOptions } from './client-options';
import { SLACK_EVENTS_PATH, type SlackConfig } from './types';

/** HTTP mode: Bolt verifies every request's signature and timestamp (bad → 401) before our handlers see it. */
export function createHttpReceiver(config: SlackConfig, logger: BoltLogger): ExpressReceiver {
  if (!config.signingSecret) {
    throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → App Credentials), or set SLACK_APP_TOKEN to use Socket Mode.');
  }
  return new ExpressReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger, processBeforeResponse: false });
}

/** Socket Mode: no public URL; Slack hands out a WebSocket URL from apps.connections.open. */
export function createSocketReceiver(config: SlackConfig, logger: BoltLogger): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: config.appToken!,
    logger,
    installerOptions: { clientOptions: toClientOptions(config, logger) },
  });
}
