import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { channelMessage, eventEnvelope } from '../slack/support/payloads';
import { postToSlackApp } from '../slack/support/signed';
import { startSlackHarness, type SlackHarness } from '../slack/support/slack-harness';
import { fileMessage } from '../teams/support/activities';
import { cardLines, cardOf } from '../teams/support/cards';
import { teamsFixtureData } from '../teams/support/fixture-store';
import { startTeamsBot, type TeamsHarness } from '../teams/support/start-teams-bot';

const MB = 1024 * 1024;
const neverCalled = async () => {
  throw new Error('the importer must not be reached');
};

describe('Slack: a shared file is downloaded with a byte cap', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a file declared as 1 KB that never ends is cut off just past 25 MB and refused with the limit', async () => {
    h = await startSlackHarness({ onFile: neverCalled });
    const files = [{ id: 'F1', name: 'tiny.docx', size: 1024, url_private_download: `${h.fake.origin}/endless/tiny.docx` }];
    const rssBefore = process.memoryUsage().rss;
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('', { channel: 'D0GEMMA', channelType: 'im', files })) });
    const posted = await h.fake.waitFor('chat.postMessage', () => true, 20_000);
    expect(JSON.stringify(posted.body.blocks)).toContain('I couldn\'t read tiny.docx.');
    expect(JSON.stringify(posted.body.blocks)).toContain('The file is larger than 25 MB, the limit for a document.');
    expect(h.fake.endless.sent).toBeLessThan(40 * MB);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(150 * MB);
  }, 30_000);
});

describe('Teams: attachments come only from Microsoft file hosts or the Bot Connector, with a byte cap', () => {
  let h: TeamsHarness | undefined;
  const servers: { close(): void }[] = [];
  afterEach(async () => {
    await h?.close();
    h = undefined;
    servers.splice(0).forEach((s) => s.close());
  });

  it('a download URL on any other host is refused and never requested (SSRF)', async () => {
    let hits = 0;
    const internal = createServer((_req, res) => ((hits++), res.end('secret'))).listen(0, '127.0.0.1');
    servers.push(internal);
    await new Promise((r) => internal.once('listening', r));
    const port = (internal.address() as AddressInfo).port;
    h = await startTeamsBot({ data: teamsFixtureData(), onFile: neverCalled });
    for (const url of [`http://127.0.0.1:${port}/latest/meta-data`, 'http://169.254.169.254/latest/meta-data/', 'https://evil.example.com/x.docx', 'https://sharepoint.com.evil.example/x.docx']) {
      await h.post(fileMessage(h.connector.url, 'minutes.txt', url));
    }
    expect(hits).toBe(0);
    const answers = h.connector.posts().map((p) => cardLines(cardOf(p))[0]);
    expect(answers).toHaveLength(4);
    expect(answers[0]).toBe(`✗ I couldn't download minutes.txt from Teams: the link points to 127.0.0.1:${port}, which is not a file host I download from.`);
    expect(answers[2]).toContain('evil.example.com, which is not a file host I download from');
  });

  it('a download that never ends is cut off just past 25 MB and refused with the limit', async () => {
    h = await startTeamsBot({ data: teamsFixtureData(), onFile: neverCalled });
    await h.post(fileMessage(h.connector.url, 'tiny.docx', `${h.connector.url}/endless/tiny.docx`));
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('✗ I couldn\'t download tiny.docx from Teams: the file is larger than 25 MB, the limit for a document.');
    expect(h.connector.endless.sent).toBeLessThan(40 * MB);
  }, 30_000);

  it('the bot\'s token is never sent with a file download', async () => {
    const seen: (string | undefined)[] = [];
    h = await startTeamsBot({ data: teamsFixtureData(), onFile: async (file) => ({ kind: 'info', title: `Read ${file.name}` }) });
    const url = h.connector.serveFile('a.txt', new TextEncoder().encode('ACTION CSC 1/01'));
    const original = globalThis.fetch;
    globalThis.fetch = (input, init) => ((String(input).includes('/files/') && seen.push(new Headers(init?.headers).get('authorization') ?? undefined)), original(input, init));
    try {
      await h.post(fileMessage(h.connector.url, 'a.txt', url));
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([undefined]);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('Read a.txt');
  });
});
