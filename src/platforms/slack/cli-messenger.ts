import { webApi } from '@slack/bolt';
import type { Logger, Messenger } from '../../core/ports';
import { toBoltLogger } from './bolt-logger';
import { toClientOptions } from './client-options';
import { createSlackMessenger } from './messenger';
import type { SlackConfig } from './types';

/** Proactive Slack sends from the command line (`secbot remind run`): the Web API client alone, no receiver. */
export function createSlackCliMessenger(config: SlackConfig, logger: Logger): Messenger {
  const client = new webApi.WebClient(config.botToken, toClientOptions(config, toBoltLogger(logger), true));
  return createSlackMessenger(client, logger);
}
