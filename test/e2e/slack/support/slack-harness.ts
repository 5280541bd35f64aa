import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Dispatch } from '../../../../src/core/dispatch';
import type { AttachmentHandler } from '../../../../src/core/ports';
import { createCalendar } from '../../../../src/domain/calendar';
import { createSlackPlatform, type SlackPlatform } from '../../../../src/platforms/slack';
import { WEB_API_SCOPES } from '../../../../src/platforms/slack/requirements';
import type { StoreData } from '../../../../storage/schema';
import { createTestBot, type TestBot } from '../../../support/test-bot';
import { createCaptureLogger } from './capture-logger';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from './fake-slack';
import { slackFixture } from './fixture';
import { SIGNING_SECRET } from './signed';

export interface SlackHarness {
  fake: FakeSlack;
  bot: TestBot;
  platform: SlackPlatform;
  /** The bot's own POST /slack/events on the shared express app. */
  eventsUrl: string;
  logs: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  data?: StoreData;
  onFile?: AttachmentHandler;
  /** Wrap the real dispatch, e.g. to hold a command back. */
  wrapDispatch?: (dispatch: Dispatch) => Dispatch;
  ackBudgetMs?: number;
}

/** Every Web API method the adapter called must be declared (and scoped) in requirements.ts, which the manifest test checks. */
export function assertDeclared(fake: FakeSlack): void {
  const undeclared = [...new Set(fake.calls.map((c) => c.method))].filter((m) => !(m in WEB_API_SCOPES));
  if (undeclared.length) throw new Error(`Web API methods called but not declared in requirements.ts: ${undeclared.join(', ')}`);
}

/** The real dispatch and commands on the fixture store, the Slack adapter mounted on an express app on 127.0.0.1:0, a fake Slack. */
export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const bot = createTestBot({ data: options.data ?? slackFixture(), now: '2023-08-22T09:00:00Z' });
  const logger = createCaptureLogger();
  const platform = createSlackPlatform(
    { dispatch: options.wrapDispatch?.(bot.dispatch) ?? bot.dispatch, store: bot.store, clock: bot.clock, calendar: createCalendar(), logger, ...(options.onFile ? { onFile: options.onFile } : {}) },
    { botToken: FAKE_BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 1, factor: 1, minTimeout: 1, maxTimeout: 5 }, ...(options.ackBudgetMs !== undefined ? { ackBudgetMs: options.ackBudgetMs } : {}) },
  );
  const web = express();
  platform.mount(web);
  const server: Server = await new Promise((resolve) => {
    const s = web.listen(0, '127.0.0.1', () => resolve(s));
  });
  await platform.start();
  return {
    fake,
    bot,
    platform,
    eventsUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    logs: logger.lines,
    async close() {
      await platform.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
      assertDeclared(fake);
    },
  };
}
