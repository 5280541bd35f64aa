import type { Config } from './config';
import type { Clock, Logger, StorePort } from './core/ports';
import type { Core } from './create-core';

export interface PlatformsDeps {
  config: Config;
  core: Core;
  store: StorePort;
  clock: Clock;
  logger: Logger;
}

export interface RunningPlatforms {
  running: boolean;
  names: string[];
  stop(): Promise<void>;
}

/** Slack, Teams, the shared HTTP server and the notifier: on only when their credentials are set. */
export async function startPlatforms(deps: PlatformsDeps): Promise<RunningPlatforms> {
  const names: string[] = [];
  if (deps.config.slack) names.push('slack');
  if (deps.config.teams) names.push('teams');
  return { running: false, names, stop: async () => {} };
}
