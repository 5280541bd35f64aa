import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors';
import { advanceStage, convertProposal, raiseProposal, recordDecision, requireProposal } from '../../../src/domain/operations';
import { withProcessRules } from '../../../src/domain/record/with-process-rules';
import { createMemoryStore } from '../../../storage/memory-store';
import { storeDataSchema, type StoreData } from '../../../storage/schema';
import { fixtureStore, meta, NOW, TODAY } from './fixtures';

/** Run an operation as every caller does: in a transaction whose record is replayed through the SEC process rules. */
async function underRules<T>(data: StoreData, operation: (draft: StoreData) => T): Promise<{ result: T; data: Readonly<StoreData> }> {
  const clock = { now: () => new Date(NOW) };
  const store = withProcessRules(createMemoryStore(data, clock.now), { clock });
  const result = await store.transact({ actor: 'Tester', command: 'test' }, operation);
  return { result, data: store.read() };
}

describe('raiseProposal', () => {
  it('creates a Development Stage DP for every sub-committee by default and records dp.raised once', () => {
    const data = fixtureStore();
    const p = raiseProposal(data, { ref: 'dp 120', title: ' Alert routing ', proposer: { name: 'Ann', category: 'large supplier' } }, meta('raise by slack:U1'));
    expect(p).toMatchObject({ ref: 'DP120', title: 'Alert routing', stage: 'Development Stage', raisedOn: TODAY });
    expect(p.committees).toEqual(['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA']);
    expect(p.proposer).toEqual({ name: 'Ann', category: 'Large Supplier' });
    expect(p.stageHistory).toEqual([{ stage: 'Development Stage', on: TODAY, source: 'raise by slack:U1' }]);
    expect(data.outbox).toHaveLength(1);
    expect(data.outbox[0]).toMatchObject({ type: 'dp.raised', ref: 'DP120', data: { ref: 'DP120', title: 'Alert routing', raisedOn: TODAY, committees: p.committees } });
    expect(() => storeDataSchema.parse(data)).not.toThrow();
  });

  it('normalises the committees it is given', () => {
    const p = raiseProposal(fixtureStore(), { ref: 'DP120', title: 'T', committees: ['operations group', 'smki-pma', 'OPSG'] }, meta());
    expect(p.committees).toEqual(['OPSG', 'SMKI PMA']);
  });

  it.each([
    ['DP096', 'DP096 already exists'],
    ['MP120', 'is not a Draft Proposal reference'],
    ['DPX', 'is not a Draft Proposal reference'],
  ])('refuses %s', (ref, message) => {
    const data = fixtureStore();
    expect(() => raiseProposal(data, { ref, title: 'T' }, meta())).toThrow(message);
    expect(data.outbox).toHaveLength(0);
  });

  it('refuses a DP whose MP already exists', () => {
    expect(() => raiseProposal(fixtureStore(), { ref: 'DP167B', title: 'T' }, meta())).toThrow('DP167B was already converted to MP167B');
  });

  it('refuses an empty title, an unknown committee and an unknown party category', () => {
    expect(() => raiseProposal(fixtureStore(), { ref: 'DP120', title: '  ' }, meta())).toThrow('The title is missing');
    expect(() => raiseProposal(fixtureStore(), { ref: 'DP120', title: 'T', committees: ['Nope'] }, meta())).toThrow(UserError);
    expect(() => raiseProposal(fixtureStore(), { ref: 'DP120', title: 'T', proposer: { category: 'Big' } }, meta())).toThrow('"Big" is not a party category');
  });
});

