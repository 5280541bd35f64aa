import type { AddressInfo } from 'node:net';
import express from 'express';
import { SignJWT } from 'jose';
import type { AnyCommand } from '../../../../src/core/command';
import type { Invocation } from '../../../../src/core/dispatch';
import type { AttachmentHandler, StorePort } from '../../../../src/core/ports';
import { createTeamsPlatform, type TeamsConfig, type TeamsPlatform } from '../../../../src/platforms/teams';
import { createReplayGuard } from '../../../../src/platforms/replay-guard';
import type { StoreData } from '../../../../storage/schema';
import { createTestBot, type TestBot } from '../../../support/test-bot';
import { createCaptureLogger } from './capture-logger';
import { APP_ID } from './activities';
import { startFakeConnector, type FakeConnector } from './fake-connector';
import { startKeyServer, type KeyServer } from './key-server';

export interface HarnessOptions {
  config?: Partial<TeamsConfig>;
  data?: StoreData;
  store?: StorePort;
  commands?: AnyCommand[];
  changeTeam?: string[];
  onFile?: AttachmentHandler;
  /** Keep delivered activity ids in this file (as beside the store), to test redelivery across restarts. */
  replayFile?: string;
}

export interface TeamsHarness {
  url: string;
  keys: KeyServer;
  connector: FakeConnector;
  platform: TeamsPlatform;
  bot: TestBot;
  logs: ReturnType<typeof createCaptureLogger>;
  outboundToken: string;
  /** Every invocation that reached dispatch, in order. */
  dispatched: Invocation[];
  /** A valid Bot Framework token for this activity (audience = app id, serviceurl claim). */
  tokenFor(activity: { serviceUrl?: string }): Promise<string>;
  /** POST an activity to /api/messages; `token: null` sends no Authorization header. */
  post(activity: object, options?: { token?: string | null }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** The Teams platform on a real express server on 127.0.0.1, with loopback key server and connector. */
export async function startTeamsBot(options: HarnessOptions = {}): Promise<TeamsHarness> {
  const [keys, connector] = await Promise.all([startKeyServer(), startFakeConnector()]);
  const outboundToken = await new SignJWT({ aud: 'https://api.botframework.com', appid: APP_ID }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode('outbound-test-secret'));
  const bot = createTestBot({ ...(options.data ? { data: options.data } : {}), ...(options.store ? { store: options.store } : {}), ...(options.commands ? { commands: options.commands } : {}), changeTeam: options.changeTeam ?? [] });
  const logs = createCaptureLogger();
  const config: TeamsConfig = { appId: APP_ID, token: () => outboundToken, openIdMetadataUrl: keys.metadataUrl, tokenIssuer: keys.issuer, ...options.config };
  const dispatched: Invocation[] = [];
  const dispatch = (invocation: Invocation) => (dispatched.push(invocation), bot.dispatch(invocation));
  const platform = createTeamsPlatform({ dispatch, permits: bot.permits, store: bot.store, clock: bot.clock, logger: logs, ...(options.onFile ? { onFile: options.onFile } : {}), ...(options.replayFile ? { replay: createReplayGuard({ file: options.replayFile }) } : {}) }, config);
  const web = express();
  await platform.mount(web);
  const server = web.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokenFor = (activity: { serviceUrl?: string }) => keys.sign({ aud: APP_ID, serviceurl: activity.serviceUrl, appid: 'bot-framework' });
  return {
    url, keys, connector, platform, bot, logs, outboundToken, tokenFor, dispatched,
    async post(activity, postOptions = {}) {
      const token = postOptions.token === undefined ? await tokenFor(activity as { serviceUrl?: string }) : postOptions.token;
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: text ? safeParse(text) : undefined };
    },
    async close() {
      await platform.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([keys.close(), connector.close()]);
    },
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
