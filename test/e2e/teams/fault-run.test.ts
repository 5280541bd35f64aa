import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botAdded, CHANNEL, cardAction, extensionQuery, message } from './support/activities';
import { buttonFor, cardLines, cardOf, invokeCard } from './support/cards';
import { teamsFixtureData, type FixtureStore } from './support/fixture-store';
import type { TeamsHarness } from './support/start-teams-bot';
import { useTeamsBot } from './support/use-teams-bot';

/** What a fault run in Microsoft's Agents Playground found, each over the Bot Framework protocol. */
const UPDATES = 30;
const longUpdate = (n: number) => `update ${n} ${'*big* [note] '.repeat(140).slice(0, 1850)}`;

function withLongUpdates() {
  const data = teamsFixtureData();
  data.actions[0] = { ...data.actions[0]!, updates: Array.from({ length: UPDATES }, (_, n) => ({ on: '2020-03-01', by: 'Alice Analyst', text: longUpdate(n) })) };
  return data;
}

describe('Teams: the fault run', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;
  useTeamsBot((started) => ({ fixture, h } = started), withLongUpdates);

  it('a very large reply (30 updates of 1,850 characters, half of them escaped) is paged into cards each under Teams\' 28 KB, losing nothing', async () => {
    await h.post(message(h.connector.url, 'action CSC 12/01'));
    const posts = h.connector.posts();
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) expect(Buffer.byteLength(JSON.stringify(post.body))).toBeLessThan(28 * 1024);
    const text = posts.flatMap((post) => cardLines(cardOf(post))).join('\n');
    for (let n = 0; n < UPDATES; n++) expect(text.replace(/\n/g, '')).toContain(longUpdate(n));
    expect(fixture.store.read().actions[0]!.updates).toHaveLength(UPDATES);
  });

  it('"Show commands" on the channel welcome answers the clicker alone; the welcome post stays as it was for everyone', async () => {
    await h.post(botAdded(h.connector.url, { conversation: CHANNEL }));
    const welcome = cardOf(h.connector.posts()[0]);
    expect(cardLines(welcome)[0]).toBe('secbot is here');
    const show = buttonFor(welcome, /^help$/);
    h.connector.calls.length = 0;
    const response = await h.post(cardAction(h.connector.url, show.data, 'activity-1', { conversation: CHANNEL }));
    expect(response.status).toBe(200);
    expect(cardLines(invokeCard(response)).join('\n')).toMatch(/help|commands/i);
    expect(h.connector.puts()).toEqual([]);
    expect(h.connector.posts()).toEqual([]);
  });

  it('a message holding a secbot card inserted from the search box is not read as a command', async () => {
    const found = await h.post(extensionQuery(h.connector.url, 'DP096'));
    const card = found.body.composeExtension.attachments[0];
    const before = h.dispatched.length;
    h.connector.calls.length = 0;
    for (const text of ['<span itemscope="" itemtype="http://schema.skype.com/AMSImage"></span>', '<attachment id="1700000000000"></attachment>', '']) {
      const response = await h.post({ ...message(h.connector.url, ''), text, textFormat: 'xml', attachments: [{ contentType: card.contentType, content: card.content }] });
      expect(response.status).toBe(200);
    }
    expect(h.dispatched.length).toBe(before);
    expect(h.connector.posts()).toEqual([]);
    // Text typed beside the card is still a command.
    await h.post({ ...message(h.connector.url, 'status DP096'), attachments: [{ contentType: card.contentType, content: card.content }] });
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toContain('DP096');
  });

  it('opening the search (the manifest\'s initialRun: nothing typed yet) lists proposals to insert', async () => {
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '../../../manifest/teams/manifest.json'), 'utf8'));
    expect(manifest.composeExtensions[0].commands[0].initialRun).toBe(true);
    const opened = await h.post({ ...extensionQuery(h.connector.url, ''), value: { commandId: 'searchProposals', parameters: [{ name: 'initialRun', value: 'true' }], queryOptions: { skip: 0, count: 25 } } });
    const titles = opened.body.composeExtension.attachments.map((a: any) => a.preview.content.title);
    expect(titles).toEqual(['DP096 — DNO Power Outage Alerts']);
  });
});
