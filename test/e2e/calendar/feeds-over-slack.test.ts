import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../../src/config';
import { silentLogger, systemClock } from '../../../src/core/ports';
import { createCore } from '../../../src/create-core';
import { demoStore } from '../../../src/demo/demo-store';
import { openData, type OpenedData } from '../../../src/open-data';
import { startPlatforms, type RunningPlatforms } from '../../../src/start-platforms';
import { initStore } from '../../../storage/file-store';
import { createTempDir } from '../../support/temp-store';
import { eventWithUid, parseIcs } from '../../calendar/support/parse-ics';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../slack/support/fake-slack';
import { slashCommand } from '../slack/support/payloads';
import { postToSlackApp, SIGNING_SECRET } from '../slack/support/signed';

/**
 * `npm start` with Slack in HTTP mode and SECBOT_PUBLIC_URL set, on the demo data: `/sec calendar` hands
 * out links, and the same server on PORT serves them as iCalendar feeds.
 */
const PUBLIC = 'https://secbot.example.org';
let slack: FakeSlack;
let data: OpenedData;
let platforms: RunningPlatforms;
let base: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  slack = await startFakeSlack();
  const dir = await createTempDir();
  cleanup = dir.cleanup;
  const seeded = demoStore();
  seeded.people = seeded.people.map((p) => (p.id === 'mari-toda' ? { ...p, platformIds: { slack: 'U_MARI' } } : p));
  await initStore(dir.file, seeded);
  const config = readEnv({
    SECBOT_DATA: dir.file, PORT: '0', SECBOT_CHANGE_TEAM: 'slack:U_LEAD', SECBOT_PUBLIC_URL: `${PUBLIC}/`,
    SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl,
  });
  data = await openData({ file: dir.file, allowDemo: false, readOnly: false, clock: systemClock, logger: silentLogger });
  const core = createCore({ store: data.store, clock: systemClock, logger: silentLogger, changeTeam: config.changeTeam, holidays: {}, publicUrl: config.publicUrl! });
  platforms = await startPlatforms({ config, core, store: data.store, storeDescription: dir.file, clock: systemClock, logger: silentLogger });
  base = `http://127.0.0.1:${platforms.port}`;
});

afterAll(async () => {
  await platforms?.stop();
  await data?.close();
  await slack?.close();
  await cleanup?.();
});

let lastAnswer = '';

/** `/sec calendar` as a Slack user → { label: link on our loopback server }. */
async function linksFor(user: string, command = 'calendar'): Promise<Record<string, string>> {
  const response = await postToSlackApp(`${base}/slack/events`, { form: slashCommand(command, user) });
  expect(response.status).toBe(200);
  lastAnswer = response.text;
  const found = [...response.text.matchAll(/(Mine|All \(change team\)|[A-Z][A-Za-z -]+): (https:\/\/secbot\.example\.org\/calendar\/[A-Za-z0-9_-]+\.ics)/g)];
  return Object.fromEntries(found.map((m) => [m[1]!.trim(), m[2]!.replace(PUBLIC, base)]));
}

/**
 * A conditional GET as calendar apps send it. (fetch() adds Cache-Control: no-cache to conditional
 * requests, as the Fetch standard says, which rightly defeats a 304.)
 */
function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    }).on('error', reject).end();
  });
}

describe('calendar feeds over Slack and HTTP', () => {
  it('`/sec calendar` answers (privately, with no "Share in channel") with "mine" and one link per committee; only the change team gets "all"', async () => {
    const mari = await linksFor('U_MARI');
    expect(lastAnswer).not.toContain('Share in channel');
    expect(Object.keys(mari)).toEqual(['Mine', 'Change Sub-Committee', 'Operations Group', 'Technical Architecture and Business Architecture Sub-Committee', 'Security Sub-Committee', 'SMKI Policy Management Authority', 'SEC Panel', 'Change Board']);
    const lead = await linksFor('U_LEAD');
    expect(lead['All (change team)']).toBeDefined();
    expect(lead.Mine).toBeUndefined();
  });

  it('"mine" holds the MP167B Modification Report Consultation closing at 17:00 London on 7 Sep 2023', async () => {
    const response = await fetch((await linksFor('U_MARI')).Mine!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const feed = parseIcs(await response.text());
    const mrc = eventWithUid(feed, 'consultation-MP167B-report-2023-08-16@secbot');
    expect([mrc.start, mrc.tzid, mrc.summary]).toEqual(['2023-09-07T16:00:00.000Z', 'Europe/London', 'MP167B Modification Report Consultation closes']);
    expect(feed.events.map((e) => e.uid)).not.toContain('meeting-OPSG-26-0511-2019-11-05@secbot');
  });

  it('a committee feed holds the February 2024 SEC Release on 29 Feb 2024 and its meetings', async () => {
    const feed = parseIcs(await (await fetch((await linksFor('U_MARI'))['Change Board']!)).text());
    expect(feed.name).toBe('secbot: Change Board');
    const release = eventWithUid(feed, 'release-february-2024-sec-release@secbot');
    expect([release.allDay, release.start]).toEqual([true, '2024-02-29']);
    expect(eventWithUid(feed, 'meeting-CB-MP167B-vote-2023-09-20@secbot').start).toBe('2023-09-20');
  });

  it('a tampered or made-up token gets 404 that says nothing about why', async () => {
    const link = (await linksFor('U_MARI'))['Change Board']!;
    const token = /calendar\/(.+)\.ics$/.exec(link)![1]!;
    const tampered = link.replace(token, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    for (const url of [tampered, `${base}/calendar/${'A'.repeat(43)}.ics`, `${base}/calendar/short.ics`, link.replace('.ics', '.txt')]) {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found\n');
    }
  });

  it('answers 304 to If-None-Match with the ETag and to If-Modified-Since with Last-Modified', async () => {
    const link = (await linksFor('U_MARI'))['Change Sub-Committee']!;
    const first = await fetch(link);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(await statusOf(link, { 'if-none-match': etag })).toBe(304);
    expect(await statusOf(link, { 'if-modified-since': lastModified })).toBe(304);
    expect(await statusOf(link, { 'if-none-match': '"stale"' })).toBe(200);
    expect(await statusOf(link, { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() })).toBe(200);
  });

  it('`calendar reset` revokes the old links (404) and the new ones work', async () => {
    const old = (await linksFor('U_MARI')).Mine!;
    expect((await fetch(old)).status).toBe(200);
    const fresh = await linksFor('U_MARI', 'calendar reset');
    expect((await fetch(old)).status).toBe(404);
    expect((await fetch(fresh.Mine!)).status).toBe(200);
  });

  it('keeps only hashes of the tokens in the store, with what each grants and who asked', async () => {
    const link = (await linksFor('U_MARI')).Mine!;
    const token = /calendar\/(.+)\.ics$/.exec(link)![1]!;
    const stored = data.store.read();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.calendarTokens.filter((t) => t.createdBy === 'slack:U_MARI' && t.grant.kind === 'person')).not.toHaveLength(0);
  });
});
