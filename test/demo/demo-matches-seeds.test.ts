import { describe, expect, it } from 'vitest';
import { demoStore } from '../../src/demo/demo-store';
import { createMemoryStore } from '../../storage/memory-store';
import { emptyStore, type Action, type Proposal } from '../../storage/schema';
import { importFiles, clock } from '../import/support/import-env';
import { seed, SEEDS } from '../import/support/fixtures';

/** The demo data is the seed documents' facts: importing the seeds into an empty store must agree with it. */
async function importedSeeds() {
  const store = createMemoryStore(emptyStore(), clock.now);
  const result = await importFiles(store, [seed(SEEDS.paper), seed(SEEDS.minutes), seed(SEEDS.report)]);
  expect(result.exitCode).toBe(0);
  return store.read();
}

const proposalFacts = (p: Proposal) => ({ ref: p.ref, title: p.title, committees: p.committees, stage: p.stage, parent: p.parent, children: [...p.children].sort() });
const actionFacts = (a: Action) => ({ ref: a.ref, committee: a.committee, owner: a.owner, text: a.text, status: a.status, raisedOn: a.raisedOn, raisedBefore: a.raisedBefore, proposals: a.proposals });
const byRef = <T extends { ref: string }>(list: readonly T[]) => [...list].sort((a, b) => a.ref.localeCompare(b.ref));

describe('demo data and the import of the seed documents agree', () => {
  it('the same proposals: titles, committees, stages, and MP167 split into MP167A and MP167B', async () => {
    const imported = await importedSeeds();
    expect(byRef(demoStore().proposals).map(proposalFacts)).toEqual(byRef(imported.proposals).map(proposalFacts));
    const mp167b = demoStore().proposals.find((p) => p.ref === 'MP167B')!;
    expect([mp167b.parent, demoStore().proposals.find((p) => p.ref === 'MP167')!.children]).toEqual(['MP167', ['MP167A', 'MP167B']]);
  });

  it('the same actions, with the minutes’ own words; carried actions raised before 25 Feb 2020', async () => {
    const imported = await importedSeeds();
    expect(byRef(demoStore().actions).map(actionFacts)).toEqual(byRef(imported.actions).map(actionFacts));
    expect(imported.actions.find((a) => a.ref === 'CSC 10/01')).toMatchObject({ raisedBefore: '2020-02-25' });
    expect(imported.actions.find((a) => a.ref === 'CSC 10/01')!.raisedOn).toBeUndefined();
  });

  it('the same consultations and releases', async () => {
    const imported = await importedSeeds();
    const consultation = (c: { proposal: string; kind: string; opens?: string; closes?: string }) => [c.proposal, c.kind, c.opens, c.closes];
    expect(demoStore().consultations.map(consultation)).toEqual(imported.consultations.map(consultation));
    expect(demoStore().releases.map((r) => [r.name, r.on])).toEqual(imported.releases.map((r) => [r.name, r.on]));
  });
});
