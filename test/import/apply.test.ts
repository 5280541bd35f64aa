import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempStore, type TempStore } from '../support/temp-store';
import { fixture, seed, SEEDS } from './support/fixtures';
import { countingStore, importFiles } from './support/import-env';

let temp: TempStore;
beforeEach(async () => {
  temp = await createTempStore();
});
afterEach(() => temp.cleanup());

const seeds = () => [seed(SEEDS.paper), seed(SEEDS.minutes), seed(SEEDS.report)];

describe('applying the seed documents to a real store', () => {
  it('--dry-run previews every change and writes nothing', async () => {
    const before = JSON.stringify(temp.store.read());
    const result = await importFiles(temp.store, seeds(), { dryRun: true });
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/^! Import preview for OPSG_26_0511_16-new-draft-proposals\.txt, CSC_12_2502-minutes\.txt, MP167B-modification-report\.txt: \d+ change\(s\), nothing written yet/);
    expect(result.output).toContain("DP088 ‘Power to raise modifications’ · proposer Simon Trivella (British Gas) · lead analyst Jordan Crase · committees OPSG");
    expect(result.output).toContain('MP167B report consultation 16 Aug 2023 – 7 Sep 2023 5pm, 15 Working Days [MP167B-modification-report.txt:249]');
    expect(result.output).toContain('MP167B Change Board on 20 Sep 2023 (planned)');
    expect(JSON.stringify(temp.store.read())).toBe(before);
  });

  it('applies through the domain operations, one transaction per document: old news recorded quietly, history records "import FILE"', async () => {
    const store = countingStore(temp.store);
    const result = await importFiles(store, seeds());
    expect(result.exitCode).toBe(0);
    expect(store.transactions).toBe(3);
    const data = temp.store.read();
    expect(data.proposals.map((p) => p.ref)).toEqual(expect.arrayContaining(['DP088', 'DP093', 'DP095', 'DP117']));
    expect(data.proposals.find((p) => p.ref === 'DP088')).toMatchObject({ committees: ['OPSG'], leadAnalyst: 'Jordan Crase', stageHistory: [{ source: `import ${SEEDS.paper}:22` }] });
    expect(data.outbox.filter((e) => ['dp.raised', 'stage.changed', 'decision.recorded', 'consultation.opened'].includes(e.type)).map((e) => [e.type, e.ref, e.data.on ?? e.data.raisedOn ?? e.data.opens])).toEqual([
      ['consultation.opened', 'MP167B', '2023-08-16'], // the only current fact on 22 Aug 2023: the MRC is open until 7 Sep
    ]);
    expect(temp.store.auditOf().map((e) => e.command)).toEqual(expect.arrayContaining([`import ${SEEDS.paper}`, `import ${SEEDS.minutes}`, `import ${SEEDS.report}`]));
    const dp095 = data.proposals.find((p) => p.ref === 'DP095')!;
    expect(dp095.decisions.map((d) => [d.body, d.outcome, d.on])).toEqual([
      ['Change Sub-Committee', 'Ready to convert to a Modification Proposal', '2020-02-25'],
      ['Change Sub-Committee', 'Recommended route: Refinement Process', '2020-02-25'],
    ]);
    expect(data.actions.find((a) => a.ref === 'CSC 11/01')).toMatchObject({ status: 'Closed', closedOn: '2020-02-25', owner: 'DCC', source: `import ${SEEDS.minutes}:55` });
    const mp167b = data.proposals.find((p) => p.ref === 'MP167B')!;
    expect(mp167b).toMatchObject({ stage: 'Report Phase', path: 'Path 3: Self-Governance', targetRelease: 'February 2024 SEC Release' });
    expect(data.consultations.map((c) => [c.id, c.closes])).toEqual([
      ['MP167B-refinement-2023-06-28', '2023-07-19T17:00:00+01:00'],
      ['MP167B-report-2023-08-16', '2023-09-07T17:00:00+01:00'],
    ]);
    expect(data.meetings.find((m) => m.ref === 'CSC 12_2502')).toMatchObject({ on: '2020-02-25', nextOn: '2020-03-31' });
  });

  it('re-importing the same documents changes nothing and says so', async () => {
    await importFiles(temp.store, seeds());
    const before = JSON.stringify(temp.store.read());
    const store = countingStore(temp.store);
    const again = await importFiles(store, seeds());
    expect(again.exitCode).toBe(0);
    expect(again.output).toMatch(/^(! )?Nothing to change from .*\nEverything .* says is already in the store \(\d+ items\)\./);
    expect(store.transactions).toBe(0);
    expect(JSON.stringify(temp.store.read())).toBe(before);
  });

  it('--json: top-level arrays, ISO dates, and every item carries its source file and line', async () => {
    const result = await importFiles(temp.store, seeds(), { dryRun: true, json: true });
    const json = JSON.parse(result.output);
    for (const key of ['proposals', 'actions', 'consultations', 'meetings', 'decisions', 'warnings', 'stages', 'releases']) expect(Array.isArray(json[key])).toBe(true);
    expect(json.consultations[0]).toEqual({ ref: 'MP167B', kind: 'refinement', opens: '2023-06-28', closes: '2023-07-19', sentence: 'Refinement Consultation 28 Jun – 19 Jul 2023', source: { file: SEEDS.report, line: 247 } });
    for (const key of ['proposals', 'actions', 'consultations', 'meetings', 'decisions', 'stages', 'releases']) {
      for (const item of json[key]) expect(item.source).toEqual({ file: expect.any(String), line: expect.any(Number) });
    }
    expect(json.dryRun).toBe(true);
    expect(temp.store.read().proposals).toEqual([]);
  });
});

