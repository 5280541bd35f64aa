import type { webApi } from '@slack/bolt';
import type { SlackConfig } from './types';
import type { Logger as BoltLogger } from '@slack/bolt';

/** Bounded retries: the WebClient default retries for about 30 minutes. */
export const DEFAULT_RETRY = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000 };

export function toClientOptions(config: SlackConfig, logger: BoltLogger, rejectRateLimitedCalls = false): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: config.retryConfig ?? DEFAULT_RETRY,
    rejectRateLimitedCalls,
    timeout: 10_000,
    logger,
  };
}
