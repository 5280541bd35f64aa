// England & Wales bank holidays from the maintained date-holidays library, precomputed at build time so
// the running bot does not load the library's rule parser (about 30 MB). Same rule as at run time:
// holidays of type public or bank, substitute days included.
import Holidays from 'date-holidays';

export const TABLE_YEARS = { from: 1990, to: 2080 };

export function bankHolidayTable({ from, to } = TABLE_YEARS) {
  const library = new Holidays('GB', 'ENG');
  const table = {};
  for (let year = from; year <= to; year++) {
    table[year] = library
      .getHolidays(year)
      .filter((h) => h.type === 'public' || h.type === 'bank')
      .map((h) => [h.date.slice(0, 10), h.name]);
  }
  return table;
}
