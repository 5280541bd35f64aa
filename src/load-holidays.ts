import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { holidayOverridesSchema, type BankHolidayTable, type HolidayOverrides } from './domain/calendar';

/** The optional local bank-holiday override file (SECBOT_HOLIDAYS_FILE), validated. */
export async function loadHolidayOverrides(file: string | undefined): Promise<HolidayOverrides> {
  if (!file) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the holiday override file ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The holiday override file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = holidayOverridesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`The holiday override file ${file} is invalid at ${issue.path.join('.') || '(top)'}: ${issue.message}. Expected {"add":[{"date":"2026-05-08","name":"..."}],"remove":["..."]}.`);
  }
  return parsed.data;
}

/**
 * The bank-holiday table `npm run build` writes beside the bundle (dist/bank-holidays.json). Absent when
 * running from the TypeScript sources (tests): the calendar then asks the date-holidays library directly.
 */
export function loadBankHolidayTable(): BankHolidayTable | undefined {
  const file = new URL('./bank-holidays.json', import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BankHolidayTable) : undefined;
}
