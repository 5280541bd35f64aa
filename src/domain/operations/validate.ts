import { UserError } from '../../core/errors';

/** Trimmed, non-empty text (at most `max` characters), or a UserError with an example that works. */
export function requireText(value: string | undefined, what: string, example: string, max?: number): string {
  const text = value?.trim();
  if (!text) throw new UserError(`${what} is missing.`, `For example: ${example}`);
  return limitText(text, what, max);
}

/** Text within `max` characters, or a UserError naming the field and the limit. */
export function limitText(text: string, what: string, max: number | undefined): string {
  if (max !== undefined && text.length > max) throw new UserError(`${what} is ${text.length} characters long; the limit is ${max}.`, 'Shorten it; put longer notes in an action update or the problem statement.');
  return text;
}

/** A YYYY-MM-DD date (as produced by parseUserDate), or a UserError: guards the store's schema. */
export function requireIsoDate(value: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UserError(`${what} "${value}" is not a date.`, 'Write dates as 2023-06-28 or 28 Jun 2023.');
  }
  return value;
}
