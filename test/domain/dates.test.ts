import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/core/errors';
import { daysBetween, formatDate, formatInstant, londonInstant, parseUserDate, parseUserTime } from '../../src/domain/dates';

const TODAY = '2023-06-30';

describe('parseUserDate', () => {
  it.each([
    ['2023-06-28', '2023-06-28'],
    ['28 Jun 2023', '2023-06-28'],
    ['28 June 2023', '2023-06-28'],
    ['28 jun 2023', '2023-06-28'],
    ['28/06/2023', '2023-06-28'],
    ['28-06-2023', '2023-06-28'],
    ['7/9/2023', '2023-09-07'],
    ['7 Sept 2023', '2023-09-07'],
    ['29 Feb 2024', '2024-02-29'],
    ['  16   Aug   2023 ', '2023-08-16'],
    ['Aug 16 2023', '2023-08-16'],
    ['August 16th, 2023', '2023-08-16'],
    ['Sept. 7, 2023', '2023-09-07'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseUserDate(typed, TODAY)).toBe(iso);
  });

  it('reads today, tomorrow and yesterday from the London date it is given, across month ends', () => {
    expect(parseUserDate('today', TODAY)).toBe('2023-06-30');
    expect(parseUserDate('Tomorrow', TODAY)).toBe('2023-07-01');
    expect(parseUserDate('yesterday', '2024-03-01')).toBe('2024-02-29');
  });

  it.each([
    ['31 Feb 2023', 'There is no 31 Feb 2023: February 2023 has 28 days. Try 28 Feb 2023.'],
    ['2023-02-29', 'There is no 29 Feb 2023: February 2023 has 28 days. Try 28 Feb 2023.'],
    ['31/04/2024', 'There is no 31 Apr 2024: April 2024 has 30 days. Try 30 Apr 2024.'],
    ['Feb 30, 2027', 'There is no 30 Feb 2027: February 2027 has 28 days. Try 28 Feb 2027.'],
    ['08/16/2027', '"08/16/2027" has no month 16: numeric dates are day first here. For 16 August, try 16/08/2027 or 16 Aug 2027.'],
  ])('refuses the impossible date %j, saying why', (typed, message) => {
    expect(() => parseUserDate(typed, TODAY)).toThrow(message);
  });

  it.each([
    ['5 Jan', '"5 Jan" has no year: 5 Jan 2023 (the last one) or 5 Jan 2024 (the next one)?'],
    ['Aug 16', '"Aug 16" has no year: 16 Aug 2022 (the last one) or 16 Aug 2023 (the next one)?'],
    ['30th June', '"30th June" has no year: 30 Jun 2022 (the last one) or 30 Jun 2023 (the next one)?'],
    ['29 Feb', '"29 Feb" has no year: 29 Feb 2020 (the last one) or 29 Feb 2024 (the next one)?'],
  ])('does not guess the year of %j: it offers the nearest either side of today', (typed, message) => {
    expect(() => parseUserDate(typed, TODAY)).toThrow(message);
  });

  it.each(['next week', '28 Foo 2023', '2023-13-01', 'monday', '', 'Foo 16 2023'])('refuses %j with working examples', (typed) => {
    let error: unknown;
    try {
      parseUserDate(typed, TODAY);
    } catch (caught) {
      error = caught;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/Try 2023-06-28, 28 Jun 2023/);
  });
});

describe('parseUserTime', () => {
  it.each([
    ['17:00', '17:00'],
    ['5pm', '17:00'],
    ['5 PM', '17:00'],
    ['5:30pm', '17:30'],
    ['9am', '09:00'],
    ['12pm', '12:00'],
    ['12am', '00:00'],
    ['noon', '12:00'],
    ['09.15', '09:15'],
  ])('reads %j as %s', (typed, time) => {
    expect(parseUserTime(typed)).toBe(time);
  });

  it.each(['25:00', '17:60', '13pm', '5', 'teatime'])('refuses %j with an example', (typed) => {
    expect(() => parseUserTime(typed)).toThrow(/Try 17:00, 5pm or 5:30pm/);
  });
});

describe('londonInstant', () => {
  it('uses British Summer Time in summer and GMT in winter', () => {
    expect(londonInstant('2023-07-19', '17:00')).toBe('2023-07-19T17:00:00+01:00');
    expect(londonInstant('2023-12-19', '5pm')).toBe('2023-12-19T17:00:00+00:00');
  });

  it('is right on the day the clocks go forward (26 Mar 2023)', () => {
    expect(londonInstant('2023-03-26', '00:30')).toBe('2023-03-26T00:30:00+00:00');
    expect(londonInstant('2023-03-26', '17:00')).toBe('2023-03-26T17:00:00+01:00');
    expect(new Date(londonInstant('2023-03-26', '17:00')).toISOString()).toBe('2023-03-26T16:00:00.000Z');
  });

  it('moves a time the spring change skips forward by an hour', () => {
    expect(londonInstant('2023-03-26', '01:30')).toBe('2023-03-26T02:30:00+01:00');
  });

  it('is right on the day the clocks go back (29 Oct 2023)', () => {
    expect(londonInstant('2023-10-29', '00:30')).toBe('2023-10-29T00:30:00+01:00');
    expect(londonInstant('2023-10-29', '17:00')).toBe('2023-10-29T17:00:00+00:00');
    expect(new Date(londonInstant('2023-10-29', '17:00')).toISOString()).toBe('2023-10-29T17:00:00.000Z');
  });

  it('starts the day at midnight when no time is given', () => {
    expect(londonInstant('2023-07-19')).toBe('2023-07-19T00:00:00+01:00');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => londonInstant('19/07/2023')).toThrow(/not a date in the form 2023-06-28/);
  });
});

describe('formatting', () => {
  it('writes dates the way SECAS documents do', () => {
    expect(formatDate('2023-06-28')).toBe('28 Jun 2023');
    expect(formatDate('2023-09-07')).toBe('7 Sep 2023');
  });

  it('writes instants in London time whatever offset they carry', () => {
    expect(formatInstant('2023-07-19T17:00:00+01:00')).toBe('19 Jul 2023 17:00');
    expect(formatInstant('2023-07-19T16:00:00Z')).toBe('19 Jul 2023 17:00');
    expect(formatInstant('2023-12-01T09:05:00Z')).toBe('1 Dec 2023 09:05');
    expect(formatInstant('2023-06-30T23:30:00Z')).toBe('1 Jul 2023 00:30');
  });

  it('refuses something that is not an instant', () => {
    expect(() => formatInstant('soon')).toThrow(/not a date and time/);
  });
});

describe('daysBetween', () => {
  it('counts calendar days from a to b', () => {
    expect(daysBetween('2023-06-28', '2023-07-19')).toBe(21);
    expect(daysBetween('2023-07-19', '2023-06-28')).toBe(-21);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-01-01', '2023-01-01')).toBe(0);
  });

  it('counts whole days across both clock changes', () => {
    expect(daysBetween('2023-03-25', '2023-03-27')).toBe(2);
    expect(daysBetween('2023-10-28', '2023-10-30')).toBe(2);
  });
});
