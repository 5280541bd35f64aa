/**
 * Dates as SECAS documents write them: "16 August 2023", "8 Sep 2022", "Tuesday 25 February 2020",
 * "12/12/2019", "2023-08-16", ordinals "3rd June 2019", US order "June 3, 2019", two-digit years
 * "3 Jun 19", and ranges "28 Jun – 19 Jul 2023", "16–30 Aug 2023". A date written without a year is
 * reported as such (`noYear`) so the caller can warn instead of guessing.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*(?:[–—-]|to)\\s*';
/** Four digits, or two that are not the start of a time ("3 Jun 19", never "3 June 17:00"). */
const YEAR = '(\\d{4}|\\d{2}(?![\\d:]))';

const WORDY = `${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+${YEAR})?`;
const US = `${WEEKDAY}${MONTH}\\.?\\s+${DAY}(?:,?\\s+(\\d{4}))?`;
const NUMERIC = `(\\d{1,2})/(\\d{1,2})/${YEAR}`;
const ISO = '(\\d{4})-(\\d{2})-(\\d{2})';

export interface DocDate {
  /** YYYY-MM-DD, or undefined when the text gives no year. */
  iso?: string;
  noYear?: boolean;
  /** The text the date was read from. */
  text: string;
}

export interface DocRange {
  from: DocDate;
  to: DocDate;
  text: string;
}

const wordyRe = new RegExp(`^${WORDY}$`, 'i');
const usRe = new RegExp(`^${US}$`, 'i');
const numericRe = new RegExp(`^${NUMERIC}$`);
const isoRe = new RegExp(`^${ISO}$`);

export function monthIndex(word: string): number | undefined {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index === -1 ? undefined : index + 1;
}

export function toIso(yearText: number | string, month: number, day: number): string | undefined {
  const year = String(yearText).length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100) return undefined;
  return date.toISOString().slice(0, 10);
}

/** One date, the whole of `text` (trimmed, trailing full stop allowed); undefined when it is not one. */
export function parseDocDate(text: string): DocDate | undefined {
  const t = text.trim().replace(/[.,]$/, '');
  let m = isoRe.exec(t);
  if (m) return checked(toIso(+m[1]!, +m[2]!, +m[3]!), t);
  m = numericRe.exec(t);
  if (m) return checked(toIso(m[3]!, +m[2]!, +m[1]!), t);
  m = wordyRe.exec(t);
  if (m) return dayMonthYear(m[1]!, m[2]!, m[3], t);
  m = usRe.exec(t);
  return m ? dayMonthYear(m[2]!, m[1]!, m[3], t) : undefined;
}

function dayMonthYear(day: string, month: string, year: string | undefined, text: string): DocDate | undefined {
  if (!year) return +day >= 1 && +day <= 31 ? { noYear: true, text } : undefined;
  return checked(toIso(year, monthIndex(month)!, +day), text);
}

function checked(iso: string | undefined, text: string): DocDate | undefined {
  return iso ? { iso, text } : undefined;
}

const rangeRe = new RegExp(`^(${WORDY}|${NUMERIC})${DASH}(${WORDY}|${NUMERIC})$`, 'i');
const sameMonthRe = new RegExp(`^${DAY}${DASH}${DAY}\\s+${MONTH}\\s+(\\d{4})$`, 'i');

/** A range, the whole of `text`: "28 Jun – 19 Jul 2023", "16 Aug 2023 - 7 Sep 2023", "16–30 Aug 2023". */
export function parseDocRange(text: string): DocRange | undefined {
  const t = text.trim().replace(/[.,]$/, '');
  const same = sameMonthRe.exec(t);
  if (same) {
    const [, d1, d2, mon, year] = same;
    const month = monthIndex(mon!)!;
    const from = checked(toIso(+year!, month, +d1!), `${d1} ${mon} ${year}`);
    const to = checked(toIso(+year!, month, +d2!), `${d2} ${mon} ${year}`);
    return from && to ? { from, to, text: t } : undefined;
  }
  const parts = splitRange(t);
  if (!parts) return undefined;
  const to = parseDocDate(parts[1]);
  let from = parseDocDate(parts[0]);
  if (!from || !to) return undefined;
  if (from.noYear && to.iso) from = borrowYear(from, to.iso);
  return { from, to, text: t };
}

function splitRange(t: string): [string, string] | undefined {
  if (!rangeRe.test(t)) return undefined;
  const dash = new RegExp(`^(.*?\\d|.*?${MONTH}\\.?)${DASH}(.+)$`, 'i').exec(t);
  if (!dash) return undefined;
  return [dash[1]!, dash[dash.length - 1]!];
}

/** "28 Jun" before "19 Jul 2023" is 2023; "14 Dec" before "10 Jan 2024" is 2023. */
function borrowYear(from: DocDate, toIsoDate: string): DocDate {
  const m = new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH}`, 'i').exec(from.text)!;
  const month = monthIndex(m[2]!)!;
  const toYear = +toIsoDate.slice(0, 4);
  const year = month > +toIsoDate.slice(5, 7) ? toYear - 1 : toYear;
  return checked(toIso(year, month, +m[1]!), from.text) ?? from;
}

/** Month-only text ("May 2023", "Sep 2022 – Apr 2023"): a period, not a process date. */
export function isMonthOnly(text: string): boolean {
  const single = `${MONTH}\\s+\\d{4}`;
  return new RegExp(`^${single}(?:${DASH}${single})?$`, 'i').test(text.trim());
}

/** The date or range a table row or timeline line ends with: "Refinement Consultation 28 Jun – 19 Jul 2023". */
export function splitTrailingDate(line: string): { label: string; when: string } | undefined {
  const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length >= 2) return { label: cells.slice(0, -1).join(' '), when: cells[cells.length - 1]! };
  const re = new RegExp(`^(.*?)\\s+((?:${WORDY}|${NUMERIC})(?:${DASH}(?:${WORDY}|${NUMERIC}))?|${DAY}${DASH}${DAY}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}(?:${DASH}${MONTH}\\s+\\d{4})?)$`, 'i');
  const m = re.exec(line.trim());
  return m ? { label: m[1]!.trim(), when: m[2]!.trim() } : undefined;
}

/** Every full date written in a sentence (for "On 26 May 2021, the Change Board ...", "June 3, 2019"). */
export function findDates(text: string): DocDate[] {
  const re = new RegExp(`\\b(?:${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}|${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})|${NUMERIC})\\b`, 'gi');
  return [...text.matchAll(re)].map((m) => parseDocDate(m[0])).filter((d): d is DocDate => !!d?.iso);
}
