import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/import/extract-change-set';
import { toDocLines } from '../../src/import/source-lines';
import { extractPath, fixture } from './support/fixtures';

const notice = (name: string) => extractPath(fixture(`notices/${name}`));
const fromText = (file: string, text: string) => extractDocument({ file, format: 'txt', lines: toDocLines(text) }, '2023-08-22');
const stages = (set: Awaited<ReturnType<typeof notice>>) => set.stages.map((s) => [s.ref, s.stage, s.on, !!s.planned]);

describe('release notices and release scope pages', () => {
  it('an SEC version notice: the MP it implements, Implemented on the effective date, its title and Path 1 (Authority-Led Variation)', async () => {
    const set = await notice('sec-v62-released-mp200.txt');
    expect(set.documents[0]).toMatchObject({ kind: 'release-notice', date: '2022-07-18' });
    expect(set.proposals).toMatchObject([{ ref: 'MP200', title: 'Faster Switching consequential changes to the SEC', path: 'Path 1: Authority-led' }]);
    expect(stages(set)).toEqual([['MP200', 'Implemented', '2022-07-18', false]]);
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['SEC v62.0', '2022-07-18']]);
  });

  it('a scope page with scraped rows glued as "MP123 \'Title\'Implemented": every row marked Implemented, SECMPs too; others left', async () => {
    const set = await notice('june-2022-sec-release.txt');
    expect(set.proposals.map((p) => [p.ref, p.title, p.targetRelease])).toEqual([
      ['MP162', 'SEC changes required to deliver MHHS', 'June 2022 SEC Release'],
      ['MP170', 'Alternative HAN Forum cost recovery', 'June 2022 SEC Release'],
      ['MP177', 'Power Outage Alerts sent to DNOs', 'June 2022 SEC Release'],
      ['SECMP0007', 'Firmware updates to IHDs and PPMIDs', 'June 2022 SEC Release'],
      ['MP181', 'Updates to the CPL process', undefined], // "Removed from release": no longer its target
    ]);
    expect(stages(set)).toEqual(['MP162', 'MP170', 'MP177', 'SECMP0007'].map((ref) => [ref, 'Implemented', '2022-06-30', false]));
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['June 2022 SEC Release', '2022-06-30'], ['SEC v63.0', '2022-06-30']]);
    expect(set.events.map((e) => `${e.ref} ${e.text}`)).toEqual(['MP181 Removed from release (June 2022 SEC Release)']);
  });

  it('a pre-2021 release takes the date the page states (Fri 29 Nov 2019), from a markdown table', async () => {
    const set = await notice('november-2019-sec-release.md');
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['November 2019 SEC Release', '2019-11-29']]);
    expect(stages(set)).toEqual(['SECMP0049', 'MP083', 'SECMP0062'].map((ref) => [ref, 'Implemented', '2019-11-29', false]));
    expect(set.proposals.find((p) => p.ref === 'SECMP0062')!.title).toBe('Northbound Application Traffic Management – Alert Storm Protection');
  });

  it('a scope page planning a release ("Feb 21 SEC Release", "will be implemented") sets targets, never Implemented', async () => {
    const set = await notice('feb-21-release-scope.txt');
    expect(set.proposals.map((p) => [p.ref, p.targetRelease])).toEqual([['MP104', 'February 2021 SEC Release'], ['MP115', 'February 2021 SEC Release']]);
    expect(set.stages).toEqual([]);
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['February 2021 SEC Release', '2021-02-25']]);
  });

  it('an off-cycle release: the SEC version with its effective date (ordinal), the MP Implemented then', async () => {
    const set = await notice('off-cycle-mp161.txt');
    expect(set.proposals).toMatchObject([{ ref: 'MP161', title: 'Significant Code Review – Retail Code Consolidation', path: 'Path 1: Authority-led' }]);
    expect(stages(set)).toEqual([['MP161', 'Implemented', '2021-09-01', false]]);
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['SEC v45.0', '2021-09-01']]);
  });

  it('a Secretary of State direction: the SEC version only, no invented proposal', async () => {
    const set = await notice('sec-v50-designation.txt');
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['SEC v50.0', '2022-01-12']]);
    expect(set.proposals).toEqual([]);
    expect(set.stages).toEqual([]);
  });

  it('a release page with no stated date before 2021 marks nothing and says why', () => {
    const set = fromText('nov-2020.txt', 'November 2020 SEC Release\nMP101 \'Some change\'\tImplemented\n');
    expect(set.stages).toEqual([]);
    expect(set.warnings[0]!.message).toContain('states no date for November 2020 SEC Release');
  });
});

