import { describe, expect, it } from 'vitest';
import { bankHolidayTable } from '../../scripts/bank-holiday-table.mjs';
import { createBankHolidays, type BankHolidayTable } from '../../src/domain/bank-holidays';
import { createCalendar } from '../../src/domain/calendar';

describe('the bank-holiday table built by npm run build', () => {
  it('holds exactly what the date-holidays library says for each year', () => {
    const table = bankHolidayTable({ from: 2018, to: 2032 }) as BankHolidayTable;
    const library = createBankHolidays();
    for (let year = 2018; year <= 2032; year++) {
      expect(Object.fromEntries(table[String(year)]!), String(year)).toEqual(Object.fromEntries(library(year)));
    }
  });

  it('is what the calendar uses for the years it covers, with the library for the rest', () => {
    const table: BankHolidayTable = { '2031': [['2031-03-04', 'A made-up table-only holiday']] };
    const calendar = createCalendar({}, table);
    expect(calendar.isWorkingDay('2031-03-04')).toBe(false);
    expect(calendar.isWorkingDay('2031-12-25')).toBe(true); // the table says 2031 has only that one day
    expect(calendar.isWorkingDay('2023-08-28')).toBe(false); // outside the table: the library's summer bank holiday
  });
});
