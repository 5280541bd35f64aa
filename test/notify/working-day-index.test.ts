import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';
import { createWorkingDayIndex } from '../../src/notify/working-day-index';

const calendar = createCalendar();
const day = fc.integer({ min: Date.UTC(2018, 0, 1) / 86_400_000, max: Date.UTC(2028, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('the planner’s Working-Day index agrees with the calendar', () => {
  it('counts the 16 Aug – 7 Sep 2023 consultation as 15 Working Days (28 Aug bank holiday excluded)', () => {
    const index = createWorkingDayIndex(calendar, '2023-08-01', '2023-09-30');
    expect(index.distance('2023-08-16', '2023-09-07')).toBe(15);
    expect(index.onOrAfter('2023-08-26')).toBe('2023-08-29');
    expect(index.onOrBefore('2023-08-28')).toBe('2023-08-25');
  });

  it('matches workingDaysBetween, nextWorkingDay and addWorkingDays for any dates, even outside its first range', () => {
    const index = createWorkingDayIndex(calendar, '2023-01-01', '2023-01-31');
    fc.assert(
      fc.property(day, day, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(index.distance(a, b)).toBe(calendar.workingDaysBetween(a, b));
        expect(index.distance(b, a) + index.distance(a, b)).toBe(0);
        expect(index.isWorkingDay(a)).toBe(calendar.isWorkingDay(a));
        expect(index.onOrAfter(a)).toBe(calendar.isWorkingDay(a) ? a : calendar.nextWorkingDay(a));
        expect(index.onOrBefore(a)).toBe(calendar.isWorkingDay(a) ? a : calendar.addWorkingDays(a, -1));
      }),
      { numRuns: 300 },
    );
  });
});
