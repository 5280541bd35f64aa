import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type FileStore } from '../../../storage/file-store';
import { createTempStore, type TempStore } from '../../support/temp-store';
import { createTestBot, type TestBot } from '../../support/test-bot';
import { readFixture } from './fixture';
import { jordan, section } from './helpers';

/** History reads the audit log the real file store writes: this suite runs on a store file in a temp dir. */
describe('history (file store)', () => {
  let temp: TempStore;
  let store: FileStore;
  let bot: TestBot;
  let now = '2023-08-22T09:00:00Z';
  const clock = { now: () => new Date(now) };

  beforeEach(async () => {
    temp = await createTempStore(readFixture(), { clock });
    store = temp.store;
    bot = createTestBot({ store });
  });

  afterEach(async () => {
    if (store !== temp.store) await store.close();
    await temp.cleanup();
    now = '2023-08-22T09:00:00Z';
  });

  it('says who changed what, when and with which command, field by field, newest first', async () => {
    expect((await bot.run('advance MP167B "Change Board"', jordan)).kind).toBe('success');
    now = '2023-08-23T13:30:00Z';
    expect((await bot.run('consultation add MP167B other 2023-08-24 2023-09-01')).kind).toBe('success');
    const changes = section(await bot.run('history mp167b'), 'Changes (2)');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/^23 Aug 2023 14:30 · operator · `consultation add MP167B other 2023-08-24 2023-09-01` — created consultation /);
    expect(changes[1]).toBe(
      '22 Aug 2023 10:00 · Jordan Crase (slack:U_JORDAN) · `advance MP167B "Change Board"` — stage: Report Phase → Change Board; stage history: added Change Board on 2023-08-22',
    );
  });

  it('includes the stage history with its sources', async () => {
    const reply = await bot.run('history MP167B');
    expect(section(reply, 'Record (stages and decisions, in order)').slice(0, 3)).toEqual([
      '1. Refinement Process on 2 May 2023 · source: test fixture',
      '2. Modification Report approved by Change Sub-Committee on 15 Aug 2023 · source: test fixture',
      '3. Report Phase on 16 Aug 2023 · source: MP167B Modification Report v1.0',
    ]);
    expect(section(reply, 'Changes (0)')[0]).toMatch(/^No changes recorded through the bot yet/);
  });

  it('follows a Draft Proposal through its conversion, and survives reopening the store', async () => {
    expect((await bot.run('convert DP096 reason "the CSC agreed on 21 Aug 2023"')).kind).toBe('success');
    await temp.store.close();
    store = await openStore({ file: temp.file, clock });
    const reopened = createTestBot({ store });
    const reply = await reopened.run('history DP096');
    expect(reply.title).toBe('History of MP096 — DNO Power Outage Alerts');
    expect(section(reply, 'Changes (1)')[0]).toContain('`convert DP096 reason "the CSC agreed on 21 Aug 2023"` — converted DP096 → MP096; stage: Development Stage → Converted to Modification Proposal');
  });

  it('shows an action’s changes and its updates', async () => {
    expect((await bot.run('action update "CSC 12/01" Meeting moved to 4 September')).kind).toBe('success');
    const reply = await bot.run('history CSC 12/01');
    expect(reply.title).toBe('History of action CSC 12/01');
    expect(section(reply, 'Changes (1)')[0]).toMatch(/`action update "CSC 12\/01" Meeting moved to 4 September` — updates: added Meeting moved to 4 September on 2023-08-22$/);
    expect(section(reply, 'Updates')).toHaveLength(2);
  });

  it('paginates long histories', async () => {
    for (let i = 0; i < 22; i++) await store.transact({ actor: 'operator', command: `touch ${i}` }, (d) => void (d.proposals[0]!.leadAnalyst = `Analyst ${i}`));
    const first = await bot.run('history DP096');
    expect(section(first, 'Changes (22)')).toHaveLength(20);
    expect(section(first, 'Changes (22)')[0]).toContain('lead analyst: Analyst 20 → Analyst 21');
    expect(first.context).toContain('showing 20 of 22 — add `page 2`');
    expect(section(await bot.run('history DP096 page 2'), 'Changes (22)')).toHaveLength(2);
    expect((await bot.run('history DP096 page 3')).title).toBe('There are only 2 pages (22 in total).');
  });

  it('search and list see a proposal raised a moment ago (no stale index)', async () => {
    expect((await bot.run('search hydrogen')).title).toBe('Nothing matches "hydrogen"');
    expect((await bot.run('raise DP130 "Hydrogen meter trials"')).kind).toBe('success');
    expect((await bot.run('search hydrogen')).sections![0]!.items).toEqual(['DP130 Hydrogen meter trials — Development Stage']);
    expect((await bot.run('list')).title).toBe('5 proposals in progress');
  });

  it('unknown or missing references get specific messages', async () => {
    expect((await bot.run('history DP999')).title).toBe('No proposal DP999. Did you mean DP099?');
    expect((await bot.run('history CSC 99/01')).title).toMatch(/^No action CSC 99\/01\./);
    expect((await bot.run('history')).title).toBe('Whose history? Give a proposal or action reference.');
  });
});
