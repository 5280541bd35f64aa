import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';
import { runImport } from '../../src/import/run-import';
import { emptyStore } from '../../storage/schema';
import { createHarness } from '../notify/support/notifier-harness';
import { CSC_CHANNEL, OPSG_CHANNEL, subscription, TEAMS_CHANNEL } from '../notify/support/notify-data';
import { createTempStore, type TempStore } from '../support/temp-store';
import { seed, SEEDS } from './support/fixtures';

const calendar = createCalendar();
const seeds = [seed(SEEDS.paper), seed(SEEDS.minutes), seed(SEEDS.report)];
const subscribed = () => ({
  ...emptyStore(),
  subscriptions: [
    subscription('S1', CSC_CHANNEL, ['CSC'], ['new-dp', 'stage', 'decision', 'consultation']),
    subscription('S2', OPSG_CHANNEL, ['OPSG'], ['new-dp', 'stage', 'decision', 'consultation']),
    subscription('S3', TEAMS_CHANNEL, ['*'], ['new-dp', 'stage', 'decision', 'consultation', 'digest']),
  ],
});

let temp: TempStore;
beforeEach(async () => {
  temp = await createTempStore(subscribed());
});
afterEach(() => temp.cleanup());

const importAt = (now: string, dryRun: boolean, json = false) =>
  runImport({ files: seeds, dryRun, json, store: temp.store, clock: { now: () => new Date(now) }, calendar, actor: 'operator' });

describe('backfilling history makes no noise', () => {
  it('importing the 2019–2023 seed documents into a store with subscribed channels queues and posts nothing', async () => {
    const preview = await importAt('2026-12-01T09:00:00Z', true);
    expect(preview.output).toContain('Nothing will be announced to channels: only facts dated in the last 3 Working Days, and consultations still open, are news');
    const applied = await importAt('2026-12-01T09:00:00Z', false);
    expect(applied.exitCode).toBe(0);
    const data = temp.store.read();
    expect(data.proposals.length).toBeGreaterThan(20);
    expect(data.outbox.filter((e) => ['dp.raised', 'stage.changed', 'decision.recorded', 'consultation.opened'].includes(e.type))).toEqual([]);
    const { notifier, slack, teams } = createHarness(data, { store: temp.store, now: '2026-12-01T09:05:00Z' });
    await notifier.flushOutbox();
    expect([...slack.sent, ...teams.sent]).toEqual([]);
  });

  it('the preview names what will be announced, and to which channels, when a fact is still current', async () => {
    // On 22 Aug 2023 the MP167B Modification Report consultation (16 Aug – 7 Sep 2023) is open: that, and only that, is news.
    const preview = await importAt('2023-08-22T09:00:00Z', true, true);
    const json = JSON.parse(preview.output) as { announcements: unknown[] };
    expect(json.announcements).toEqual([{ ref: 'MP167B', what: 'consultation opened', channels: ['Teams conversation 19:all@thread.tacv2'] }]);
    const text = await importAt('2023-08-22T09:00:00Z', true);
    expect(text.output).toContain('MP167B consultation opened → Teams conversation 19:all@thread.tacv2');
  });
});
