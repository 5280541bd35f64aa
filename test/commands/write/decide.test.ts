import { describe, expect, it } from 'vitest';
import { expectRefused, writeBot } from './helpers';

describe('decide', () => {
  it('approval by the Change Board (the default body) moves the proposal to Pending Implementation', async () => {
    const bot = writeBot();
    const reply = await bot.run('decide MP167B approved on 21 Aug 2023');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('MP167B approved by the Change Board');
    expect(reply.fields).toEqual([{ label: 'Stage', value: 'Change Board → Pending Implementation' }]);
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP167B')!;
    expect(p.decisions).toEqual([{ body: 'Change Board', outcome: 'Approved', on: '2023-08-21', source: 'decide by operator' }]);
    expect(p.stage).toBe('Pending Implementation');
    expect(bot.store.read().outbox.map((e) => e.type)).toEqual(['decision.recorded']);
  });

  it('rejection by the Authority moves an MP to Rejected', async () => {
    const bot = writeBot();
    const reply = await bot.run('decide MP167B rejected by the Authority on 2023-08-22');
    expect(reply.title).toBe('MP167B rejected by the Authority (Ofgem)');
    expect(reply.fields).toEqual([{ label: 'Stage', value: 'Change Board → Rejected' }]);
  });

  it('a contradicting decision is refused; a correction with a reason is recorded and shown in history', async () => {
    const bot = writeBot();
    await bot.run('decide MP167B approved');
    const flip = await bot.run('decide MP167B rejected');
    expect(flip.title).toBe('Nothing was saved: MP167B was already approved by the Change Board on 22 Aug 2023: a second decision would contradict it.');
    expect(flip.context?.join(' ')).toContain('decide MP167B rejected by Change Board correct "the reason"');
    const fixed = await bot.run('decide MP167B rejected correct "the minutes record a rejection"');
    expect(fixed.kind).toBe('success');
    expect(fixed.title).toBe('MP167B: decision corrected');
    expect(fixed.fields).toContainEqual({ label: 'Stage', value: 'Pending Implementation → Rejected' });
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP167B')!;
    expect(p.decisions.map((d) => [d.outcome, d.on])).toEqual([['Rejected', '2023-08-22']]); // replaced in place
    expect(p.stage).toBe('Rejected');
    const history = JSON.stringify(await bot.run('history MP167B'));
    expect(history).toContain('the minutes record a rejection');
  });

  it('on a Self-Governance MP only the Change Board decides', async () => {
    const bot = writeBot();
    await bot.store.transact({ actor: 'test', command: 'setup' }, (d) => {
      d.proposals.find((p) => p.ref === 'MP167B')!.path = 'Path 3: Self-Governance';
    });
    const reply = await bot.run('decide MP167B approved by Ofgem');
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('Nothing was saved: MP167B: it is Path 3: Self-Governance: the Change Board decides it, not the Authority.');
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
    ['decide DP096 approved', 'DP096 is a Draft Proposal: decisions are made on Modification Proposals.', 'convert DP096 first'],
    ['decide MP167B approved by CSC', 'The Change Sub-Committee does not decide Modification Proposals', 'decide MP167B approved by Change Board'],
    ['decide MP167B approved on 2030-01-01', 'is in the future', 'Give the day it happened'],
    ['decide MP167B approved on 2019-01-01', 'is before MP167B existed', 'on or after 10 Jan 2020'],
    ['decide MP167B approved correct', '"correct" needs the reason', 'decide MP167B rejected correct'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));
});
