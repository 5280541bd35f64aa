import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/core/render-text';
import { createTestBot, type TestBot } from '../../support/test-bot';
import { createTempStore, type TempStore } from '../../support/temp-store';
import { fixtureStore } from '../../domain/operations/fixtures';
import { subscribeChannel } from './helpers';

/** Issue 9's cases, through the real dispatch on the real file store (today: Tue 22 Aug 2023). */
let temp: TempStore;
let bot: TestBot;
beforeEach(async () => {
  temp = await createTempStore(fixtureStore());
  bot = createTestBot({ store: temp.store });
});
afterEach(() => temp.cleanup());

async function expectRefusedOnDisk(line: string, message: string, hint: string): Promise<void> {
  const before = await readFile(temp.file);
  const reply = await bot.run(line);
  expect(reply.kind, renderText(reply)).toBe('error');
  expect(reply.title).toContain(message);
  expect([reply.title, ...(reply.context ?? [])].join(' ')).toContain(hint);
  expect((await readFile(temp.file)).equals(before), 'the store file is byte-for-byte unchanged').toBe(true);
}

describe('the SEC process as rules: every case refused with what would work, nothing written', () => {
  it.each([
    ['advance DP096 refinment', 'Did you mean Refinement Process?', 'advance DP096 "Refinement Process"'],
    ['advance MP167B banana', 'The stages are: Development Stage', 'advance MP167B "Refinement Process"'],
    ['advance DP096 "Report Phase"', 'so it is converted first', 'convert DP096, then: advance MP096 "Report Phase"'],
    ['advance DP096 Implemented', 'so it is converted first', 'convert DP096'],
    ['decide DP096 approved', 'decisions are made on Modification Proposals', 'convert DP096 first'],
    ['advance MP167B "Change Board" on 31/12/2030', '31 Dec 2030 is in the future', 'today is 22 Aug 2023'],
    ['advance MP167B report on 31/12/2030', '31 Dec 2030 is in the future', 'today is 22 Aug 2023'],
    ['convert DP096 on 2031-01-01', '1 Jan 2031 is in the future', 'today is 22 Aug 2023'],
    ['decide MP167B approved on 2030-01-01', '1 Jan 2030 is in the future', 'today is 22 Aug 2023'],
    ['convert DP096 on 2019-12-01', 'is before DP096 existed (10 Jan 2020)', 'on or after 10 Jan 2020'],
    ['decide MP167B approved by Ofgem on 2019-05-01', 'is before MP167B existed', 'on or after 10 Jan 2020'],
    ['action add CSC SECAS "Book the room" due 26 Aug 2023', 'The due date Sat 26 Aug 2023 is not a Working Day (a weekend). The nearest Working Days are Fri 25 Aug 2023 and Tue 29 Aug 2023.', 'due 2023-08-29'],
    ['action due CSC 12/01 25 Dec 2023', 'is not a Working Day (Christmas Day, a bank holiday)', 'action due "CSC 12/01" 2023-12-27'],
    ['action snooze CSC 12/01 2 Sep 2023', 'Snooze until Sat 2 Sep 2023 is not a Working Day', 'action snooze "CSC 12/01" 2023-09-04'],
    ['consultation add MP167B other 2023-08-21 2023-08-28', 'The closing date Mon 28 Aug 2023 is not a Working Day (Summer bank holiday, a bank holiday)', 'consultation add MP167B other 2023-08-21 2023-08-29'],
    // A year typed wrong (2032 or 2062 for 2023): more than 3 years ahead, with the likely date offered.
    ['action due CSC 12/01 2032-09-05', 'The due date 5 Sep 2032 is more than 3 years from today (22 Aug 2023): is the year mistyped? Did you mean Tue 5 Sep 2023?', 'action due "CSC 12/01" 2023-09-05'],
    ['action add CSC SECAS "Book the room" due 15 Jan 2062', 'Did you mean Mon 15 Jan 2024?', 'due 2024-01-15'],
    ['action snooze CSC 12/01 26/08/2099', 'Did you mean Sat 26 Aug 2023? That is not a Working Day; the next one is Tue 29 Aug 2023.', 'action snooze "CSC 12/01" 2023-08-29'],
    ['consultation add MP167B report 2023-09-04 2032-09-25', 'The closing date 25 Sep 2032 is more than 3 years', 'consultation add MP167B report 2023-09-04 2023-09-25'],
    // No year at all: the bot does not guess (a due date looks ahead, a stage change back).
    ['advance MP167B "Change Board" on 28 Jul', '"28 Jul" has no year: 28 Jul 2023 (the last one) or 28 Jul 2024 (the next one)?', 'Type the date with its year'],
    ['action add CSC SECAS "Book the room" due 5 Jan', '"5 Jan" has no year: 5 Jan 2023 (the last one) or 5 Jan 2024 (the next one)?', 'Type the date with its year'],
  ])('%s → %s', (line, message, hint) => expectRefusedOnDisk(line, message, hint));

  it('a due date up to 3 years ahead is a plan, not a typo', async () => {
    const reply = await bot.run('action due CSC 12/01 2026-08-21');
    expect(reply.kind, renderText(reply)).toBe('success');
    expect(reply.title).toBe('CSC 12/01 is now due on 21 Aug 2026');
  });

  it('a decision that contradicts an earlier one, or is made by the wrong body, is refused; a correction is explicit and audited', async () => {
    await bot.store.transact({ actor: 'test', command: 'setup' }, (d) => void (d.proposals.find((p) => p.ref === 'MP167B')!.path = 'Path 3: Self-Governance'));
    expect((await bot.run('decide MP167B approved on 21 Aug 2023')).kind).toBe('success');
    await expectRefusedOnDisk('decide MP167B rejected', 'MP167B was already approved by the Change Board on 21 Aug 2023', 'correct "the reason"');
    await expectRefusedOnDisk('decide MP167B approved by Ofgem', 'the Change Board decides it, not the Authority', 'decide MP167B approved by Change Board');
    const fixed = await bot.run('decide MP167B rejected correct "the CB minutes record a rejection"');
    expect(fixed.kind).toBe('success');
    const history = renderText(await bot.run('history MP167B'));
    expect(history).toContain('decide MP167B rejected correct "the CB minutes record a rejection"');
    expect(bot.store.read().proposals.find((p) => p.ref === 'MP167B')!.stage).toBe('Rejected');
  });

  it('the stage history stays in date order and "days in stage" counts from the latest entry', async () => {
    await bot.run('advance MP167B report on 2023-08-01 reason "the Panel sent the report back"');
    await bot.run('advance MP167B "Change Board" on 2023-07-01 correct "the first vote was in July"'); // re-dates the Change Board entry
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP167B')!;
    expect(p.stageHistory.map((e) => [e.stage, e.on])).toEqual([['Change Board', '2023-07-01'], ['Report Phase', '2023-08-01']]);
    expect(p.stage).toBe('Report Phase');
    expect(renderText(await bot.run('status MP167B'))).toContain('Report Phase — 21 days (since 1 Aug 2023)');
  });
});