describe('consultation notices', () => {
  it('one notice: reference, title, kind, closing date and 5pm, the opening date, and the stage it implies from then', async () => {
    const set = await notice('mp210-mrc-notice.txt');
    expect(set.documents[0]!.kind).toBe('consultation-notice');
    expect(set.proposals).toMatchObject([{ ref: 'MP210', title: 'Changes to the SMKI Recovery Procedure' }]);
    expect(set.consultations).toMatchObject([{ ref: 'MP210', kind: 'report', opens: '2023-06-23', closes: '2023-07-14', closesAt: '17:00' }]);
    expect(stages(set)).toEqual([['MP210', 'Report Phase', '2023-06-23', false]]);
  });

  it('a list of open consultations: each with its kind and closing time; a date without a year is a warning, never a guess', async () => {
    const set = await notice('open-consultations.txt');
    expect(set.consultations.map((c) => [c.ref, c.kind, c.opens, c.closes, c.closesAt])).toEqual([
      ['MP215', 'refinement', undefined, '2023-08-03', '12:00'],
      ['DP220', 'other', undefined, '2023-08-11', '17:00'],
    ]);
    expect(set.proposals.map((p) => [p.ref, p.title, p.stage])).toEqual([
      ['MP215', 'Updating the Threat Assessment', 'Refinement Process'],
      ['DP220', 'Improving CPL submissions', undefined],
    ]);
    expect(set.warnings.map((w) => w.message)).toEqual([expect.stringContaining('SECMP0071: the closing date')]);
    expect(JSON.stringify(set)).not.toContain('-08-18');
  });

  it('"June 3, 2019" (US order) and "responses by 5pm on" are read', () => {
    const set = fromText('c.txt', "Refinement Consultation\nMP099 'Alert storms' (Closing Date: June 21, 2019)\nThis consultation opened on June 3, 2019. Please send responses by 4:30pm on June 21, 2019.\n");
    expect(set.consultations).toMatchObject([{ ref: 'MP099', kind: 'refinement', opens: '2019-06-03', closes: '2019-06-21', closesAt: '16:30' }]);
  });
});

describe('newsletters and Modification Proposal forms', () => {
  it("a newsletter's change update: new DPs with proposers, consultations, decisions by a named body, implementations, all with their own dates", async () => {
    const set = await notice('sec-newsletter-july-2023.txt');
    expect(set.documents[0]).toMatchObject({ kind: 'newsletter', date: '2023-07-20' });
    expect(set.proposals.map((p) => [p.ref, p.title])).toEqual([
      ['DP230', 'Reducing duplicate Alerts to DNOs'],
      ['DP231', 'SMETS1 firmware reporting'],
      ['MP215', 'Updating the Threat Assessment'],
      ['MP199', 'Clarifying DCC Release Management'],
      ['MP184', 'Anomaly detection thresholds'],
    ]);
    expect(set.proposals[0]!.proposer).toEqual({ name: 'Gemma Slaney', organisation: 'UK Power Networks' });
    expect(set.consultations).toMatchObject([{ ref: 'MP215', kind: 'refinement', closes: '2023-08-03' }]);
    expect(set.decisions.map((d) => [d.ref, d.body, d.outcome, d.on])).toEqual([['MP199', 'Change Board', 'Approved', '2023-07-19']]);
    expect(stages(set)).toEqual([['MP184', 'Implemented', '2023-06-29', false]]);
  });

  it('a Modification Proposal form: proposer, organisation, party category, path, date submitted', async () => {
    const set = await notice('mp-form-mp240.txt');
    expect(set.documents[0]!.kind).toBe('proposal-form');
    expect(set.proposals).toMatchObject([{
      ref: 'MP240', title: 'Extending the Service Request retention period', raisedOn: '2024-03-04', path: 'Path 3: Self-Governance',
      proposer: { name: 'Ali Khan', organisation: 'Octopus Energy', category: 'Large Supplier' },
    }]);
  });
});

describe('not an SEC document: refused, nothing extracted', () => {
  it.each([
    ['bsc-p456.txt', /bsc-p456\.txt is not an SEC document: it is about Balancing and Settlement Code/],
    ['dcusa-dcp400.txt', /is not an SEC document: it is about DCUSA/],
    ['rec-r0067.txt', /is not an SEC document: it is about Retail Energy Code/],
    ['mp-form-blank.txt', /is not an SEC document: it is a blank template/],
  ])('%s', async (name, message) => {
    await expect(notice(name)).rejects.toThrow(message);
  });

  it('a SECAS page with no reference at all says it has nothing to record (not "not an SEC document")', () => {
    expect(() => fromText('about.txt', 'About us\nWe administer the Smart Energy Code.\nContact the Helpdesk.\n')).toThrow(/about\.txt is an SEC page with nothing to record/);
  });

  it('a page about nothing SEC at all is not an SEC document', () => {
    expect(() => fromText('recipe.txt', 'Lemon cake\nMix the flour and the eggs.\n')).toThrow(/recipe\.txt is not an SEC document: it names no SEC proposal/);
  });
});
