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
    .map((p) => [p.name, p.organisation ?? '', p.category ?? '', p.email ?? '', p.initials ?? '', p.aliases.join('; '), p.roles.join('; ')].map(neutralise));
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\n' });
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula: such a cell is written with a
 * leading ' (OWASP's rule, which Excel and LibreOffice show as text). A value that already starts with
 * quotes before one of those characters gets one more, so import can take exactly one off again.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export const neutralise = (cell: string): string => (FORMULA.test(cell) ? `'${cell}` : cell);
export const unneutralise = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell);

/** Rows of a people CSV with their line numbers; a bad file or unknown column is a UserError. */
export function parsePeopleCsv(text: string, file: string): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => checkHeader(header, file),
      cast: (value: string, context: { header: boolean }) => (context.header ? value : unneutralise(value)),
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

function checkHeader(header: string[], file: string): CsvColumn[] {
  const columns = header.map((h) => checkColumn(h, file));
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice) throw new UserError(`${file}: the column "${twice}" appears twice in the first row, so which value to take is unclear. Nothing was imported.`, `Keep one "${twice}" column: ${CSV_COLUMNS.join(',')}`);
  return columns;
}

function checkColumn(header: string, file: string): CsvColumn {
  const column = header.trim().toLowerCase().replace(/^org$/, 'organisation').replace(/^roles$/, 'role');
  if (!(CSV_COLUMNS as readonly string[]).includes(column)) {
    throw new UserError(`${file}: unknown column "${header.slice(0, 30)}".`, `Use these columns (name is required): ${CSV_COLUMNS.join(',')}`);
  }
  return column as CsvColumn;
}
