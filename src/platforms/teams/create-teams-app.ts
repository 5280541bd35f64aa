import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import { App, ExpressAdapter, type IActivityContext } from '@microsoft/teams.apps';
import type { Express } from 'express';
import type { Logger } from '../../core/ports';
import { openDialog, submitDialog } from './dialogs/handle-dialog';
import { handleSearchLink, handleSearchQuery } from './extensions/handle-search';
import { handleCardAction } from './handle-card-action';
import { handleInstallEvent, type InstallDeps } from './handle-install';
import { handleMessage, type MessageDeps } from './handle-message';
import { DELIVERY_ID_TTL_MS } from '../http-limits';
import type { ReplayGuard } from '../replay-guard';
import { DEFAULT_SERVICE_URL, toCloud, type TeamsConfig } from './teams-config';
import type { TeamsTurn } from './teams-turn';
import { toSdkLogger } from './to-sdk-logger';
import { toTeamsError } from './to-teams-error';

export const MESSAGING_ENDPOINT = '/api/messages';

const CARD_ACTION_FAILED = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'secbot could not answer that button. Check the conversation before trying again.' } as const;

const DIALOG_FAILED = { task: { type: 'message', value: 'secbot could not answer that form. Nothing was saved; try again, or type the command.' } } as const;
const DIALOG_ALREADY_DONE = { task: { type: 'message', value: 'Already done: that form was submitted once.' } } as const;
const NO_RESULTS = { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } } as const;

/**
 * The Teams SDK app, hosted on the shared express app. Every option is passed explicitly (empty
 * strings included) so the SDK never falls back to CLIENT_ID, SERVICE_URL or similar variables.
 */
export function createTeamsApp(web: Express, config: TeamsConfig, deps: MessageDeps & InstallDeps & { replay: ReplayGuard }): App {
  const sdkLogger = toSdkLogger(deps.logger);
  const app = new App({
    httpServerAdapter: new ExpressAdapter(web, { logger: sdkLogger }),
    clientId: config.appId ?? '',
    clientSecret: config.appPassword ?? '',
    tenantId: config.tenantId ?? '',
    managedIdentityClientId: '',
    ...(config.token ? { token: config.token } : {}),
    dangerouslyAllowUnauthenticatedRequests: Boolean(config.allowUnauthenticated),
    serviceUrl: config.serviceUrl ?? DEFAULT_SERVICE_URL,
    cloud: toCloud(config),
    logger: sdkLogger,
    client: { timeout: 15_000, interceptors: [dropEmptyBearer] },
    messagingEndpoint: MESSAGING_ENDPOINT,
  });
  const once = firstDelivery(deps.replay, deps.logger);
  app.on('message', async (ctx) => ((await once(ctx)) ? safely('message', deps.logger, () => handleMessage(toTurn(ctx), deps)) : undefined));
  // Our card type is plain JSON; the SDK's IAdaptiveCard class type describes the same wire shape.
  app.on('card.action', async (ctx) => (!(await once(ctx)) ? ALREADY_DONE : (await safely('card.action', deps.logger, () => handleCardAction(toTurn(ctx), deps))) ?? CARD_ACTION_FAILED) as AdaptiveCardActionResponse);
  app.on('dialog.open', async (ctx) => ((await safely('dialog.open', deps.logger, async () => openDialog(toTurn(ctx), deps))) ?? DIALOG_FAILED) as never);
  app.on('dialog.submit', async (ctx) => (!(await once(ctx)) ? DIALOG_ALREADY_DONE : (await safely('dialog.submit', deps.logger, () => submitDialog(toTurn(ctx), deps))) ?? DIALOG_FAILED) as never);
  app.on('message.ext.query', async (ctx) => ((await safely('message.ext.query', deps.logger, () => handleSearchQuery(toTurn(ctx), deps))) ?? NO_RESULTS) as never);
  app.on('message.ext.query-link', async (ctx) => ((await safely('message.ext.query-link', deps.logger, () => handleSearchLink(toTurn(ctx), deps))) ?? NO_RESULTS) as never);
  app.on('conversationUpdate', (ctx) => safely('conversationUpdate', deps.logger, () => handleInstallEvent(toTurn(ctx), deps)));
  app.on('installationUpdate', (ctx) => safely('installationUpdate', deps.logger, () => handleInstallEvent(toTurn(ctx), deps)));
  return app;
}

const ALREADY_DONE = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Already done.' } as const;

/** A redelivered activity (same id in the same conversation) is acknowledged but runs only once, also after a restart. */
function firstDelivery(replay: ReplayGuard, logger: Logger): (ctx: IActivityContext) => Promise<boolean> {
  return async (ctx) => {
    const { id, conversation } = ctx.activity;
    if (!id || (await replay.firstSeen(`teams:${conversation.id}:${id}`, DELIVERY_ID_TTL_MS))) return true;
    logger.info({ activityId: id }, 'dropped a repeated Teams activity');
    return false;
  };
}

/** Without credentials the SDK still sends "Authorization: Bearer null"; send no header instead. */
const dropEmptyBearer = {
  request: <C extends { headers?: unknown }>({ config }: { config: C }): C => {
    const headers = config.headers as { Authorization?: unknown; delete?: (name: string) => void } | undefined;
    if (headers?.Authorization === 'Bearer null' || headers?.Authorization === 'Bearer undefined') headers.delete?.('Authorization');
    return config;
  },
};

function toTurn(ctx: IActivityContext): TeamsTurn {
  return {
    activity: ctx.activity as unknown as TeamsTurn['activity'],
    send: (activity) => ctx.send(activity as never),
    update: async (id, activity) => {
      await ctx.api.conversations.updateActivity(ctx.activity.conversation.id, id, activity as never);
    },
  };
}

/** A failed reply is logged once (normalised, no tokens) and Teams gets a 200 so it does not redeliver. */
async function safely<T>(route: string, logger: Logger, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const failure = toTeamsError(error);
    logger.error({ route, status: failure.status, kind: failure.kind }, `Teams ${route} failed: ${failure.message}`);
    return undefined;
  }
}