describe('advanceStage', () => {
  const mp = (stage: string, path?: string) => {
    const data = fixtureStore();
    const p = requireProposal(data, 'MP167B');
    p.stage = stage;
    p.stageHistory = [{ stage, on: '2023-01-10', source: 'fixture' }];
    p.raisedOn = '2020-01-10';
    if (path) p.path = path;
    return data;
  };

  it('appends a stage history entry with date, source and note, and records stage.changed when it is news', () => {
    const data = mp('Report Phase');
    const change = advanceStage(data, { ref: 'MP167B', stage: 'cb', on: '2023-08-21', note: 'Vote scheduled' }, meta('advance by operator'));
    expect(change).toMatchObject({ from: 'Report Phase', to: 'Change Board', warnings: [], announced: true });
    const p = requireProposal(data, 'MP167B');
    expect(p.stage).toBe('Change Board');
    expect(p.stageHistory.at(-1)).toEqual({ stage: 'Change Board', on: '2023-08-21', source: 'advance by operator', note: 'Vote scheduled' });
    expect(data.outbox.map((e) => [e.type, e.data.from, e.data.to, e.data.on])).toEqual([['stage.changed', 'Report Phase', 'Change Board', '2023-08-21']]);
  });

  it('records a stage dated more than 3 Working Days back quietly: history, no event', () => {
    const data = mp('Report Phase');
    const change = advanceStage(data, { ref: 'MP167B', stage: 'Change Board', on: '2023-08-16' }, meta());
    expect(change.announced).toBe(false);
    expect(requireProposal(data, 'MP167B').stage).toBe('Change Board');
    expect(data.outbox).toEqual([]);
  });

  it('refuses a typo with "Did you mean", an unknown word with the list, and accepts a new stage only when asked', () => {
    expect(() => advanceStage(mp('Converted to Modification Proposal'), { ref: 'MP167B', stage: 'refinment' }, meta())).toThrow('"refinment" is not a stage. Did you mean Refinement Process?');
    expect(() => advanceStage(mp('Change Board'), { ref: 'MP167B', stage: 'banana' }, meta())).toThrow('The stages are: Development Stage, Converted to Modification Proposal, Refinement Process');
    const change = advanceStage(mp('Change Board'), { ref: 'MP167B', stage: 'Panel pause', newStage: true }, meta());
    expect(change.to).toBe('Panel pause');
    expect(change.warnings[0]).toContain('is a new stage');
  });

  it('a document may state an unknown stage: recorded as written, with a warning', () => {
    const change = advanceStage(mp('Change Board'), { ref: 'MP167B', stage: 'Awaiting DCC costs' }, { ...meta(), asStated: true });
    expect(change.to).toBe('Awaiting DCC costs');
    expect(change.warnings[0]).toContain('not one of SECAS');
  });

  it('refuses a date before the current stage began, in the future, or before the proposal existed', () => {
    expect(() => advanceStage(mp('Report Phase'), { ref: 'MP167B', stage: 'Change Board', on: '2022-12-01' }, meta())).toThrow('MP167B has been in Report Phase since 10 Jan 2023; 1 Dec 2022 is earlier.');
    expect(() => advanceStage(mp('Report Phase'), { ref: 'MP167B', stage: 'Change Board', on: '2030-12-31' }, meta())).toThrow('31 Dec 2030 is in the future');
    expect(() => advanceStage(fixtureStore(), { ref: 'DP096', stage: 'Withdrawn', on: '2019-12-01' }, meta())).toThrow('1 Dec 2019 is before DP096 existed (10 Jan 2020)');
  });

  it('a correction with a reason may back-date an entry: the history stays in date order, as if recorded right', async () => {
    const data = mp('Change Board');
    requireProposal(data, 'MP167B').stageHistory.unshift({ stage: 'Report Phase', on: '2022-11-01', source: 'fixture' });
    const { data: after } = await underRules(data, (d) => advanceStage(d, { ref: 'MP167B', stage: 'Report Phase', on: '2022-12-01', correction: 'the report phase began in December' }, meta()));
    const p = requireProposal(after as StoreData, 'MP167B');
    expect(p.stageHistory.map((e) => [e.stage, e.on])).toEqual([['Report Phase', '2022-12-01'], ['Change Board', '2023-01-10']]);
    expect(p.stage).toBe('Change Board');
  });

  it('a move backwards that SECAS makes (a send-back) is recorded with its reason, and refused without one', async () => {
    await expect(underRules(mp('Change Board'), (d) => advanceStage(d, { ref: 'MP167B', stage: 'Report Phase' }, meta()))).rejects.toThrow('This moves MP167B back from Change Board to Report Phase: a send-back is recorded with its reason.');
    const { data } = await underRules(mp('Change Board'), (d) => advanceStage(d, { ref: 'MP167B', stage: 'Report Phase', reason: 'the report goes back for another look' }, meta()));
    const p = requireProposal(data as StoreData, 'MP167B');
    expect(p.stage).toBe('Report Phase');
    expect(p.stageHistory.at(-1)).toMatchObject({ stage: 'Report Phase', on: TODAY, reason: 'the report goes back for another look' });
  });

  it('refuses the same stage, and conversion through advance', () => {
    const data = fixtureStore();
    expect(() => advanceStage(data, { ref: 'DP096', stage: 'development' }, meta())).toThrow('DP096 is already in Development Stage');
    expect(() => advanceStage(data, { ref: 'DP096', stage: 'converted' }, meta())).toThrow('Use "convert DP096"');
    expect(data.outbox).toHaveLength(0);
  });
});