describe('answers that tell the truth', () => {
  it('a past due date is accepted with "already overdue"', async () => {
    const reply = await bot.run('action add CSC SECAS "Send the old minutes" due 6 Jan 2020');
    expect(reply.kind).toBe('success');
    expect(reply.fields).toContainEqual({ label: 'Warning', value: '6 Jan 2020 is in the past: CSC 12/02 is already overdue (by 915 Working Days).' });
  });

  it('a long overdue count is written with a thousands separator', async () => {
    const reply = await bot.run('action add CSC SECAS "Send the oldest minutes" due 5 Jan 2015');
    expect(reply.fields?.find((f) => f.label === 'Warning')?.value).toMatch(/^5 Jan 2015 is in the past: CSC 12\/02 is already overdue \(by 2,\d{3} Working Days\)\.$/);
  });

  it('a consultation whose window has passed is recorded as closed, with no "opened" post', async () => {
    await subscribeChannel(bot, 'C_ALL');
    const reply = await bot.run('consultation add MP167B other 2020-01-06 2020-01-24');
    expect(reply.title).toBe('MP167B other consultation recorded (closed)');
    expect(reply.context).toEqual(['Its window has passed: recorded as closed, not announced.']);
    expect(bot.store.read().outbox).toEqual([]);
  });

  it('an open consultation names the channels that will hear; with none subscribed it says so', async () => {
    const none = await bot.run('consultation add MP167B other 2023-08-16 2023-09-07');
    expect(none.context?.[0]).toContain('No channel is subscribed to consultations');
    await subscribeChannel(bot, 'C_CSC', ['CSC']);
    const heard = await bot.run('consultation add MP167B other 2023-08-21 2023-09-11');
    expect(heard.context).toEqual(['Announced to: Slack channel C_CSC.']);
  });

  it('a DP raised today is announced to the subscribed channels that cover its committees, never to others', async () => {
    await subscribeChannel(bot, 'C_OPSG', ['OPSG']);
    await subscribeChannel(bot, 'C_SSC', ['SSC']);
    const reply = await bot.run('raise DP130 "Changes to the summary table" committees OPSG');
    expect(reply.text).toContain('Announced to: Slack channel C_OPSG.');
    expect(reply.text).not.toContain('C_SSC');
  });
});
