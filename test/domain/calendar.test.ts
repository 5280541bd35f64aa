import { describe, expect, it } from 'vitest';
import { createCalendar, holidayOverridesSchema } from '../../src/domain/calendar';

const calendar = createCalendar();

describe('Working Days', () => {
  it('counts the Modification Report Consultation of 16 Aug – 7 Sep 2023 as 15, skipping 28 Aug', () => {
    expect(calendar.isWorkingDay('2023-08-28')).toBe(false);
    expect(calendar.workingDaysBetween('2023-08-16', '2023-09-07')).toBe(15);
    expect(calendar.addWorkingDays('2023-08-16', 15)).toBe('2023-09-07');
  });

  it('counts the Refinement Consultation of 28 Jun – 19 Jul 2023 as 15', () => {
    expect(calendar.workingDaysBetween('2023-06-28', '2023-07-19')).toBe(15);
    expect(calendar.addWorkingDays('2023-06-28', 15)).toBe('2023-07-19');
  });

  it('excludes weekends', () => {
    expect(calendar.isWorkingDay('2023-07-15')).toBe(false);
    expect(calendar.isWorkingDay('2023-07-16')).toBe(false);
    expect(calendar.isWorkingDay('2023-07-17')).toBe(true);
  });

  it('knows Christmas, Boxing Day and their substitute days', () => {
    expect(calendar.isWorkingDay('2022-12-26')).toBe(false);
    expect(calendar.isWorkingDay('2022-12-27')).toBe(false);
    expect(calendar.isWorkingDay('2022-12-28')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-28')).toBe(false);
    expect(calendar.nextWorkingDay('2023-12-22')).toBe('2023-12-27');
  });

  it('knows Easter, the May and August bank holidays and one-off days', () => {
    for (const date of ['2023-04-07', '2023-04-10', '2024-04-01', '2023-05-01', '2023-05-08', '2022-09-19', '2024-08-26']) {
      expect(calendar.isWorkingDay(date), date).toBe(false);
    }
  });

  it('does not count observances such as Mothering Sunday or Easter Sunday as extra holidays', () => {
    const names = calendar.holidaysBetween('2023-01-01', '2023-12-31').map((h) => h.name);
    expect(names).not.toContain("Mother's Day");
    expect(names).not.toContain('Easter Sunday');
    expect(names).toContain('Easter Monday');
  });

  it('lists bank holidays in a range with their names, across a year end', () => {
    expect(calendar.holidaysBetween('2022-12-20', '2023-01-05')).toEqual([
      { date: '2022-12-25', name: 'Christmas Day' },
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2023-01-01', name: "New Year's Day" },
      { date: '2023-01-02', name: "New Year's Day (substitute day)" },
    ]);
  });

  it('counts backwards with negative numbers', () => {
    expect(calendar.addWorkingDays('2023-09-07', -15)).toBe('2023-08-16');
    expect(calendar.addWorkingDays('2023-08-29', -1)).toBe('2023-08-25');
    expect(calendar.workingDaysBetween('2023-09-07', '2023-08-16')).toBe(-15);
  });

  it('gives the next Working Day over a weekend and a bank holiday', () => {
    expect(calendar.nextWorkingDay('2023-08-25')).toBe('2023-08-29');
    expect(calendar.addWorkingDays('2023-08-26', 0)).toBe('2023-08-26');
  });

  it('refuses malformed dates and absurd day counts with a clear message', () => {
    expect(() => calendar.isWorkingDay('16/08/2023')).toThrow(/not a date in the form 2023-06-28/);
    expect(() => calendar.addWorkingDays('2023-08-16', 1.5)).toThrow(/whole number such as 15/);
    expect(() => calendar.addWorkingDays('2023-08-16', 1e9)).toThrow(/whole number such as 15/);
  });
});

describe('londonDate', () => {
  it('gives the London calendar date of an instant', () => {
    expect(calendar.londonDate(new Date('2023-06-30T23:30:00Z'))).toBe('2023-07-01');
    expect(calendar.londonDate(new Date('2023-12-31T23:30:00Z'))).toBe('2023-12-31');
    expect(calendar.londonDate(new Date('2023-10-28T23:30:00Z'))).toBe('2023-10-29');
  });
});

describe('local overrides', () => {
  it('adds a one-off bank holiday the library does not know', () => {
    const withExtra = createCalendar({ add: [{ date: '2023-08-22', name: 'Local closure' }] });
    expect(withExtra.isWorkingDay('2023-08-22')).toBe(false);
    expect(withExtra.workingDaysBetween('2023-08-16', '2023-09-07')).toBe(14);
    expect(withExtra.holidaysBetween('2023-08-22', '2023-08-22')).toEqual([{ date: '2023-08-22', name: 'Local closure' }]);
    expect(calendar.isWorkingDay('2023-08-22')).toBe(true);
  });

  it('removes a date the library lists', () => {
    const without = createCalendar({ remove: ['2023-08-28'] });
    expect(without.isWorkingDay('2023-08-28')).toBe(true);
    expect(without.workingDaysBetween('2023-08-16', '2023-09-07')).toBe(16);
    expect(without.holidaysBetween('2023-08-01', '2023-08-31')).toEqual([]);
  });

  it('validates the override file', () => {
    const good = { add: [{ date: '2026-06-01', name: 'Extra day' }], remove: ['2026-12-28'] };
    expect(holidayOverridesSchema.parse(good)).toEqual(good);
    expect(holidayOverridesSchema.safeParse({ add: [{ date: '1 Jun 2026', name: 'x' }] }).success).toBe(false);
    expect(holidayOverridesSchema.safeParse({ add: [{ date: '2026-06-01', name: '' }] }).success).toBe(false);
    expect(holidayOverridesSchema.safeParse({ extra: [] }).success).toBe(false);
    expect(holidayOverridesSchema.safeParse({ remove: ['2026-02-30'] }).success).toBe(false);
  });
});
