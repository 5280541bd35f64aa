import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { applyChangeSet } from '../../src/import/apply-change-set';
import { changeSetSchema, emptyChangeSet, type ChangeSet } from '../../src/import/change-set';
import { importChangeSet } from '../../src/import/import-files';
import { createTempStore, type TempStore } from '../support/temp-store';
import { calendar, clock } from './support/import-env';

let temp: TempStore;
beforeEach(async () => {
  temp = await createTempStore();
});
afterEach(() => temp.cleanup());

/** Two new DPs; the second names a committee that does not exist, so raiseProposal refuses it. */
function failingHalfWay(): ChangeSet {
  const set = emptyChangeSet();
  set.documents.push({ file: 'paper.txt', kind: 'new-dp-paper', date: '2020-01-28' });
  const source = (line: number) => ({ file: 'paper.txt', line });
  set.proposals.push({ ref: 'DP200', title: 'A good one', committees: ['CSC'], source: source(3) });
  set.proposals.push({ ref: 'DP201', title: 'A bad one', committees: ['Knitting Circle'], source: source(9) });
  return changeSetSchema.parse(set);
}

describe('one transaction per import', () => {
  it('an operation that refuses half-way through writes nothing, not even the items before it', async () => {
    const before = JSON.stringify(temp.store.read());
    const options = { at: clock.now().toISOString(), today: '2023-08-22', actor: 'operator' };
    await expect(temp.store.transact({ actor: 'operator', command: 'import paper.txt' }, (draft) => applyChangeSet(draft, failingHalfWay(), options))).rejects.toThrow(UserError);
    expect(JSON.stringify(temp.store.read())).toBe(before);
  });

  it('importChangeSet reports the refusal as a UserError and the store keeps no DP200, no event and no audit entry', async () => {
    const deps = { store: temp.store, clock, calendar, actor: 'operator' };
    await expect(importChangeSet(failingHalfWay(), deps, false)).rejects.toThrow(/"Knitting Circle" is not a committee I know/);
    const data = temp.store.read();
    expect([data.proposals, data.outbox, temp.store.auditOf()]).toEqual([[], [], []]);
  });
});
