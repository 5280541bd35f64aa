import { describe, expect, it } from 'vitest';
import { expectRefused, writeBot } from './helpers';

describe('decide', () => {
  it('approval by the Change Board (the default body) moves the proposal to Pending Implementation', async () => {
    const bot = writeBot();
    const reply = await bot.run('decide MP167B approved on 20 Sep 2023');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('MP167B approved by the Change Board');
    expect(reply.fields).toEqual([{ label: 'Stage', value: 'Change Board → Pending Implementation' }]);
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP167B')!;
    expect(p.decisions).toEqual([{ body: 'Change Board', outcome: 'Approved', on: '2023-09-20', source: 'decide by operator' }]);
    expect(p.stage).toBe('Pending Implementation');
    expect(bot.store.read().outbox.map((e) => e.type)).toEqual(['decision.recorded']);
  });

  it('rejection by a multi-word body moves the proposal to Rejected', async () => {
    const bot = writeBot();
    const reply = await bot.run('decide DP096 rejected by Change Sub-Committee on 2020-02-25');
    expect(reply.title).toBe('DP096 rejected by the Change Sub-Committee');
    expect(reply.fields).toEqual([{ label: 'Stage', value: 'Development Stage → Rejected' }]);
  });

  it('approval by the CSC leaves the stage unchanged', async () => {
    const reply = await writeBot().run('decide DP096 approve by CSC');
    expect(reply.fields).toEqual([{ label: 'Stage', value: 'Development Stage (unchanged)' }]);
  });

  it.each([
    ['decide', 'Missing the proposal reference and the decision.', 'decide MP167B approved'],
    ['decide MP167B', 'Missing the decision (approved or rejected).', 'decide MP167B approved'],
    ['decide MP167B deferred', '"deferred" is not a decision: use approved or rejected.', 'decide MP167B approved'],
    ['decide MP167B approved by', 'Missing the body after "by".', 'decide MP167B approved by Change Board'],
    ['decide MP167B approved by Parliament', '"Parliament" is not a committee I know', 'CB'],
    ['decide MP167B approved on yesterdayish', 'is not a date I can read', '2023-06-28'],
    ['decide MP167B approved quickly', `I didn't understand "quickly"`, 'decide MP167B approved'],
    ['decide XP1 approved', '"XP1" is not a proposal reference', 'DP096'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));
});
