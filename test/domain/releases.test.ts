import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { nextRelease, parseReleaseName, releaseDate } from '../../src/domain/releases';

describe('parseReleaseName', () => {
  it.each([
    ['Feb 24', 'February 2024 SEC Release'],
    ['Feb 2024', 'February 2024 SEC Release'],
    ['February 2024', 'February 2024 SEC Release'],
    ['February 2024 SEC Release', 'February 2024 SEC Release'],
    ['february 2024 sec release', 'February 2024 SEC Release'],
    ['Jun 21 SEC Release', 'June 2021 SEC Release'],
    ['November 2022 SEC Release', 'November 2022 SEC Release'],
    ['nov 23', 'November 2023 SEC Release'],
  ])('reads %j as %s', (typed, name) => {
    expect(parseReleaseName(typed)).toBe(name);
  });

  it.each(['DP096', 'February', '2024', 'Foo 2024', 'next release', ''])('does not take %j for a release', (typed) => {
    expect(parseReleaseName(typed)).toBeUndefined();
  });
});

describe('releaseDate', () => {
  it('matches the published dates', () => {
    expect(releaseDate('February 2024 SEC Release')).toBe('2024-02-29');
    expect(releaseDate('Jun 24')).toBe('2024-06-27');
    expect(releaseDate('November 2023')).toBe('2023-11-02');
  });

  it('follows the pattern every year from 2021 to 2026', () => {
    for (let year = 2021; year <= 2026; year++) {
      for (const [month, rule] of [['February', 'last'], ['June', 'last'], ['November', 'first']] as const) {
        const on = DateTime.fromISO(releaseDate(`${month} ${year}`)!);
        expect(on.weekday, `${month} ${year}`).toBe(4);
        expect(on.monthLong).toBe(month);
        if (rule === 'last') expect(on.plus({ weeks: 1 }).monthLong).not.toBe(month);
        else expect(on.day).toBeLessThanOrEqual(7);
      }
    }
  });

  it('has no date before 2021 unless one is stated: the Thursday rule starts in 2021', () => {
    expect(releaseDate('November 2019 SEC Release')).toBeUndefined();
    expect(releaseDate('June 2020')).toBeUndefined();
    expect(releaseDate('November 2019', [{ name: 'November 2019 SEC Release', on: '2019-11-29' }])).toBe('2019-11-29');
    expect(releaseDate('November 2020', [{ name: 'Nov 20', on: '2020-11-29' }])).toBe('2020-11-29');
    expect(releaseDate('February 2021')).toBe('2021-02-25');
  });

  it('has no date for a month without a scheduled release', () => {
    expect(releaseDate('March 2024')).toBeUndefined();
    expect(releaseDate('not a release')).toBeUndefined();
  });

  it('lets an override move a release, however its name is written', () => {
    const overrides = [{ name: 'Nov 24', on: '2024-11-14' }];
    expect(releaseDate('November 2024 SEC Release', overrides)).toBe('2024-11-14');
    expect(releaseDate('February 2024 SEC Release', overrides)).toBe('2024-02-29');
  });

  it('gives an off-cycle release its override date', () => {
    expect(releaseDate('March 2025', [{ name: 'March 2025 SEC Release', on: '2025-03-20' }])).toBe('2025-03-20');
  });
});

describe('nextRelease', () => {
  it('is the first release on or after the date', () => {
    expect(nextRelease('2023-11-02')).toEqual({ name: 'November 2023 SEC Release', on: '2023-11-02' });
    expect(nextRelease('2023-11-03')).toEqual({ name: 'February 2024 SEC Release', on: '2024-02-29' });
    expect(nextRelease('2024-03-01')).toEqual({ name: 'June 2024 SEC Release', on: '2024-06-27' });
    expect(nextRelease('2024-12-31')).toEqual({ name: 'February 2025 SEC Release', on: '2025-02-27' });
  });

  it('before 2021 skips to the first stated release, or the first release by the rule', () => {
    expect(nextRelease('2019-06-01')).toEqual({ name: 'February 2021 SEC Release', on: '2021-02-25' });
    expect(nextRelease('2019-06-01', [{ name: 'November 2019', on: '2019-11-29' }])).toEqual({ name: 'November 2019 SEC Release', on: '2019-11-29' });
    expect(nextRelease('2017-01-01').name).toBe('February 2021 SEC Release');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => nextRelease('next week')).toThrow(/not a date in the form 2023-06-28/);
  });

  it('takes overrides into account, including moved and off-cycle releases', () => {
    const moved = [{ name: 'June 2024', on: '2024-07-11' }];
    expect(nextRelease('2024-06-28', moved)).toEqual({ name: 'June 2024 SEC Release', on: '2024-07-11' });
    const offCycle = [{ name: 'April 2024 SEC Release', on: '2024-04-18' }];
    expect(nextRelease('2024-03-01', offCycle)).toEqual({ name: 'April 2024 SEC Release', on: '2024-04-18' });
  });
});
