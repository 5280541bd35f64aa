import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/import/extract-change-set';
import { toDocLines } from '../../src/import/source-lines';

const page = (text: string) => extractDocument({ file: 'register.txt', format: 'txt', lines: toDocLines(text) }, '2023-08-22');

describe('register pages: what SECAS writes that used to be dropped', () => {
  it('a timeline row with one date for a consultation is recorded with the other end unknown', () => {
    const set = page([
      "MP130 'Alert thresholds'", 'Stage: Report Phase', 'Date raised: 04/02/2021',
      'Timeline', 'Refinement Consultation 28 Jun 2022', 'Modification Report Consultation closes 7 Sep 2022',
    ].join('\n'));
    expect(set.consultations.map((c) => [c.kind, c.opens, c.closes])).toEqual([['refinement', '2022-06-28', undefined], ['report', undefined, '2022-09-07']]);
    expect(set.warnings).toEqual([]);
  });

  it('an implementation date written as a short release name ("Feb 21 SEC Release") is read', () => {
    const set = page("MP104 'Security Sub-Committee Membership'\nStage: Implemented\nImplementation date: Feb 21 SEC Release\n");
    expect(set.stages.map((s) => [s.stage, s.on])).toEqual([['Implemented', '2021-02-25']]);
    expect(set.proposals[0]!.targetRelease).toBe('February 2021 SEC Release');
  });

  it('an implementation date before 2021 is a fact, not "not a scheduled SEC Release date"', () => {
    const set = page("MP083 'Incorrect CoS Party Certificate Expiry'\nStage: Pending Implementation\nImplementation date: 29 November 2019\n");
    expect(set.releases.map((r) => [r.name, r.on])).toEqual([['November 2019 SEC Release', '2019-11-29']]);
    expect(set.proposals[0]!.targetRelease).toBe('November 2019 SEC Release');
    expect(set.warnings.filter((w) => /implementation date/i.test(w.message))).toEqual([]);
  });

  it('a pre-2021 release named with no date has none: a warning, nothing guessed', () => {
    const set = page("MP070 'Old change'\nStage: Implemented\nImplementation date: June 2020 SEC Release\n");
    expect(set.stages).toEqual([]);
    expect(set.warnings.map((w) => w.message)).toContain('MP070: June 2020 SEC Release has no stated date (releases before 2021 have none by rule).');
  });
});
