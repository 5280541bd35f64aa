import type { App, ExpressReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Express } from 'express';
import type { Logger } from '../../core/ports';
import type { CachedAuthorize } from './authorize';
import type { ReplayGuard } from '../replay-guard';
import { createSlackEdgeGuard } from './edge-guard';
import { toSlackError } from './to-slack-error';
import { SLACK_EVENTS_PATH, type SlackConfig, type SlackMode, type SlackPlatform } from './types';

export interface LifecycleParts {
  app: App;
  auth: CachedAuthorize;
  http?: ExpressReceiver;
  socket?: SocketModeReceiver;
  config: SlackConfig;
  logger: Logger;
  replay: ReplayGuard;
}

const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);

/** mount / start / stop / status: HTTP on the shared express app, standalone HTTP, or Socket Mode. */
export function createLifecycle({ app, auth, http, socket, config, logger, replay }: LifecycleParts): Omit<SlackPlatform, 'messenger'> {
  const mode: SlackMode = socket ? 'socket' : 'http';
  let mounted = false;
  let listening = false;
  let ok = false;
  socket?.client.on('connected', () => void (ok = listening));
  socket?.client.on('close', () => void (ok = false));
  return {
    mount(web: Express) {
      if (!http) return logger.info('Slack runs in Socket Mode: /slack/events is not mounted');
      web.use(SLACK_EVENTS_PATH, createSlackEdgeGuard(config.signingSecret!, replay, logger));
      web.use(http.router);
      mounted = true;
    },
    async start() {
      await verifyToken(auth, config);
      if (socket || !mounted) {
        await app.start(config.port ?? 3000);
        listening = true;
      }
      ok = true;
      logger.info({ mode, mounted }, 'Slack is ready');
    },
    async stop() {
      ok = false;
      if (listening) await app.stop();
      listening = false;
    },
    status: () => ({ ok, mode }),
  };
}

async function verifyToken(auth: CachedAuthorize, config: SlackConfig): Promise<void> {
  try {
    await auth.verify();
  } catch (error) {
    const { code } = toSlackError(error);
    if (TOKEN_ERRORS.has(code)) throw new Error(`Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions and reinstall the app if it was revoked.`);
    throw new Error(`Could not reach the Slack Web API at ${config.apiUrl ?? 'https://slack.com/api/'} (${code}). Check the network or SLACK_API_URL.`);
  }
}
