import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStore } from '../../../bench/fixtures/generate-store';
import { createFeedHandler } from '../../../src/calendar/feed-handler';
import { silentLogger, type Clock, type Logger } from '../../../src/core/ports';
import { createCore } from '../../../src/create-core';
import { issueCalendarTokens } from '../../../src/domain/operations';
import { createSlackPlatform } from '../../../src/platforms/slack';
import { createWebServer, type WebServer } from '../../../src/web-server';
import { createMemoryStore } from '../../../storage/memory-store';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../slack/support/fake-slack';
import { slashCommand } from '../slack/support/payloads';
import { postToSlackApp, SIGNING_SECRET } from '../slack/support/signed';

/**
 * A big "all" feed (2,000 proposals, 10,000 actions: about 1 s of work) is built off the request path:
 * chat is answered while it builds, concurrent requests share one build, and after a change the previous
 * body is served until the rebuild is done. Asserted by order of events, not by timings.
 */
const clock: Clock = { now: () => new Date('2024-03-05T10:00:00Z') };
const store = createMemoryStore(generateStore({ proposals: 2000, actions: 10_000 }), clock.now);
const built: string[] = [];
const logger: Logger = { ...silentLogger, debug: (obj: object, msg?: string) => void (msg === 'calendar feed built' && built.push(JSON.stringify(obj))) };
let slack: FakeSlack;
let web: WebServer;
let platform: ReturnType<typeof createSlackPlatform>;
let base: string;
let feedUrl: string;

beforeAll(async () => {
  slack = await startFakeSlack();
  const core = createCore({ store, clock, logger: silentLogger, changeTeam: [], holidays: {} });
  platform = createSlackPlatform({ dispatch: core.dispatch, store, clock, calendar: core.calendar, logger: silentLogger }, { botToken: FAKE_BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  web = createWebServer(() => ({ ok: true }), { calendarFeed: createFeedHandler({ store, calendar: core.calendar, clock, logger, waitForRebuildMs: 0 }) });
  platform.mount(web.app);
  base = `http://127.0.0.1:${await web.listen(0)}`;
  await platform.start();
  const [grant] = await store.transact({ actor: 'operator', command: 'test' }, (d) => issueCalendarTokens(d, [{ kind: 'all' }], { createdBy: 'operator', at: clock.now().toISOString() }));
  feedUrl = `${base}/calendar/${grant!.token}.ics`;
}, 60_000);

afterAll(async () => {
  await platform?.stop();
  await web?.close();
  await slack?.close();
});

function get(url: string, gzip = false): Promise<{ status: number; etag: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, etag: String(res.headers.etag), body: gzip ? '' : Buffer.concat(chunks).toString() }));
    }).on('error', reject).end();
  });
}

describe('a big calendar feed', () => {
  it('builds without holding chat up: /sec status is answered while the cold feed builds, and 5 requests share one build', async () => {
    const finished: string[] = [];
    const feeds = Array.from({ length: 5 }, (_, i) => get(feedUrl, i % 2 === 1).then((r) => (finished.push(`feed ${i}`), r)));
    await new Promise((resolve) => setImmediate(resolve));
    const status = postToSlackApp(`${base}/slack/events`, { form: slashCommand('status', 'U_GEMMA') }).then((r) => (finished.push('status'), r));
    const [answer, ...served] = await Promise.all([status, ...feeds]);
    expect(answer.status).toBe(200);
    expect(finished[0]).toBe('status');
    expect(served.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(served.map((r) => r.etag)).size).toBe(1);
    expect(served[0]!.body).toMatch(/^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR$/);
    expect(served[0]!.body.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(5_000);
    expect(built).toHaveLength(1);
  }, 120_000);

  it('after a change, serves the previous body while the rebuild runs, then the new one (one rebuild for many requests)', async () => {
    const before = await get(feedUrl);
    const ref = store.read().actions.find((a) => a.due)!.ref;
    await store.transact({ actor: 'operator', command: 'test' }, (d) => void (d.actions.find((a) => a.ref === ref)!.due = '2031-01-02'));
    const during = await Promise.all([get(feedUrl), get(feedUrl), get(feedUrl, true)]);
    expect(during.map((r) => r.etag)).toEqual([before.etag, before.etag, before.etag]);
    let after = await get(feedUrl);
    for (let i = 0; i < 600 && after.etag === before.etag; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await get(feedUrl);
    }
    expect(after.etag).not.toBe(before.etag);
    expect(after.body).toContain('DTSTART;VALUE=DATE:20310102');
    expect(built).toHaveLength(2);
  }, 120_000);
});
