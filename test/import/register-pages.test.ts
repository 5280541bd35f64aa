import { describe, expect, it } from 'vitest';
import { datesIn, extractPath, fixture } from './support/fixtures';

describe('register pages', () => {
  it('reads glued labels (StagePending Implementation) and typographic quotes', async () => {
    const set = await extractPath(fixture('register-mp102a.txt'));
    expect(set.documents[0]!.kind).toBe('register-page');
    expect(set.proposals).toEqual([expect.objectContaining({
      ref: 'MP102A',
      title: 'Enduring Change of Supplier: alternative solution A',
      proposer: { name: 'Mari Toda', organisation: 'DCC' },
      leadAnalyst: 'Joe Hehir',
      stage: 'Pending Implementation',
      targetRelease: 'June 2021 SEC Release',
      path: 'Path 3: Self-Governance',
      parent: 'MP102',
    })]);
    expect(set.proposals[0]!.raisedOn).toBeUndefined(); // "Date raised 14/05/2020" is when MP102 was raised, not the split part
  });

  it('reads a timeline of dates above events, a range split over two lines and the Latest update decision', async () => {
    const set = await extractPath(fixture('register-mp102a.txt'));
    // MP102A was split from MP102: "Draft Proposal raised" on its page is MP102's history, listed but not its stage.
    expect(set.stages.map((s) => [s.stage, s.on])).toEqual([
      ['Converted to Modification Proposal', '2020-07-16'],
      ['Change Board', '2021-05-26'],
    ]);
    expect(set.consultations.map((c) => [c.kind, c.opens, c.closes])).toEqual([
      ['refinement', '2021-01-28', '2021-02-11'],
      ['report', '2021-04-16', '2021-05-07'],
    ]);
    expect(set.decisions).toEqual([expect.objectContaining({ body: 'Change Board', outcome: 'Approved', on: '2021-05-26' })]);
    expect(set.events.map((e) => e.text)).toEqual(['Present to Working Group for discussion 02 Sep 2020', 'Draft Proposal raised 14 May 2020 (the proposal it came from)']);
  });

  it('never reads a quoted or in-sentence date in the summary as a process date', async () => {
    const dates = datesIn(await extractPath(fixture('register-mp102a.txt')));
    expect(dates.has('2019-03-01')).toBe(false);
    expect(dates.has('2021-03-04')).toBe(false);
    expect(dates.has('2021-02-01')).toBe(false);
  });

  it('reads markdown pipe tables with straight quotes: the other alternative solution, rejected', async () => {
    const set = await extractPath(fixture('register-mp102b.md'));
    expect(set.proposals[0]).toMatchObject({ ref: 'MP102B', title: 'Enduring Change of Supplier: alternative solution B', stage: 'Rejected', parent: 'MP102', proposer: { name: 'Mari Toda', organisation: 'DCC' } });
    expect(set.decisions).toEqual([expect.objectContaining({ body: 'Change Board', outcome: 'Rejected', on: '2021-05-26' })]);
    expect(set.consultations.map((c) => `${c.kind} ${c.opens}..${c.closes}`)).toEqual(['refinement 2021-01-28..2021-02-11', 'report 2021-04-16..2021-05-07']);
  });

  it('reads several pages in one file, SECMP references and "Label value" lines', async () => {
    const set = await extractPath(fixture('register-legacy.txt'));
    expect(set.proposals.map((p) => p.ref)).toEqual(['SECMP0049', 'DP120']);
    expect(set.proposals[0]).toMatchObject({ title: 'Section D Review: Amendments to the Modification Process', proposer: { organisation: 'British Gas' }, stage: 'Implemented', raisedOn: '2017-04-05' });
    expect(set.stages.filter((s) => s.ref === 'SECMP0049')).toEqual([expect.objectContaining({ stage: 'Implemented', on: '2018-11-01' })]);
    expect(set.proposals[1]).toMatchObject({ proposer: { name: 'Alex Ray', organisation: 'Octopus Energy' }, stage: 'Development Stage' });
  });

  it('warns about a page cut off mid-timeline and a date without a year, and records neither', async () => {
    const set = await extractPath(fixture('register-legacy.txt'));
    const messages = set.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/DP120: the timeline ends with "08 Feb 2023" and no event after it \(the page looks cut off\)/);
    expect(messages).toMatch(/DP120: "Present to the TABASC 3 Mar" has no year/);
    expect(set.stages.filter((s) => s.ref === 'DP120').map((s) => s.on)).toEqual(['2023-01-12']);
    expect(set.warnings.every((w) => w.source?.file === 'register-legacy.txt')).toBe(true);
  });

  it('warns about an unknown (cut) stage instead of guessing what it was', async () => {
    const set = await extractPath(fixture('register-cut-stage.txt'));
    expect(set.proposals[0]).toMatchObject({ ref: 'MP118', stage: 'Refinement Pro' });
    expect(set.warnings[0]).toMatchObject({ message: expect.stringContaining('"Refinement Pro" is not a stage I know'), source: { file: 'register-cut-stage.txt', line: 5 } });
  });
});
