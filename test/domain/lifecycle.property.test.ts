import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseStage } from '../../src/domain/lifecycle';
import type { Proposal, StoreData } from '../../storage/schema';
import { fixtureStore, TODAY } from './operations/fixtures';
import { createTestBot } from '../support/test-bot';
import { createCalendar } from '../../src/domain/calendar';
import { replayRecord } from '../../src/domain/record/replay-record';
import { replayContext } from '../../src/domain/record/replay-context';

const REFS = ['DP096', 'MP096', 'MP167B', 'DP120', 'MP120', 'DP095'];
const STAGES = ['refinement', 'Report Phase', 'cb', 'Change Board', 'Authority Determination', 'Pending Implementation', 'Implemented', 'Withdrawn', 'Rejected', 'development', 'converted', 'refinment', 'banana'];
const DATES = ['', ' on 2023-08-21', ' on 2023-08-22', ' on 2023-08-01', ' on 2020-01-05', ' on 2030-01-01', ' on 2021-06-30'];
const BODIES = ['', ' by Change Board', ' by Authority', ' by Panel', ' by CSC'];

/** Lines a change-team member might type, good and bad, in any order. */
const line = fc.oneof(
  fc.tuple(fc.constantFrom(...REFS), fc.constantFrom(...STAGES), fc.constantFrom(...DATES), fc.constantFrom('', ' reason "sent back"', ' correct "wrong"')).map(([r, s, d, x]) => `advance ${r} "${s}"${d}${x}`),
  fc.tuple(fc.constantFrom(...REFS), fc.constantFrom('approved', 'rejected'), fc.constantFrom(...BODIES), fc.constantFrom(...DATES), fc.constantFrom('', ' correct "wrong"')).map(([r, o, b, d, x]) => `decide ${r} ${o}${b}${d}${x}`),
  fc.tuple(fc.constantFrom('DP096', 'DP120', 'DP095'), fc.constantFrom(...DATES), fc.constantFrom('', ' reason "Panel"')).map(([r, d, x]) => `convert ${r}${d}${x}`),
  fc.constantFrom('undo'),
  fc.constant('raise DP120 "Alert routing"'),
);

const isDraft = (p: Proposal) => p.ref.startsWith('DP');
const stage = (name: string) => normaliseStage(name).name;

/** The rules a history must never break, whatever was typed; checked here independently of the replay. */
function checkHistory(data: Readonly<StoreData>): void {
  for (const p of data.proposals) {
    const replay = replayRecord(p, replayContext(data, p, TODAY, createCalendar()));
    expect(replay.problem, `${p.ref} record replays`).toBeUndefined();
    expect(p.stage, `${p.ref} stored stage is the derived one`).toBe(replay.state.stage);
    const dates = [...p.stageHistory, ...p.decisions].map((e) => e.on);
    expect(dates.every((d) => d <= TODAY), `${p.ref} nothing in the future`).toBe(true);
    const stages = p.stageHistory.map((e) => stage(e.stage));
    if (isDraft(p)) expect(stages.every((s) => ['Development Stage', 'Withdrawn', 'Rejected'].includes(s)), `${p.ref} stays a DP`).toBe(true);
    if (isDraft(p)) expect(p.decisions.filter((d) => d.source.startsWith('decide')), `${p.ref} no decisions on a DP`).toEqual([]);
    const converted = stages.indexOf('Converted to Modification Proposal');
    if (converted >= 0) expect(stages.slice(converted).includes('Development Stage'), `${p.ref} never back to Development`).toBe(false);
    const deciding = p.decisions.filter((d) => /^(approved|rejected)$/i.test(d.outcome));
    // An approval is a decision, or stated by the record's first entry (a record that starts at its outcome, as documents give it).
    const approvedWithout = ['Pending Implementation', 'Implemented'].includes(stages[0] ?? '') && !deciding.length;
    if (stages.includes('Implemented') && !approvedWithout) expect(deciding.at(-1)?.outcome, `${p.ref} Implemented after an approval`).toBe('Approved');
    if (p.stage === 'Pending Implementation' && !approvedWithout) expect(deciding.at(-1)?.outcome, `${p.ref} Pending after an approval`).toBe('Approved');
    if (deciding.at(-1)?.outcome === 'Rejected') expect(p.stage, `${p.ref} a rejection ends it`).toBe('Rejected');
    expect(deciding.length <= 1 || p.decisions.some((d) => /appeal/i.test(d.outcome)), `${p.ref} one decision stands`).toBe(true);
    expect(stages.every((s) => normaliseStage(s).known), `${p.ref} no typo became a stage`).toBe(true);
  }
}

describe('random command sequences never produce a history that breaks the rules', () => {
  it('holds for every sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 14 }), async (lines) => {
        const bot = createTestBot({ data: fixtureStore() });
        for (const text of lines) {
          const reply = await bot.run(text);
          expect(reply.title).not.toMatch(/reference [0-9a-f]{8}/); // refused or done, never an internal error
        }
        checkHistory(bot.store.read());
      }),
      { numRuns: 150 },
    );
  });
});
