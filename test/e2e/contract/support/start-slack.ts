import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Dispatch } from '../../../../src/core/dispatch';
import type { Clock, StorePort } from '../../../../src/core/ports';
import { createCalendar } from '../../../../src/domain/calendar';
import { createSlackPlatform } from '../../../../src/platforms/slack';
import { createCaptureLogger } from '../../slack/support/capture-logger';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../../slack/support/fake-slack';
import { slashCommand } from '../../slack/support/payloads';
import { postToSlackApp, SIGNING_SECRET } from '../../slack/support/signed';
import { assertDeclared } from '../../slack/support/slack-harness';

export interface SlackSide {
  /** `/sec TEXT` from `user`, signed; the answer from the ack body, or from response_url when the ack went out empty. */
  ask(text: string, user: string): Promise<{ blocks: any[] }>;
  fake: FakeSlack;
  close(): Promise<void>;
}

let asked = 0;

/**
 * The Slack adapter on 127.0.0.1:0 in HTTP mode against the fake Web API, over a dispatch the caller
 * provides (the Slack engineer's harness builds its own bot; the contract needs one bot for all platforms).
 */
export async function startSlack(deps: { dispatch: Dispatch; store: StorePort; clock: Clock }): Promise<SlackSide> {
  const fake = await startFakeSlack();
  const platform = createSlackPlatform(
    { ...deps, calendar: createCalendar(), logger: createCaptureLogger() },
    { botToken: FAKE_BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 1, factor: 1, minTimeout: 1, maxTimeout: 5 } },
  );
  const web = express();
  platform.mount(web);
  const server = web.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  await platform.start();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return {
    fake,
    async ask(text, user) {
      const id = `contract-${++asked}`;
      const res = await postToSlackApp(url, { form: slashCommand(text, user, fake.responseUrl(id)) });
      if (res.status !== 200) throw new Error(`Slack adapter answered ${res.status}: ${res.text}`);
      if (res.text) return res.json();
      return (await fake.waitFor('response_url', (c) => c.method === id)).body;
    },
    async close() {
      await platform.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
      assertDeclared(fake);
    },
  };
}
