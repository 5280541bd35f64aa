import { DateTime } from 'luxon';
import { monthNumber } from './dates';
import { toDayNumber } from './day-numbers';
import { byCodePoint } from './code-point-order';

export interface SecRelease {
  /** "February 2024 SEC Release". */
  name: string;
  /** Implementation date YYYY-MM-DD. */
  on: string;
}

export interface ReleaseOverride {
  name: string;
  on: string;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The scheduled release months: February, June, November. */
const SCHEDULED = [2, 6, 11];
const THURSDAY = 4;
/** The Thursday rule holds from 2021; earlier releases have only the dates documents state. */
const RULE_FROM_YEAR = 2021;
const NAME = /^([a-z]+)\.?[\s-]*'?(\d{4}|\d{2})(?:\s+sec)?(?:\s+release)?$/i;

const nameOf = (year: number, month: number): string => `${MONTH_NAMES[month - 1]} ${year} SEC Release`;

/** "Feb 24", "February 2024", "February 2024 SEC Release", "Jun 21 SEC Release" → canonical name; else undefined. */
export function parseReleaseName(input: string): string | undefined {
  const match = NAME.exec(input.trim().replace(/\s+/g, ' '));
  const month = match ? monthNumber(match[1]!) : undefined;
  if (!match || !month) return undefined;
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return nameOf(year, month);
}

/** Last Thursday of February and June, first Thursday of November (the pattern since 2021; none before). */
function scheduledDate(year: number, month: number): string | undefined {
  if (!SCHEDULED.includes(month) || year < RULE_FROM_YEAR) return undefined;
  if (month === 11) {
    const first = DateTime.utc(year, 11, 1);
    return first.plus({ days: (THURSDAY - first.weekday + 7) % 7 }).toISODate()!;
  }
  const last = DateTime.utc(year, month, 1).endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - THURSDAY + 7) % 7 }).toISODate()!;
}

function overrideFor(name: string, overrides: readonly ReleaseOverride[]): ReleaseOverride | undefined {
  return overrides.find((o) => (parseReleaseName(o.name) ?? o.name) === name);
}

/**
 * The date of a named release: a date stated by a document (override) if one exists, else, from 2021,
 * last Thursday of Feb/Jun, first Thursday of Nov. Before 2021 a release with no stated date has none.
 */
export function releaseDate(name: string, overrides: readonly ReleaseOverride[] = []): string | undefined {
  const canonical = parseReleaseName(name) ?? name.trim();
  const override = overrideFor(canonical, overrides);
  if (override) return override.on;
  const match = /^(\w+) (\d{4}) SEC Release$/.exec(canonical);
  return match ? scheduledDate(Number(match[2]), monthNumber(match[1]!)!) : undefined;
}

/** The first scheduled release on or after `date` (YYYY-MM-DD), counting moved and off-cycle overrides. */
export function nextRelease(date: string, overrides: readonly ReleaseOverride[] = []): SecRelease {
  toDayNumber(date);
  const year = Number(date.slice(0, 4));
  const candidates: SecRelease[] = overrides.map((o) => ({ name: parseReleaseName(o.name) ?? o.name, on: o.on }));
  for (const y of [year - 1, year, year + 1, Math.max(year + 2, RULE_FROM_YEAR)]) {
    for (const month of SCHEDULED) {
      const name = nameOf(y, month);
      const on = scheduledDate(y, month);
      if (on && !overrideFor(name, overrides)) candidates.push({ name, on });
    }
  }
  const upcoming = candidates.filter((r) => r.on >= date).sort((a, b) => byCodePoint(a.on, b.on));
  return upcoming[0]!;
}