describe('applying documents written for these tests', () => {
  it('minutes after a paper: the action is closed with its update, a new action is added, decisions land on the DP', async () => {
    await importFiles(temp.store, [fixture('paper-tabasc.txt')]);
    const result = await importFiles(temp.store, [fixture('minutes-csc13.md')]);
    expect(result.exitCode).toBe(0);
    const data = temp.store.read();
    expect(data.actions.find((a) => a.ref === 'CSC 13/01')).toMatchObject({ owner: 'GS', status: 'Open', raisedOn: '2020-03-31', proposals: ['DP118'] });
    expect(data.proposals.find((p) => p.ref === 'DP118')!.decisions.map((d) => d.outcome)).toEqual(['Ready to convert to a Modification Proposal', 'Recommended route: Fast-Track']);
    expect(data.proposals.find((p) => p.ref === 'DP118')!.proposer).toEqual({ name: 'Alex Ray', organisation: 'Octopus Energy' });
    expect(result.output).toContain('"Next Meeting: 28 April" has no year');
  });

  it('an MP the store knows as a DP is converted on the date the timetable gives, keeping its history', async () => {
    await temp.store.transact({ actor: 'test', command: 'setup' }, (draft) => {
      draft.proposals.push({ ref: 'DP125', title: 'Working Day definition for Scottish bank holidays', stage: 'Development Stage', stageHistory: [{ stage: 'Development Stage', on: '2023-01-12', source: 'raise' }], committees: ['CSC'], decisions: [], children: [], updatedAt: '2023-01-12T10:00:00Z' });
    });
    await importFiles(temp.store, [fixture('report-mp125.txt')]);
    const mp = temp.store.read().proposals.find((p) => p.ref === 'MP125')!;
    expect(mp).toMatchObject({ draftRef: 'DP125', stage: 'Report Phase', path: 'Path 2: Authority Determination', targetRelease: 'November 2023 SEC Release' });
    expect(mp.stageHistory.map((h) => [h.stage, h.on, h.source])).toEqual([
      ['Development Stage', '2023-01-12', 'raise'],
      ['Converted to Modification Proposal', '2023-02-09', 'import report-mp125.txt:25'],
      ['Refinement Process', '2023-06-28', 'import report-mp125.txt:26'], // a Refinement Consultation is held in the Refinement Process
      ['Report Phase', '2023-08-15', 'import report-mp125.txt:27'],
    ]);
    expect(temp.store.read().outbox.some((e) => e.type === 'stage.changed')).toBe(false); // February and 15 August 2023 are not news on 22 August
  });

  it('alternative solutions MP102A/B are linked to MP102; the Change Board decisions set their stages', async () => {
    await temp.store.transact({ actor: 'test', command: 'setup' }, (draft) => {
      draft.proposals.push({ ref: 'MP102', title: 'Enduring Change of Supplier', stage: 'Refinement Process', stageHistory: [{ stage: 'Refinement Process', on: '2020-07-16', source: 'raise' }], committees: ['CSC'], decisions: [], children: [], updatedAt: '2020-07-16T10:00:00Z' });
    });
    const result = await importFiles(temp.store, [fixture('register-mp102a.txt'), fixture('register-mp102b.md')]);
    expect(result.exitCode).toBe(0);
    const byRef = new Map(temp.store.read().proposals.map((p) => [p.ref, p]));
    expect(byRef.get('MP102')!.children).toEqual(['MP102A', 'MP102B']);
    expect(byRef.get('MP102A')).toMatchObject({ parent: 'MP102', stage: 'Pending Implementation', targetRelease: 'June 2021 SEC Release' });
    expect(byRef.get('MP102A')!.draftRef).toBeUndefined();
    expect(byRef.get('MP102B')).toMatchObject({ parent: 'MP102', stage: 'Rejected' });
    expect(byRef.get('MP102B')!.decisions).toEqual([expect.objectContaining({ body: 'Change Board', outcome: 'Rejected', on: '2021-05-26' })]);
  });

  it('a stage that would move backwards is a warning, never applied', async () => {
    await importFiles(temp.store, [fixture('register-mp102a.txt')]);
    await temp.store.transact({ actor: 'test', command: 'setup' }, (draft) => {
      const p = draft.proposals.find((x) => x.ref === 'MP102A')!;
      p.stage = 'Implemented';
      p.stageHistory.push({ stage: 'Implemented', on: '2021-06-24', source: 'advance' });
    });
    const register = (await import('node:fs/promises')).readFile;
    const text = (await register(fixture('register-mp102a.txt'), 'utf8')).replace('16 Apr 2021 – 7 May 2021\nModification Report Consultation\n', '16 Apr 2021\nSent to the Authority\n');
    const path = `${temp.dir}/register-mp102a-old.txt`;
    await (await import('node:fs/promises')).writeFile(path, text);
    const result = await importFiles(temp.store, [path], { dryRun: true });
    expect(result.output).toContain('MP102A is in Implemented; register-mp102a-old.txt says Authority Determination on 16 Apr 2021, which would move it backwards. Not applied.');
  });

  it('a reference the store has as an unconverted DP, with no conversion date, is a warning and nothing is recorded for it', async () => {
    await importFiles(temp.store, [fixture('paper-tabasc.txt')]);
    const before = JSON.stringify(temp.store.read());
    const result = await importFiles(temp.store, [fixture('register-cut-stage.txt')]);
    expect(result.output).toContain('MP118 is still DP118 (Development Stage) in the store and the document gives no conversion date');
    expect(result.output).toContain('"Refinement Pro" is not a stage I know');
    expect(JSON.stringify(temp.store.read())).toBe(before);
  });

  it('a title that differs from the store is reported and the store is left alone', async () => {
    await importFiles(temp.store, [fixture('paper-tabasc.txt')]);
    const text = (await (await import('node:fs/promises')).readFile(fixture('paper-tabasc.txt'), 'utf8')).replace('Retention of Service Request audit logs', 'Retention of audit logs');
    const path = `${temp.dir}/paper-renamed.txt`;
    await (await import('node:fs/promises')).writeFile(path, text);
    const result = await importFiles(temp.store, [path]);
    expect(result.output).toContain('DP118: the store\'s title is "Retention of Service Request audit logs" but paper-renamed.txt says "Retention of audit logs"; the store was left as it is.');
    expect(temp.store.read().proposals.find((p) => p.ref === 'DP118')!.title).toBe('Retention of Service Request audit logs');
  });

  it('a legacy SECMP page registers the modification with its implementation, without announcing it as a new DP', async () => {
    await importFiles(temp.store, [fixture('register-legacy.txt')]);
    const data = temp.store.read();
    expect(data.proposals.find((p) => p.ref === 'SECMP0049')).toMatchObject({ stage: 'Implemented', stageHistory: [{ stage: 'Implemented', on: '2018-11-01' }], raisedOn: '2017-04-05' });
    expect(data.proposals.map((p) => p.ref)).toContain('DP120');
    expect(data.outbox.filter((e) => e.type === 'dp.raised')).toEqual([]);
  });
});
