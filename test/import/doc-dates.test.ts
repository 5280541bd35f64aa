import { describe, expect, it } from 'vitest';
import { findDates, isMonthOnly, parseDocDate, parseDocRange, splitTrailingDate } from '../../src/import/doc-dates';

describe('dates as SECAS documents write them', () => {
  it.each([
    ['16 August 2023', '2023-08-16'],
    ['8 Sep 2022', '2022-09-08'],
    ['04 Feb 2021', '2021-02-04'],
    ['Tuesday 25 February 2020', '2020-02-25'],
    ['12/12/2019', '2019-12-12'],
    ['2023-08-16', '2023-08-16'],
    ['1st November 2018', '2018-11-01'],
    ['31 March 2020.', '2020-03-31'],
    ['3rd June 2019', '2019-06-03'],
    ['22nd of February 2024', '2024-02-22'],
    ['June 3, 2019', '2019-06-03'],
    ['Thursday, November 7, 2019', '2019-11-07'],
    ['3 Jun 19', '2019-06-03'],
    ['29 Nov 20', '2020-11-29'],
    ['03/06/19', '2019-06-03'],
  ])('reads %s', (text, iso) => {
    expect(parseDocDate(text)).toEqual({ iso, text: text.replace(/\.$/, '') });
  });

  it('says when a date has no year instead of guessing one', () => {
    expect(parseDocDate('28 April')).toEqual({ noYear: true, text: '28 April' });
    expect(parseDocDate('June 3')).toEqual({ noYear: true, text: 'June 3' });
    expect(parseDocDate('June 2019')).toBeUndefined();
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseDocDate('31/02/2023')).toBeUndefined();
    expect(parseDocDate('30 Feb 2024')).toBeUndefined();
    expect(parseDocDate('Version 1.0')).toBeUndefined();
    expect(parseDocDate('on 16 August 2023 the')).toBeUndefined();
  });

  it.each([
    ['28 Jun – 19 Jul 2023', '2023-06-28', '2023-07-19'],
    ['16 Aug – 7 Sep 2023', '2023-08-16', '2023-09-07'],
    ['16 Aug 2023 - 7 Sep 2023', '2023-08-16', '2023-09-07'],
    ['28 June 2023 to 19 July 2023', '2023-06-28', '2023-07-19'],
    ['16–30 Aug 2023', '2023-08-16', '2023-08-30'],
    ['14 Dec – 10 Jan 2024', '2023-12-14', '2024-01-10'],
    ['28/06/2023 – 19/07/2023', '2023-06-28', '2023-07-19'],
  ])('reads the range %s', (text, from, to) => {
    const range = parseDocRange(text)!;
    expect([range.from.iso, range.to.iso]).toEqual([from, to]);
  });

  it('keeps a range without any year as undated', () => {
    expect(parseDocRange('28 Jun – 19 Jul')?.to.noYear).toBe(true);
  });

  it('tells month-only periods apart from process dates', () => {
    expect(isMonthOnly('Sep 2022 – Apr 2023')).toBe(true);
    expect(isMonthOnly('May 2023')).toBe(true);
    expect(isMonthOnly('7 Jun 2023')).toBe(false);
  });

  it('splits a timetable row into its event and its date, with or without a tab', () => {
    expect(splitTrailingDate('Refinement Consultation\t28 Jun – 19 Jul 2023')).toEqual({ label: 'Refinement Consultation', when: '28 Jun – 19 Jul 2023' });
    expect(splitTrailingDate('Refinement Consultation 28 Jun – 19 Jul 2023')).toEqual({ label: 'Refinement Consultation', when: '28 Jun – 19 Jul 2023' });
    expect(splitTrailingDate('Modification Report approved by CSC 15 Aug 2023')).toEqual({ label: 'Modification Report approved by CSC', when: '15 Aug 2023' });
    expect(splitTrailingDate('Nothing dated here')).toBeUndefined();
  });

  it('finds the dates written in a sentence', () => {
    expect(findDates('On 26 May 2021, the Change Board voted; see 01/06/2021.').map((d) => d.iso)).toEqual(['2021-05-26', '2021-06-01']);
    expect(findDates('Responses by 5pm on 3rd June 2019 or June 4, 2019; not 3 June 17:00.').map((d) => d.iso)).toEqual(['2019-06-03', '2019-06-04']);
  });
});
