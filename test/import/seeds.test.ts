import { describe, expect, it } from 'vitest';
import { datesIn, extractPath, seed, SEEDS } from './support/fixtures';

describe('the three seed documents', () => {
  it('paper OPSG_26_0511_16: every new DP with title, proposer, organisation and lead analyst (recall)', async () => {
    const set = await extractPath(seed(SEEDS.paper));
    expect(set.documents[0]).toMatchObject({ kind: 'new-dp-paper', date: '2019-10-29' });
    expect(set.proposals.map((p) => [p.ref, p.title, p.proposer?.name, p.proposer?.organisation, p.leadAnalyst])).toEqual([
      ['DP088', 'Power to raise modifications', 'Simon Trivella', 'British Gas', 'Jordan Crase'],
      ['DP089', "Changes to Appendix R 'Common Testing Scenarios Document'", 'Mari Toda', 'DCC', 'Jordan Crase'],
      ['DP090', 'Incorporation of Non GBCS Non-Mandated Alerts into the SEC', 'Emslie Law', 'SSE', 'Alison Beard'],
      ['DP091', 'Updating Security Assurance Status', 'Gordon Hextall', 'Security Sub-Committee (SSC)', 'Adam Lattimore'],
      ['DP092', 'New Planned Maintenance Methodology', 'Chris Thompson', 'DCC', 'Adam Lattimore'],
      ['DP093', 'Implementing IRP511 and CRP535 to support GBCS v3.2 devices', 'Chun Chen', 'DCC', 'Adam Lattimore'],
    ]);
    expect(set.proposals.every((p) => p.committees.join() === 'OPSG')).toBe(true);
    expect(set.proposals[4]!.source).toEqual({ file: SEEDS.paper, line: 92 });
  });

  it('paper: "In April 2019", "July 2019" and "the November 2019 SEC Release" in summaries are not process facts (precision)', async () => {
    const set = await extractPath(seed(SEEDS.paper));
    expect([set.stages, set.decisions, set.consultations, set.actions, set.releases]).toEqual([[], [], [], [], []]);
    expect([...datesIn(set)].sort()).toEqual(['2019-10-29', '2019-11-05']);
    expect(set.proposals.some((p) => p.targetRelease)).toBe(false);
  });

  it('minutes CSC 12_2502: meeting, next meeting, the four actions with owners, status and updates', async () => {
    const set = await extractPath(seed(SEEDS.minutes));
    expect(set.meetings).toEqual([{ ref: 'CSC 12_2502', committee: 'CSC', number: 12, on: '2020-02-25', nextOn: '2020-03-31', source: { file: SEEDS.minutes, line: 5 } }]);
    expect(set.actions.map((a) => [a.ref, a.owner, a.status, a.proposals.join(), !!a.update])).toEqual([
      ['CSC 10/01', 'DCC', 'Open', 'DP096', true],
      ['CSC 11/01', 'DCC', 'Closed', 'DP098', true],
      ['CSC 11/02', 'SECAS', 'Closed', 'DP110', true],
      ['CSC 12/01', 'SECAS', 'Open', 'DP096', false],
    ]);
    expect(set.actions[0]!.update!.text).toMatch(/^An update was provided under the DP096 update of Agenda Item 2\..*addressed\.$/);
    expect(set.actions[0]!.update!.text).not.toMatch(/Status/);
    expect(set.actions[3]).toMatchObject({ text: 'SECAS to arrange a meeting with DCC and DNO representatives to discuss plans and capabilities for DP096.', raisedOn: '2020-02-25', source: { line: 91 } });
  });

  it('minutes: every DP discussed, each with the decisions the CSC took (recall and precision)', async () => {
    const set = await extractPath(seed(SEEDS.minutes));
    const ready = ['DP095', 'DP109', 'DP112', 'DP113', 'DP114', 'DP115', 'DP107'];
    const further = ['DP096', 'DP094', 'DP100', 'DP108', 'DP111', 'DP116', 'DP117'];
    expect(set.proposals.map((p) => p.ref).sort()).toEqual([...ready, ...further].sort());
    const byOutcome = (outcome: string) => set.decisions.filter((d) => d.outcome === outcome).map((d) => d.ref).sort();
    expect(byOutcome('Ready to convert to a Modification Proposal')).toEqual([...ready].sort());
    expect(byOutcome('Further development required')).toEqual([...further].sort());
    expect(byOutcome('Recommended route: Refinement Process')).toEqual(['DP095', 'DP107', 'DP109', 'DP112', 'DP113']);
    expect(byOutcome('Recommended route: Report Phase')).toEqual(['DP114', 'DP115']);
    expect(set.decisions).toHaveLength(21);
    expect(set.decisions.every((d) => d.on === '2020-02-25' && d.body === 'Change Sub-Committee')).toBe(true);
    expect(set.proposals.find((p) => p.ref === 'DP114')?.targetRelease).toBe('June 2020 SEC Release');
    expect(set.proposals.find((p) => p.ref === 'DP095')?.proposer).toEqual({ organisation: 'EDF Energy' });
    expect(set.proposals.some((p) => p.ref === 'SECMP0025')).toBe(false);
    expect(set.warnings).toEqual([]);
  });

  it('Modification Report MP167B: cover, proposer, path, releases, both consultations, the MR approval (recall)', async () => {
    const set = await extractPath(seed(SEEDS.report));
    expect(set.proposals.slice(0, 2)).toEqual([
      { ref: 'MP167', title: 'Review of SEC documents', committees: [], source: { file: SEEDS.report, line: 243 } },
      { ref: 'MP167A', title: 'Review of SEC documents (Testing Approach Document criteria)', parent: 'MP167', committees: [], source: { file: SEEDS.report, line: 243 } },
    ]);
    expect(set.proposals.slice(2)).toEqual([{
      ref: 'MP167B', title: 'Review of SEC documents (DCC systems change governance)', committees: [],
      proposer: { name: 'Tom Rothery', organisation: 'DCC', category: 'DCC' }, path: 'Path 3: Self-Governance', parent: 'MP167',
      targetRelease: 'February 2024 SEC Release', source: { file: SEEDS.report, line: 7 },
    }]);
    expect(set.consultations.map((c) => [c.kind, c.opens, c.closes, c.source.line])).toEqual([
      ['refinement', '2023-06-28', '2023-07-19', 247],
      ['report', '2023-08-16', '2023-09-07', 249],
    ]);
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['February 2024 SEC Release', '2024-02-29'], ['June 2024 SEC Release', '2024-06-27']]);
    expect(set.decisions).toEqual([expect.objectContaining({ body: 'Change Sub-Committee', outcome: 'Modification Report approved', on: '2023-08-15' })]);
    expect(set.stages.map((s) => [s.ref, s.stage, s.on, !!s.planned])).toEqual([
      ['MP167', 'Split into MP167A and MP167B', '2022-09-08', false],
      ['MP167A', 'Implemented', '2023-08-16', false], // "have been removed under MP167A", as of the report's date
      ['MP167B', 'Report Phase', '2023-08-15', false],
      ['MP167B', 'Change Board', '2023-09-20', true],
    ]);
  });

  it('Modification Report: no fact from the body text, the legal text annex or the consultation responses (precision)', async () => {
    const set = await extractPath(seed(SEEDS.report));
    const dates = datesIn(set);
    expect(dates.has('2023-01-02')).toBe(false); // "This document went live on 2 January 2023"
    expect(set.actions).toEqual([]);
    expect(set.meetings).toEqual([]);
    expect(set.events.map((e) => e.source.line)).toEqual([243, 244, 245, 246]);
  });
});
