import type { App } from '@microsoft/teams.apps';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Dispatch } from '../../core/dispatch';
import type { Permits } from '../../core/permits';
import type { AttachmentHandler, Clock, Logger, Messenger, StorePort } from '../../core/ports';
import type { Client } from '@microsoft/teams.api';
import { withEmailLinking } from '../../core/email-linking';
import { createCardSigner } from './card-signer';
import { createTeamsIdentityResolver } from './identity-resolver';
import { createTeamsApp, MESSAGING_ENDPOINT } from './create-teams-app';
import { checkTeamsConfig, type TeamsConfig } from './teams-config';
import { createTeamsMessenger } from './teams-messenger';
import { createTeamsBodyGuard } from './teams-edge';
import { createReplayGuard, type ReplayGuard } from '../replay-guard';
import { createViewCache } from './view-cache';

export interface TeamsDeps {
  dispatch: Dispatch;
  store: StorePort;
  clock: Clock;
  logger: Logger;
  onFile?: AttachmentHandler;
  /** Activity ids already handled, kept across restarts (default: in memory). */
  replay?: ReplayGuard;
  /** Which buttons each viewer may use; without it every viewer sees every button. */
  permits?: Permits;
}

export interface TeamsPlatform {
  /** Adds POST /api/messages to the shared express app (same PORT as Slack's HTTP mode). */
  mount(web: Express): Promise<void>;
  /** Proactive sends to conversations where secbot is installed. */
  messenger: Messenger;
  /** Later requests get 503; the shared HTTP server is closed by its owner. */
  stop(): Promise<void>;
  status(): { ok: boolean };
}

const NOT_MOUNTED_RETRY_MS = 5_000;

/** Teams on the Teams SDK (v2): validated config, signed card buttons, installation tracking, a Messenger. */
export function createTeamsPlatform(deps: TeamsDeps, config: TeamsConfig): TeamsPlatform {
  checkTeamsConfig(config);
  const logger = deps.logger.child({ platform: 'teams' });
  if (config.allowUnauthenticated) warnUnauthenticated(logger);
  const signer = createCardSigner(config.cardSecret ?? config.appPassword);
  const views = createViewCache(deps.clock);
  let app: App | undefined;
  let stopped = false;
  const messenger = createTeamsMessenger({
    store: deps.store,
    clock: deps.clock,
    logger,
    signer,
    views,
    ...(deps.permits ? { permits: deps.permits } : {}),
    ...(config.serviceUrl ? { serviceUrl: config.serviceUrl } : {}),
    http: () => {
      if (!app || stopped) throw Object.assign(new Error('Teams is not running'), { code: 'NOT_RUNNING' });
      return app.api.http;
    },
  });
  return {
    messenger: guardMessenger(messenger, () => Boolean(app) && !stopped),
    async mount(web) {
      if (app) throw new Error('Teams is already mounted on an express app.');
      web.use(MESSAGING_ENDPOINT, (_req: Request, res: Response, next: NextFunction) => (stopped ? void res.status(503).json({ error: 'secbot is shutting down' }) : next()));
      web.use(MESSAGING_ENDPOINT, createTeamsBodyGuard(logger));
      app = createTeamsApp(web, config, {
        ...deps, dispatch: linkByEmail(deps, logger, config.serviceUrl, () => app!.api.http), logger, signer, views,
        replay: deps.replay ?? createReplayGuard(), ...(config.fileHosts ? { fileHosts: config.fileHosts } : {}),
      });
      await app.initialize();
      logger.info({ endpoint: MESSAGING_ENDPOINT, authenticated: !config.allowUnauthenticated }, 'Teams is listening');
    },
    async stop() {
      stopped = true;
    },
    status: () => ({ ok: Boolean(app) && !stopped }),
  };
}

/** Commands from a Teams user not yet in the directory first try to link them by their member email. */
function linkByEmail(deps: TeamsDeps, logger: Logger, serviceUrl: string | undefined, http: () => Client['http']): Dispatch {
  return withEmailLinking(deps.dispatch, { store: deps.store, clock: deps.clock, logger, resolver: createTeamsIdentityResolver(http, serviceUrl) });
}

function guardMessenger(messenger: Messenger, running: () => boolean): Messenger {
  return {
    platform: messenger.platform,
    send: async (address, reply) =>
      running() ? messenger.send(address, reply) : { ok: false, reason: 'transient', error: 'Teams is not running yet.', retryAfterMs: NOT_MOUNTED_RETRY_MS },
  };
}

function warnUnauthenticated(logger: Logger): void {
  logger.warn(
    { TEAMS_ALLOW_UNAUTHENTICATED: true },
    '!!! TEAMS_ALLOW_UNAUTHENTICATED=true: Teams requests are NOT checked. Anyone who can reach /api/messages can run commands as any Teams user. Use this for local trials only, never on a reachable server. !!!',
  );
}
