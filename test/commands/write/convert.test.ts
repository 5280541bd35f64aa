import { describe, expect, it } from 'vitest';
import { buttonCommands, expectRefused, writeBot } from './helpers';

describe('convert', () => {
  it('turns DP096 into MP096, keeps its history, and DP096 still finds it', async () => {
    const bot = writeBot();
    const reply = await bot.run('convert dp 096 on 25 Feb 2020 reason "the Panel directed it"');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('DP096 is now MP096: DNO Power Outage Alerts');
    expect(reply.text).toContain('on 25 Feb 2020');
    expect(reply.fields).toContainEqual({ label: 'Now pointing at MP096', value: '2 action(s), 1 consultation(s)' });
    expect(buttonCommands(reply)).toContain('advance MP096 Refinement Process');
    const data = bot.store.read();
    expect(data.proposals.map((p) => p.ref)).toEqual(['MP096', 'MP167B', 'DP095']);
    expect(data.proposals[0]!.stageHistory.map((s) => s.stage)).toEqual(['Development Stage', 'Converted to Modification Proposal']);
    expect(data.proposals[0]!.proposer).toEqual({ name: 'Gemma Slaney', organisation: 'WPD' });
    expect(data.actions.find((a) => a.ref === 'CSC 12/01')!.proposals).toEqual(['MP096']);

    const advanced = await bot.run('advance DP096 refinement');
    expect(advanced.title).toBe('MP096 moved to Refinement Process');
    expect(advanced.context).toContain('DP096 is now MP096.');
    expect((await bot.run('decide DP096 approved by Panel')).title).toContain('a decision comes after the Report Phase');
    await bot.run('advance DP096 report');
    const decided = await bot.run('decide DP096 approved by Panel');
    expect(decided.title).toBe('MP096 approved by the SEC Panel');
  });

  it('status and history asked with the old DP reference answer with the MP', async () => {
    const bot = writeBot();
    await bot.run('convert DP096 reason "the Panel directed it"');
    for (const line of ['status DP096', 'history DP096']) {
      const reply = await bot.run(line);
      expect(reply.kind).not.toBe('error');
      expect(JSON.stringify(reply)).toContain('MP096');
    }
  });

  it('an action added later that names the DP is linked to the MP', async () => {
    const bot = writeBot();
    await bot.run('convert DP096 reason "the Panel directed it"');
    const reply = await bot.run('action add CSC DCC "Cost DP096"');
    expect(reply.fields).toContainEqual({ label: 'Proposals', value: 'MP096' });
  });

  it.each([
    ['convert', 'Missing the Draft Proposal reference.', 'convert DP096'],
    ['convert MP167B', 'MP167B is not a Draft Proposal', 'convert DP096'],
    ['convert DP999', 'No proposal DP999.', 'raise DP120'],
    ['convert DP095', 'DP095 is Rejected, so it cannot be converted.', 'advance DP095 "Development Stage" reason "why it was reopened"'],
    ['convert DP096 soon', `I didn't understand "soon"`, 'convert DP095 on 25 Feb 2020'],
    ['convert DP096', 'DP096 cannot be converted without a reason: the CSC has not recorded that it is ready to convert', 'convert DP096 reason'],
    ['convert DP096 on 2020-02-30', 'There is no 30 Feb 2020', '29 Feb 2020'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));

  it('refuses a second conversion, saying when the first happened, and records one event', async () => {
    const bot = writeBot();
    await bot.run('convert DP096 on 2020-02-25 reason "the Panel directed it"');
    const again = await bot.run('convert DP096');
    expect(again.title).toBe('DP096 was already converted to MP096 on 25 Feb 2020.');
    expect(bot.store.read().outbox).toEqual([]); // 25 Feb 2020 is not news: recorded quietly
    expect(bot.store.read().proposals[0]!.stageHistory.map((s) => [s.stage, s.on])).toEqual([['Development Stage', '2020-01-10'], ['Converted to Modification Proposal', '2020-02-25']]);
  });
});
