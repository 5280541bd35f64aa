import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/core/render-text';
import { buttonCommands, writeBot } from './helpers';

/** The legitimate lifecycle, typed in chat and by clicking the offered buttons (today: 22 Aug 2023). */
async function runAll(bot: ReturnType<typeof writeBot>, lines: string[]): Promise<void> {
  for (const line of lines) {
    const reply = await bot.run(line);
    expect(reply.kind, `${line}: ${renderText(reply)}`).toBe('success');
  }
}

async function withPath(bot: ReturnType<typeof writeBot>, ref: string, path: string): Promise<void> {
  await bot.store.transact({ actor: 'test', command: 'set path' }, (d) => void (d.proposals.find((p) => p.ref === ref)!.path = path));
}

describe('the legitimate lifecycle still works', () => {
  it('Self-Governance: raise → convert → Refinement → Report Phase → Change Board approval → Pending Implementation → Implemented', async () => {
    const bot = writeBot();
    await runAll(bot, ['raise DP130 "Changes to the summary table"', 'convert DP130 reason "the CSC agreed the problem statement"', 'advance MP130 refinement', 'advance MP130 report', 'advance MP130 "Change Board"', 'decide MP130 approved', 'advance MP130 Implemented']);
    const p = bot.store.read().proposals.find((x) => x.ref === 'MP130')!;
    expect(p.stageHistory.map((e) => e.stage)).toEqual(['Development Stage', 'Converted to Modification Proposal', 'Refinement Process', 'Report Phase', 'Change Board', 'Implemented']);
    expect(p.decisions.map((d) => [d.outcome, d.body])).toEqual([['Approved', 'Change Board']]); // Pending Implementation in between is derived from it
    expect(p.stage).toBe('Implemented');
  });

  it('the same path by clicking the offered next-step buttons', async () => {
    const bot = writeBot();
    await runAll(bot, ['raise DP130 "Changes to the summary table"']);
    expect(buttonCommands(await bot.run('status DP130')), 'no Convert before the CSC agreed').not.toContain('convert DP130');
    let reply = await bot.run('csc DP130 ready route refinement');
    const clicks: string[] = [];
    for (let i = 0; i < 8; i++) {
      const next = buttonCommands(reply).find((c) => /^(convert|advance|decide \S+ approved)/.test(c));
      if (!next) break;
      clicks.push(next);
      reply = await bot.run(next);
      expect(reply.kind, `${next}: ${reply.title}`).toBe('success');
    }
    expect(clicks).toEqual(['convert DP130', 'advance MP130 Refinement Process', 'advance MP130 Report Phase', 'advance MP130 Change Board', 'decide MP130 approved by Change Board']);
    expect(buttonCommands(await bot.run('status MP130'))).toContain('advance MP130 "Implemented"');
  });

  it('Fast-Track: the Panel decides straight after conversion', async () => {
    const bot = writeBot();
    await runAll(bot, ['raise DP131 "Fix a typo in Section H"', 'convert DP131 reason "the CSC agreed the problem statement"']);
    await withPath(bot, 'MP131', 'Fast-Track Self-Governance');
    expect(buttonCommands(await bot.run('status MP131'))).toContain('decide MP131 approved by Panel');
    expect((await bot.run('decide MP131 approved by Change Board')).title).toContain('the Panel decides it, not the Change Board');
    await runAll(bot, ['decide MP131 approved by Panel', 'advance MP131 Implemented']);
  });

  it('Authority Determination: the Change Board votes, the Authority decides; a second vote is allowed with a warning', async () => {
    const bot = writeBot();
    await runAll(bot, ['raise DP132 "Change of supplier timings"', 'convert DP132 reason "the CSC agreed the problem statement"', 'advance MP132 report']);
    await withPath(bot, 'MP132', 'Path 2: Authority Determination');
    await runAll(bot, ['advance MP132 "Change Board"', 'advance MP132 "Authority Determination"']);
    const back = await bot.run('advance MP132 "Change Board" reason "a second Change Board vote"');
    expect(back.fields).toEqual([{ label: 'Warning', value: 'MP132 goes back from Authority Determination to Change Board (a second Change Board vote).' }]);
    await runAll(bot, ['advance MP132 "Authority Determination"', 'decide MP132 approved by Ofgem', 'advance MP132 Implemented']);
    expect(bot.store.read().proposals.find((x) => x.ref === 'MP132')!.decisions.map((d) => d.body)).toEqual(['the Authority (Ofgem)']);
  });
});
