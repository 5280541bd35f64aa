import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentHandler } from '../../../src/core/ports';
import { createCalendar } from '../../../src/domain/calendar';
import { createAttachmentHandler } from '../../../src/import/attachment-handler';
import { makeDocxBomb } from '../../support/zip-bomb';
import { channelMessage, eventEnvelope, slashCommand } from '../slack/support/payloads';
import { postToSlackApp } from '../slack/support/signed';
import { startSlackHarness, type SlackHarness } from '../slack/support/slack-harness';

describe('Slack: a decompression bomb sent by DM does not stop the bot answering', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('/sec status is acknowledged within 3 s while bombs are read, and each bomb is refused with its name and the limit', async () => {
    let importer: AttachmentHandler | undefined;
    h = await startSlackHarness({ onFile: (file, caller) => importer!(file, caller) });
    importer = createAttachmentHandler({ store: h.bot.store, clock: h.bot.clock, calendar: createCalendar() });
    const honest = h.fake.serveFile('board-pack.docx', await makeDocxBomb(480));
    const liar = h.fake.serveFile('liar.docx', await makeDocxBomb(480, { lie: true }));
    const files = [
      { id: 'F1', name: 'board-pack.docx', size: 1500, url_private_download: honest },
      { id: 'F2', name: 'liar.docx', size: 1500, url_private_download: liar },
    ];
    await postToSlackApp(h.eventsUrl, { json: eventEnvelope(channelMessage('', { channel: 'D0GEMMA', channelType: 'im', files })) });
    const started = performance.now();
    const ack = await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096') });
    expect(ack.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(3000);
    const refusals = [
      await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.body).includes('board-pack.docx unpacks'), 15_000),
      await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.body).includes('liar.docx unpacks'), 15_000),
    ];
    for (const posted of refusals) expect(JSON.stringify(posted.body.blocks)).toContain('unpacks to more than 64 MB, the limit for a document, so it was not read.');
    expect(h.bot.store.auditOf()).toHaveLength(0);
  }, 60_000);
});
