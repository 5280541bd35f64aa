import express from 'express';
import type { Config } from '../config';
import { silentLogger, type Messenger, type StorePort } from '../core/ports';
import type { Core } from '../create-core';
import type { CliIo } from './run-cli';

export interface CliMessengers {
  list: Messenger[];
  close(): Promise<void>;
}

interface Deps {
  store: StorePort;
  core: Core;
  io: CliIo;
  /** The store file, beside which the email link key is kept (none for demo data). */
  linkFile: string | undefined;
}

/** The messengers `remind run` sends through from the command line; each library loads only when configured. */
export async function cliMessengers(config: Config, deps: Deps): Promise<CliMessengers> {
  const list: Messenger[] = [];
  const closers: (() => unknown)[] = [];
  if (config.email) {
    const { createEmailPlatform, loadLinkKey } = await import('../platforms/email/index');
    const linkKey = await loadLinkKey(config.linkSecret, deps.linkFile);
    const email = createEmailPlatform({ settings: config.email, linkKey, store: deps.store, calendar: deps.core.calendar, clock: deps.io.clock, logger: silentLogger, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) });
    list.push(email.messenger);
    closers.push(() => email.messenger.close());
  }
  if (config.slack) {
    const { createSlackCliMessenger } = await import('../platforms/slack/cli-messenger');
    list.push(createSlackCliMessenger(config.slack, silentLogger));
  }
  if (config.teams) {
    // Teams sends with the SDK app's token: mounted on an express app that never listens.
    const { createTeamsPlatform } = await import('../platforms/teams/index');
    const teams = createTeamsPlatform({ dispatch: deps.core.dispatch, store: deps.store, clock: deps.io.clock, logger: silentLogger }, { ...config.teams, production: config.production });
    await teams.mount(express());
    list.push(teams.messenger);
    closers.push(() => teams.stop());
  }
  return { list, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}
