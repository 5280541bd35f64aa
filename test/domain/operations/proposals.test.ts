import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors';
import { advanceStage, convertProposal, raiseProposal, recordDecision, requireProposal } from '../../../src/domain/operations';
import { storeDataSchema } from '../../../storage/schema';
import { fixtureStore, meta, TODAY } from './fixtures';

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
  it('appends a stage history entry with date, source and note, and records stage.changed', () => {
    const data = fixtureStore();
    const change = advanceStage(data, { ref: 'DP096', stage: 'refinement', on: '2023-06-28', note: 'Panel agreed' }, meta('advance by operator'));
    expect(change).toMatchObject({ from: 'Development Stage', to: 'Refinement Process', warnings: [] });
    const p = requireProposal(data, 'DP096');
    expect(p.stage).toBe('Refinement Process');
    expect(p.stageHistory.at(-1)).toEqual({ stage: 'Refinement Process', on: '2023-06-28', source: 'advance by operator', note: 'Panel agreed' });
    expect(data.outbox.map((e) => [e.type, e.data.from, e.data.to, e.data.on])).toEqual([['stage.changed', 'Development Stage', 'Refinement Process', '2023-06-28']]);
  });

  it('accepts an unknown stage as written, with a warning', () => {
    const change = advanceStage(fixtureStore(), { ref: 'DP096', stage: 'Awaiting DCC costs' }, meta());
    expect(change.to).toBe('Awaiting DCC costs');
    expect(change.warnings[0]).toContain('not one of SECAS');
  });

  it('warns when the date is before the previous stage change', () => {
    const change = advanceStage(fixtureStore(), { ref: 'DP096', stage: 'refinement', on: '2019-12-01' }, meta());
    expect(change.warnings).toEqual(['1 Dec 2019 is before the previous stage change (Development Stage, 10 Jan 2020).']);
  });

  it('allows a move backwards but warns', () => {
    const change = advanceStage(fixtureStore(), { ref: 'MP167B', stage: 'Report Phase' }, meta());
    expect(change.warnings).toEqual(['This moves MP167B back from Change Board to Report Phase.']);
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
    const r = recordDecision(data, { ref: 'MP167B', outcome: 'approved', on: '2023-09-20' }, meta());
    expect(r.decision).toMatchObject({ body: 'Change Board', outcome: 'Approved', on: '2023-09-20' });
    expect(r.stageChange).toEqual({ from: 'Change Board', to: 'Pending Implementation' });
    expect(r.proposal.stageHistory.at(-1)).toMatchObject({ stage: 'Pending Implementation', on: '2023-09-20', note: 'Approved by Change Board' });
    expect(data.outbox.map((e) => e.type)).toEqual(['decision.recorded']);
    expect(data.outbox[0]!.data).toMatchObject({ body: 'Change Board', outcome: 'Approved', from: 'Change Board', to: 'Pending Implementation' });
  });

  it('rejection moves the proposal to Rejected; approval by the CSC leaves the stage alone', () => {
    const data = fixtureStore();
    expect(recordDecision(data, { ref: 'DP096', outcome: 'approved', by: 'csc' }, meta()).stageChange).toBeUndefined();
    expect(requireProposal(data, 'DP096').stage).toBe('Development Stage');
    const r = recordDecision(data, { ref: 'MP167B', outcome: 'rejected', by: 'Ofgem' }, meta());
    expect(r.decision.body).toBe('the Authority (Ofgem)');
    expect(r.proposal.stage).toBe('Rejected');
  });

  it('refuses an unknown outcome, an unknown body and the same decision twice', () => {
    const data = fixtureStore();
    expect(() => recordDecision(data, { ref: 'MP167B', outcome: 'maybe' as 'approved' }, meta())).toThrow('"maybe" is not a decision');
    expect(() => recordDecision(data, { ref: 'MP167B', outcome: 'approved', by: 'The Board' }, meta())).toThrow('not a committee I know');
    recordDecision(data, { ref: 'MP167B', outcome: 'approved' }, meta());
    expect(() => recordDecision(data, { ref: 'MP167B', outcome: 'approved' }, meta())).toThrow('already has "Approved by Change Board"');
    expect(data.outbox).toHaveLength(1);
  });
});
