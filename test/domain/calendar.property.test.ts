import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';

const calendar = createCalendar();
const start = DateTime.fromISO('2020-01-01', { zone: 'UTC' });
const anyDate = fc.integer({ min: 0, max: 365 * 8 }).map((offset) => start.plus({ days: offset }).toISODate()!);
const anyStep = fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0);

describe('Working Day arithmetic (property)', () => {
  it('addWorkingDays always lands on a Working Day, and workingDaysBetween counts the same steps back', () => {
    fc.assert(
      fc.property(anyDate, anyStep, (date, n) => {
        const landed = calendar.addWorkingDays(date, n);
        expect(calendar.isWorkingDay(landed)).toBe(true);
        expect(calendar.workingDaysBetween(date, landed)).toBe(n);
        expect(n > 0 ? landed > date : landed < date).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('Working Days over a period split at any point add up', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (...dates) => {
        const [a, b, c] = dates.sort();
        const total = calendar.workingDaysBetween(a, c);
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(total);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with counting day by day on a plain calendar', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (from, span) => {
        const to = DateTime.fromISO(from, { zone: 'UTC' }).plus({ days: span }).toISODate()!;
        const holidays = new Set(calendar.holidaysBetween(from, to).map((h) => h.date));
        let expected = 0;
        for (let i = 1; i <= span; i++) {
          const d = DateTime.fromISO(from, { zone: 'UTC' }).plus({ days: i });
          if (d.weekday <= 5 && !holidays.has(d.toISODate()!)) expected++;
        }
        expect(calendar.workingDaysBetween(from, to)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
