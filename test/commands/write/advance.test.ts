import { describe, expect, it } from 'vitest';
import { buttonCommands, expectRefused, writeBot } from './helpers';

describe('advance', () => {
  it('moves the proposal to a multi-word stage on a date with a note, and offers the next stage', async () => {
    const bot = writeBot();
    await bot.run('convert DP096');
    const reply = await bot.run('advance mp96 Refinement Process on 28 Jun 2023 note Panel agreed the route on Friday');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('MP096 moved to Refinement Process');
    expect(reply.text).toBe('DNO Power Outage Alerts: from Converted to Modification Proposal to Refinement Process on 28 Jun 2023.');
    expect(buttonCommands(reply)).toEqual(['status MP096', 'history MP096', 'advance MP096 Report Phase']);
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP096')!;
    expect(p.stageHistory.at(-1)).toEqual({ stage: 'Refinement Process', on: '2023-06-28', source: 'advance by operator', note: 'Panel agreed the route on Friday' });
  });

  it('the offered next-stage button works when clicked', async () => {
    const bot = writeBot();
    const first = await bot.run('advance DP096 "Refinement Process"');
    const second = await bot.run(buttonCommands(first).at(-1)!);
    expect(second.title).toBe('DP096 moved to Report Phase');
  });

  it('accepts an unknown stage and a backwards move, with warnings', async () => {
    const bot = writeBot();
    const unknown = await bot.run('advance DP096 Awaiting DCC costs');
    expect(unknown.title).toBe('DP096 moved to Awaiting DCC costs');
    expect(unknown.fields?.[0]?.value).toContain('not one of SECAS');
    const back = await bot.run('advance MP167B report on 2023-09-21');
    expect(back.kind).toBe('success');
    expect(back.fields).toEqual([{ label: 'Warning', value: 'This moves MP167B back from Change Board to Report Phase.' }]);
  });

  it('offers the decision buttons at a vote', async () => {
    const bot = writeBot();
    const reply = await bot.run('advance DP096 Change Board');
    expect(buttonCommands(reply)).toContain('decide DP096 approved by Change Board');
  });

  it.each([
    ['advance', 'Missing the proposal reference and the stage.', 'advance MP096 Refinement Process'],
    ['advance DP096', 'Missing the stage to move DP096 to.', 'advance DP096 Refinement Process'],
    ['advance DP096 on 2023-01-01', 'Missing the stage to move DP096 to.', 'advance DP096 Refinement Process'],
    ['advance DP999 report', 'No proposal DP999.', 'search'],
    ['advance DP096 report on 31 Feb 2023', 'There is no 31 Feb 2023', 'Try 28 Feb 2023'],
    ['advance DP096 report on someday', '"someday" is not a date I can read', '2023-06-28'],
    ['advance DP096 report on', 'Missing the date after "on"', 'advance MP096'],
    ['advance DP096 report note', '"note" needs some text.', 'advance MP096'],
    ['advance DP096 development', 'DP096 is already in Development Stage.', 'history DP096'],
    ['advance DP096 converted', 'Use "convert DP096"', 'convert DP096'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));

  it('records one stage.changed event per advance', async () => {
    const bot = writeBot();
    await bot.run('advance DP096 refinement');
    await bot.run('advance DP096 refinement');
    expect(bot.store.read().outbox.map((e) => [e.type, e.ref, e.data.to])).toEqual([['stage.changed', 'DP096', 'Refinement Process']]);
  });
});
