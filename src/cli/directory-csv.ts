import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UserError } from '../core/errors';
import type { StoreData } from '../../storage/schema';

/** The columns of `directory export` / `directory import`, in order. Aliases are separated by ";". */
export const CSV_COLUMNS = ['name', 'organisation', 'category', 'email', 'initials', 'aliases', 'role'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<CsvColumn, string>> & { line: number };

const MAX_ROWS = 20_000;

/** The directory's people as CSV (UTF-8, header row, RFC 4180 quoting), sorted by name. */
export function peopleToCsv(data: Readonly<StoreData>): string {
  const rows = [...data.people]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => [p.name, p.organisation ?? '', p.category ?? '', p.email ?? '', p.initials ?? '', p.aliases.join('; '), p.roles.join('; ')]);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\n' });
}

/** Rows of a people CSV with their line numbers; a bad file or unknown column is a UserError. */
export function parsePeopleCsv(text: string, file: string): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => checkColumn(h, file)),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: false,
    }) as typeof records;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file} is not a valid CSV file: ${(error as Error).message}`, `The first row names the columns: ${CSV_COLUMNS.join(',')}`);
  }
  if (records.length > MAX_ROWS) throw new UserError(`${file} has ${records.length} rows; the limit is ${MAX_ROWS}.`, 'Split it into smaller files.');
  return records.map(({ record, info }) => ({ ...record, line: info.lines }));
}

function checkColumn(header: string, file: string): CsvColumn {
  const column = header.trim().toLowerCase().replace(/^org$/, 'organisation').replace(/^roles$/, 'role');
  if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
    throw new UserError(`${file}: unknown column "${header.slice(0, 30)}".`, `Use these columns (name is required): ${CSV_COLUMNS.join(',')}`);
  }
  return column as CsvColumn;
}
