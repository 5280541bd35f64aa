import { describe, expect, it } from 'vitest';
import { datesIn, extractPath, fixture } from './support/fixtures';

describe('papers, minutes and Modification Reports written for these tests', () => {
  it('reads new Draft Proposals from a paper with straight and typographic quotes', async () => {
    const set = await extractPath(fixture('paper-tabasc.txt'));
    expect(set.proposals.map((p) => ({ ref: p.ref, title: p.title, proposer: p.proposer, leadAnalyst: p.leadAnalyst, committees: p.committees }))).toEqual([
      { ref: 'DP118', title: 'Retention of Service Request audit logs', proposer: { name: 'Alex Ray', organisation: 'Octopus Energy' }, leadAnalyst: 'Jordan Crase', committees: ['TABASC'] },
      { ref: 'DP119', title: 'Tariff switching for SMETS1 prepayment', proposer: { name: 'Priya Natarajan', organisation: 'E.ON' }, leadAnalyst: 'Adam Lattimore', committees: ['TABASC'] },
    ]);
    expect(set.meetings).toEqual([expect.objectContaining({ ref: 'TABASC 45_0402', on: '2020-02-04' })]);
    expect(set.warnings[0]!.message).toMatch(/04\/02 with no year; 4 Feb 2020 assumed/);
    expect(datesIn(set).has('2019-01-01')).toBe(false);
  });

  it('reads minutes: the meeting, an outstanding action closed with its update, a new action, decisions with Fast-Track', async () => {
    const set = await extractPath(fixture('minutes-csc13.md'));
    expect(set.meetings).toEqual([expect.objectContaining({ ref: 'CSC 13_3103', committee: 'CSC', number: 13, on: '2020-03-31' })]);
    expect(set.meetings[0]!.nextOn).toBeUndefined();
    expect(set.warnings.map((w) => w.message)).toEqual(['"Next Meeting: 28 April" has no year, so the next meeting date was not recorded.']);
    expect(set.actions).toEqual([
      expect.objectContaining({ ref: 'CSC 12/01', owner: 'SECAS', status: 'Closed', update: { on: '2020-03-31', text: 'The meeting took place on 12 March 2020.', by: 'CSC 13_3103' } }),
      expect.objectContaining({ ref: 'CSC 13/01', owner: 'GS', status: 'Open', raisedOn: '2020-03-31', proposals: ['DP118'] }),
    ]);
    expect(set.decisions.map((d) => `${d.ref}: ${d.outcome}`)).toEqual([
      'DP118: Ready to convert to a Modification Proposal',
      'DP118: Recommended route: Fast-Track',
      'DP096: Further development required',
    ]);
    expect(set.proposals.find((p) => p.ref === 'DP118')?.proposer).toEqual({ organisation: 'Octopus Energy' });
  });

  it('does not read decisions, actions or dates from prose in minutes', async () => {
    const set = await extractPath(fixture('minutes-csc13.md'));
    expect(set.decisions.some((d) => d.ref === 'SECMP0049')).toBe(false);
    expect(set.proposals.map((p) => p.ref)).toEqual(['DP118', 'DP096']);
    const dates = datesIn(set);
    expect(dates.has('2019-12-31')).toBe(false);
    expect([...dates].filter((d) => d !== '2020-03-31')).toEqual([]);
  });

  it('reads a Modification Report timetable without tabs, with planned and month-only rows', async () => {
    const set = await extractPath(fixture('report-mp125.txt'));
    expect(set.proposals[0]).toMatchObject({ ref: 'MP125', proposer: { name: 'Priya Natarajan', organisation: 'E.ON' }, path: 'Path 2: Authority Determination', targetRelease: 'November 2023 SEC Release' });
    expect(set.stages.map((s) => [s.stage, s.on, !!s.planned])).toEqual([
      ['Development Stage', '2023-01-12', false],
      ['Converted to Modification Proposal', '2023-02-09', false],
      ['Report Phase', '2023-08-15', false],
      ['Change Board', '2023-09-20', true],
    ]);
    expect(set.consultations.map((c) => [c.kind, c.opens, c.closes])).toEqual([['refinement', '2023-06-28', '2023-07-19'], ['report', '2023-08-16', '2023-09-07']]);
    expect(set.decisions).toEqual([expect.objectContaining({ body: 'SEC Panel', outcome: 'Modification Report approved', on: '2023-08-15' })]);
    expect(set.releases).toEqual([expect.objectContaining({ name: 'November 2023 SEC Release', on: '2023-11-02' })]);
    expect(set.events.map((e) => e.text)).toEqual(['Authority decision Nov 2023']);
  });

  it('ignores the dates quoted in the report summary', async () => {
    const dates = datesIn(await extractPath(fixture('report-mp125.txt')));
    expect(dates.has('2016-04-01')).toBe(false);
    expect(dates.has('2022-01-03')).toBe(false);
  });
});