describe('convertProposal', () => {
  it('keeps the number, the history and the DP reference, and re-points actions and consultations', () => {
    const data = fixtureStore();
    const before = structuredClone(requireProposal(data, 'DP096').stageHistory);
    const c = convertProposal(data, { ref: 'dp96' }, meta('convert by operator'));
    expect(c.proposal).toMatchObject({ ref: 'MP096', draftRef: 'DP096', stage: 'Converted to Modification Proposal' });
    expect(c.proposal.stageHistory.slice(0, before.length)).toEqual(before);
    expect(c.repointed).toEqual({ actions: 2, consultations: 1 });
    expect(data.actions.filter((a) => a.proposals.includes('MP096')).map((a) => a.ref)).toEqual(['CSC 10/01', 'CSC 12/01']);
    expect(data.consultations[0]!.proposal).toBe('MP096');
    expect(requireProposal(data, 'DP096').ref).toBe('MP096');
    expect(data.outbox).toHaveLength(1);
    expect(data.outbox[0]).toMatchObject({ type: 'stage.changed', ref: 'MP096', data: { from: 'Development Stage', to: 'Converted to Modification Proposal', convertedFrom: 'DP096' } });
    expect(() => storeDataSchema.parse(data)).not.toThrow();
  });

  it('refuses a second conversion, an MP, and a rejected DP', () => {
    const data = fixtureStore();
    convertProposal(data, { ref: 'DP096', on: '2020-02-25' }, meta());
    expect(() => convertProposal(data, { ref: 'DP096' }, meta())).toThrow('DP096 was already converted to MP096 on 25 Feb 2020');
    expect(() => convertProposal(data, { ref: 'MP167B' }, meta())).toThrow('MP167B is not a Draft Proposal');
    expect(() => convertProposal(data, { ref: 'DP095' }, meta())).toThrow('DP095 is Rejected');
    expect(() => convertProposal(data, { ref: 'DP999' }, meta())).toThrow('No proposal DP999');
  });
});

describe('recordDecision', () => {
  it('approval by the Change Board moves the proposal to Pending Implementation in one event', () => {
    const data = fixtureStore();
    const r = recordDecision(data, { ref: 'MP167B', outcome: 'approved', on: '2023-08-21' }, meta());
    expect(r.decision).toMatchObject({ body: 'Change Board', outcome: 'Approved', on: '2023-08-21' });
    expect(r.stageChange).toEqual({ from: 'Change Board', to: 'Pending Implementation' });
    expect(r.proposal.stageHistory.map((e) => e.stage)).toEqual(['Change Board']); // the stage follows from the decision: no extra entry
    expect(data.outbox.map((e) => e.type)).toEqual(['decision.recorded']);
    expect(data.outbox[0]!.data).toMatchObject({ body: 'Change Board', outcome: 'Approved', from: 'Change Board', to: 'Pending Implementation' });
  });

  it('rejection moves the proposal to Rejected; a decision on a DP or by the CSC is refused', async () => {
    await expect(underRules(fixtureStore(), (d) => recordDecision(d, { ref: 'DP096', outcome: 'approved', by: 'csc' }, meta()))).rejects.toThrow('DP096 is a Draft Proposal: decisions are made on Modification Proposals.');
    await expect(underRules(fixtureStore(), (d) => recordDecision(d, { ref: 'MP167B', outcome: 'approved', by: 'csc' }, meta()))).rejects.toThrow('The Change Sub-Committee does not decide Modification Proposals');
    const { result: r, data } = await underRules(fixtureStore(), (d) => recordDecision(d, { ref: 'MP167B', outcome: 'rejected', by: 'Ofgem' }, meta()));
    expect(r.decision.body).toBe('the Authority (Ofgem)');
    expect(requireProposal(data as StoreData, 'MP167B').stage).toBe('Rejected');
  });

  it('refuses an unknown outcome, an unknown body, and a second decision unless it is a correction', async () => {
    const data = fixtureStore();
    expect(() => recordDecision(data, { ref: 'MP167B', outcome: 'maybe' as 'approved' }, meta())).toThrow('"maybe" is not a decision');
    expect(() => recordDecision(data, { ref: 'MP167B', outcome: 'approved', by: 'The Board' }, meta())).toThrow('not a committee I know');
    const { data: approved } = await underRules(data, (d) => recordDecision(d, { ref: 'MP167B', outcome: 'approved' }, meta()));
    await expect(underRules(structuredClone(approved) as StoreData, (d) => recordDecision(d, { ref: 'MP167B', outcome: 'rejected' }, meta()))).rejects.toThrow('MP167B was already approved by the Change Board on 22 Aug 2023');
    const { result: fixed, data: after } = await underRules(structuredClone(approved) as StoreData, (d) => recordDecision(d, { ref: 'MP167B', outcome: 'rejected', correction: 'the minutes say rejected' }, meta()));
    expect(fixed.replaced).toBe('Approved by Change Board on 22 Aug 2023');
    const p = requireProposal(after as StoreData, 'MP167B');
    expect(p.decisions.map((d) => d.outcome)).toEqual(['Rejected']);
    expect(p.stage).toBe('Rejected');
  });
});
