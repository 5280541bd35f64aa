import type { Config } from './config';
import type { AttachmentHandler, Clock, Logger, Messenger, StorePort } from './core/ports';
import type { Core } from './create-core';
import { createFeedHandler } from './calendar/feed-handler';
import { createNotifier, type Notifier } from './notify/notifier';
import { createSlackPlatform, type SlackPlatform } from './platforms/slack/index';
import { createTeamsPlatform, type TeamsPlatform } from './platforms/teams/index';
import { createWebServer, type HealthReport, type WebServer } from './web-server';
import { createReplayGuard } from './platforms/replay-guard';
import { randomBytes } from 'node:crypto';
import { createEmailPlatform } from './platforms/email/index';
import type { DatabaseHandle } from './open-database';

export interface PlatformsDeps {
  config: Config;
  core: Core;
  store: StorePort;
  storeDescription: string;
  clock: Clock;
  logger: Logger;
  onFile?: AttachmentHandler;
  /** Where accepted request signatures and delivery ids are kept across restarts (none: in memory). */
  replayFile?: string;
  /** Signs the links in reminder emails (see link-key.ts); without it, a key for this process only. */
  linkKey?: Uint8Array;
  /** On PostgreSQL: the replay guard is a table, and only the leader runs the scheduler and outbox. */
  database?: DatabaseHandle;
}

export interface RunningPlatforms {
  running: boolean;
  names: string[];
  /** The HTTP port bound, when Slack HTTP mode or Teams is on. */
  port?: number;
  notifier?: Notifier;
  stop(): Promise<void>;
}

/** Slack, Teams, email, the shared HTTP server and the notifier: each on only when its credentials are set. */
export async function startPlatforms(deps: PlatformsDeps): Promise<RunningPlatforms> {
  const { config, core, store, clock, logger } = deps;
  if (!config.slack && !config.teams && !config.email) return { running: false, names: [], stop: async () => {} };
  const replay = deps.database ? deps.database.replayGuard() : createReplayGuard(deps.replayFile ? { file: deps.replayFile } : {});
  const shared = { dispatch: core.dispatch, store, clock, calendar: core.calendar, logger, replay, ...(deps.onFile ? { onFile: deps.onFile } : {}) };
  const slack = config.slack ? createSlackPlatform(shared, config.slack) : undefined;
  const teams = config.teams ? createTeamsPlatform({ ...shared, permits: core.permits }, { ...config.teams, production: config.production }) : undefined;
  const email = config.email ? createEmailPlatform({ settings: config.email, linkKey: deps.linkKey ?? randomBytes(32), store, calendar: core.calendar, clock, logger, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) }) : undefined;
  const feeds = createFeedHandler({ store, calendar: core.calendar, clock, logger });
  const web = createWebServer(() => health(deps.storeDescription, slack, teams, deps.database), { calendarFeed: feeds, logger });
  email?.mount(web.app);
  let port: number | undefined;
  try {
    port = await listenIfNeeded(web, config, slack, teams);
    await slack?.start();
  } catch (error) {
    await Promise.allSettled([slack?.stop(), teams?.stop(), web.close()]);
    email?.messenger.close();
    throw error;
  }
  const messengers = [slack?.messenger, teams?.messenger, email?.messenger].filter((m): m is Messenger => Boolean(m));
  const notifier = createNotifier({ store, messengers, clock, calendar: core.calendar, logger, config: { reminderCron: config.reminderCron, ledgerRetentionDays: config.ledgerRetentionDays } });
  core.services.reminders = notifier;
  // On PostgreSQL several instances share the store: only the one holding the leader lock schedules and delivers.
  const leadership = deps.database?.lead(() => notifier.start(), () => notifier.stop());
  if (!leadership) notifier.start();
  return {
    running: true,
    names: [...(slack ? [`slack (${slack.status().mode})`] : []), ...(teams ? ['teams'] : []), ...(email ? ['email'] : [])],
    ...(port !== undefined ? { port } : {}),
    notifier,
    async stop() {
      if (leadership) await leadership.stop();
      else await notifier.stop();
      await Promise.all([slack?.stop(), teams?.stop()]);
      await web.close();
      email?.messenger.close();
    },
  };
}

/** Slack in Socket Mode needs no HTTP; Slack HTTP mode, Teams, calendar feeds and email links (with a public URL) share one server on PORT. */
async function listenIfNeeded(web: WebServer, config: Config, slack?: SlackPlatform, teams?: TeamsPlatform): Promise<number | undefined> {
  const slackHttp = slack && !config.slack?.appToken;
  if (slackHttp) slack.mount(web.app);
  if (teams) await teams.mount(web.app);
  return slackHttp || teams || config.publicUrl ? web.listen(config.port) : undefined;
}

async function health(store: string, slack?: SlackPlatform, teams?: TeamsPlatform, database?: DatabaseHandle): Promise<HealthReport> {
  const platforms = { ...(slack ? { slack: slack.status() } : {}), ...(teams ? { teams: teams.status() } : {}) };
  const db = database ? await database.health() : undefined;
  return { ok: Object.values(platforms).every((p) => p.ok) && (db?.ok ?? true), store, platforms, ...(db ? { database: db } : {}) };
}
