import { describe, expect, it } from 'vitest';
import { buttonCommands, expectRefused, subscribeChannel, writeBot } from './helpers';

describe('advance', () => {
  it('moves an MP to a multi-word stage on a date with a note, and offers the next stage', async () => {
    const bot = writeBot();
    await bot.run('convert DP096 on 18 Aug 2023 reason "the Panel directed it"');
    const reply = await bot.run('advance mp96 Refinement Process on 21 Aug 2023 note Panel agreed the route on Friday');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('MP096 moved to Refinement Process');
    expect(reply.text).toBe('DNO Power Outage Alerts: from Converted to Modification Proposal to Refinement Process on 21 Aug 2023.');
    expect(buttonCommands(reply)).toEqual(['status MP096', 'history MP096', 'advance MP096 Report Phase']);
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP096')!;
    expect(p.stageHistory.at(-1)).toEqual({ stage: 'Refinement Process', on: '2023-08-21', source: 'advance by operator', note: 'Panel agreed the route on Friday' });
  });

  it('the offered next-stage button works when clicked', async () => {
    const bot = writeBot();
    await bot.run('convert DP096 reason "the Panel directed it"');
    const first = await bot.run('advance MP096 "Refinement Process"');
    const second = await bot.run(buttonCommands(first).at(-1)!);
    expect(second.title).toBe('MP096 moved to Report Phase');
  });

  it('a backwards move SECAS makes is allowed with a warning; a new stage only with "new stage"', async () => {
    const bot = writeBot();
    const back = await bot.run('advance MP167B report on 2023-08-21 reason "the report goes back for another look"');
    expect(back.kind).toBe('success');
    expect(back.fields).toEqual([{ label: 'Warning', value: 'MP167B goes back from Change Board to Report Phase (the report goes back for another look).' }]);
    const added = await bot.run('advance MP167B new stage "Panel pause" note waiting for the Panel');
    expect(added.title).toBe('MP167B moved to Panel pause');
    expect(added.fields?.[0]?.value).toContain('is a new stage');
    expect(bot.store.auditOf().at(-1)).toMatchObject({ command: 'advance MP167B new stage "Panel pause" note waiting for the Panel' });
  });

  it('offers the decision buttons at a vote, for the body that decides the path', async () => {
    const bot = writeBot();
    await bot.run('advance MP167B report reason "the Panel sent the report back"');
    const vote = await bot.run('advance MP167B Change Board');
    expect(buttonCommands(vote)).toContain('decide MP167B approved by Change Board');
  });

  it('says which channels hear, or that none is subscribed, or that old news is recorded quietly', async () => {
    const bot = writeBot();
    const none = await bot.run('advance MP167B report reason "the Panel sent the report back"');
    expect(none.context?.join(' ')).toContain('No channel is subscribed to stage changes');
    await subscribeChannel(bot, 'C_CSC', ['CSC']);
    await subscribeChannel(bot, 'C_OPSG', ['OPSG']);
    const heard = await bot.run('advance MP167B Change Board');
    expect(heard.context).toContain('Announced to: Slack channel C_CSC.');
    const old = await writeBot().run('advance MP167B Withdrawn on 1 Aug 2023');
    expect(old.context?.join(' ')).toContain('Dated 1 Aug 2023, more than 3 Working Days ago: recorded and shown in `history MP167B`, not announced');
  });

  it.each([
    ['advance', 'Missing the proposal reference and the stage.', 'advance MP095 Refinement Process'],
    ['advance DP096', 'Missing the stage to move DP096 to.', 'advance DP096 Refinement Process'],
    ['advance DP096 on 2023-01-01', 'Missing the stage to move DP096 to.', 'advance DP096 Refinement Process'],
    ['advance DP999 report', 'No proposal DP999.', 'search'],
    ['advance DP096 report on 31 Feb 2023', 'There is no 31 Feb 2023', 'Try 28 Feb 2023'],
    ['advance DP096 report on someday', '"someday" is not a date I can read', '2023-06-28'],
    ['advance DP096 report on', 'Missing the date after "on"', 'advance MP095'],
    ['advance DP096 report note', '"note" needs some text.', 'advance MP095'],
    ['advance DP096 development', 'DP096 is already in Development Stage.', 'history DP096'],
    ['advance DP096 converted', 'Use "convert DP096"', 'convert DP096'],
    ['advance DP096 refinment', '"refinment" is not a stage. Did you mean Refinement Process?', 'advance DP096 "Refinement Process"'],
    ['advance MP167B banana', '"banana" is not a stage. The stages are: Development Stage, Converted to Modification Proposal, Refinement Process, Report Phase', 'advance MP167B'],
    ['advance DP096 "Report Phase"', 'DP096 is a Draft Proposal: Report Phase belongs to Modification Proposals, so it is converted first.', 'convert DP096, then: advance MP096 "Report Phase"'],
    ['advance DP096 Implemented', 'DP096 is a Draft Proposal: Implemented belongs to Modification Proposals', 'convert DP096'],
    ['advance MP167B development', 'it never returns to the Development Stage', 'advance MP167B Withdrawn'],
    ['advance MP167B Implemented', 'Implemented follows an approval (Pending Implementation)', 'decide MP167B approved by Change Board'],
    ['advance MP167B Pending Implementation', 'MP167B has no approval', 'decide MP167B approved'],
    ['advance MP167B Rejected', 'A rejection is a decision.', 'decide MP167B rejected'],
    ['advance MP167B "Change Board" on 31/12/2030', 'is in the future', 'leave "on DATE" out'],
    ['advance MP167B report on 2019-06-01', 'is before MP167B existed (10 Jan 2020)', 'on or after 10 Jan 2020'],
    ['advance MP167B report correct', '"correct" needs the reason', 'correct "the vote was on the 20th"'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));

  it('a correction with a reason re-dates the current stage, shown in history, not announced', async () => {
    const bot = writeBot();
    await subscribeChannel(bot, 'C_CSC');
    const reply = await bot.run('advance MP167B "Change Board" on 20 Jan 2020 correct "the vote was on the 20th"');
    expect(reply.title).toBe('MP167B: record corrected');
    expect(reply.text).toBe('Alt HAN forum solution: the record said Change Board on 10 Jan 2020; it now says Change Board on 20 Jan 2020. Stage now: Change Board.');
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP167B')!;
    expect(p.stageHistory).toEqual([{ stage: 'Change Board', on: '2020-01-20', source: 'fixture' }]); // reads as if the mistake never happened
    expect(bot.store.read().outbox).toEqual([]);
    expect(JSON.stringify(await bot.run('history MP167B'))).toContain('the vote was on the 20th');
  });

  it('records one stage.changed event per advance', async () => {
    const bot = writeBot();
    await bot.run('advance MP167B report reason "the Panel sent the report back"');
    await bot.run('advance MP167B report');
    expect(bot.store.read().outbox.map((e) => [e.type, e.ref, e.data.to])).toEqual([['stage.changed', 'MP167B', 'Report Phase']]);
  });
});
