import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';

const NOW = '2026-12-07T10:00:00Z';
const laura: Caller = { platform: 'slack', id: 'U_LAURA', name: 'Laura' };
const tom: Caller = { platform: 'slack', id: 'U_TOM', name: 'Tom' };
const bot = () => createTestBot({ data: demoStore(), now: NOW, changeTeam: ['slack:U_LAURA', 'slack:U_TOM'] });

describe('undo', () => {
  it('takes back only the caller\'s own last change, and is refused once someone changed the same thing since', async () => {
    const b = bot();
    expect((await b.run('decide MP167B approved', laura)).kind).toBe('success');
    expect((await b.run('proposal edit MP167B title "Programme Assurance for DCC changes"', tom)).kind).toBe('success');
    const refused = await b.run('undo', laura);
    expect(refused.kind).toBe('error');
    expect(refused.title).toContain('proposal MP167B was changed again since by slack:U_TOM');
    const tomsUndo = await b.run('undo', tom);
    expect(tomsUndo.title).toBe('Undone: proposal edit MP167B title "Programme Assurance for DCC changes"');
    expect((await b.run('undo', laura)).kind).toBe('success');
    expect(b.store.read().proposals.find((p) => p.ref === 'MP167B')).toMatchObject({ stage: 'Report Phase', decisions: demoStore().proposals.find((p) => p.ref === 'MP167B')!.decisions });
  });

  it('undoes a conversion whole: the DP is back under its own reference with its actions, and its announcement is withdrawn', async () => {
    const b = bot();
    await b.run('convert DP096 reason "the Panel directed it"');
    expect(b.store.read().outbox.map((e) => e.type)).toEqual(['stage.changed']);
    const reply = await b.run('undo');
    expect(reply.kind).toBe('success');
    expect(reply.context?.join(' ')).toContain('1 announcement(s)');
    const data = b.store.read();
    expect(data.proposals.map((p) => p.ref)).toContain('DP096');
    expect(data.proposals.map((p) => p.ref)).not.toContain('MP096');
    expect(data.actions.filter((a) => a.proposals.includes('DP096')).map((a) => a.ref)).toEqual(['CSC 10/01', 'CSC 12/01']);
    expect(data.outbox).toEqual([]);
  });

  it('an undo leaves the history of both the change and its undo', async () => {
    const b = bot();
    await b.run('advance DP096 Withdrawn');
    await b.run('undo');
    const history = await b.run('history DP096');
    const changes = (history.sections ?? [])[0]!.items!.join('\n');
    expect(changes).toContain('`advance DP096 Withdrawn`');
    expect(changes).toMatch(/`undo \S+ advance DP096 Withdrawn`/);
  });
});
