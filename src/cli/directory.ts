import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isUserError, UserError } from '../core/errors';
import { silentLogger } from '../core/ports';
import { operationMeta } from '../domain/operations';
import { openData } from '../open-data';
import { cliDatabase } from './cli-database';
import type { StoreData } from '../../storage/schema';
import { applyPeopleRows, type DirectoryImportReport } from './directory-apply';
import { parsePeopleCsv, peopleToCsv } from './directory-csv';
import type { CliIo } from './run-cli';

const MAX_BYTES = 5 * 1024 * 1024;

/** `secbot directory import FILE [--dry-run]` and `secbot directory export`: the people directory as CSV. */
export function addDirectoryCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const dataFile = () => program.opts<{ data?: string }>().data ?? io.env.SECBOT_DATA;
  const directory = program.command('directory').description('bulk import or export the people directory as CSV');
  directory
    .command('import')
    .description('add people from a CSV file (columns: name,organisation,category,email,initials,aliases,role)')
    .argument('<file>', 'CSV file, UTF-8, with a header row')
    .option('--dry-run', 'show what would change without writing it')
    .action(async (file: string, opts: { dryRun?: boolean }) => setExit(await guard(io, () => importPeople(file, !!opts.dryRun, dataFile(), io))));
  directory
    .command('export')
    .description('print the people directory as CSV (the same columns import reads)')
    .action(async () => setExit(await guard(io, () => exportPeople(dataFile(), io))));
}

async function importPeople(file: string, dryRun: boolean, dataFile: string | undefined, io: CliIo): Promise<number> {
  const rows = parsePeopleCsv(await readCsv(file), basename(file));
  const data = await openData({ file: dataFile, allowDemo: false, readOnly: dryRun, clock: io.clock, logger: silentLogger, ...cliDatabase(io, dataFile) });
  try {
    const now = io.clock.now();
    const meta = operationMeta({ now, today: now.toISOString().slice(0, 10), source: `directory import ${basename(file)}`, actor: 'operator' });
    const apply = (draft: StoreData) => applyPeopleRows(draft, rows, basename(file), meta);
    const report = dryRun
      ? apply(structuredClone(data.store.read()) as StoreData)
      : await data.store.transact({ actor: 'operator', command: `directory import ${basename(file)}` }, apply);
    io.stdout(`${describe(report, dryRun)}\n`);
    return 0;
  } finally {
    await data.close();
  }
}

async function exportPeople(dataFile: string | undefined, io: CliIo): Promise<number> {
  const data = await openData({ file: dataFile, allowDemo: false, readOnly: true, clock: io.clock, logger: silentLogger, ...cliDatabase(io, dataFile) });
  try {
    io.stdout(peopleToCsv(data.store.read()));
    return 0;
  } finally {
    await data.close();
  }
}

async function readCsv(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`There is no file ${file}.`, 'Give the path of a CSV file, e.g. npx secbot directory import people.csv');
  if (info.size > MAX_BYTES) throw new UserError(`${file} is ${Math.round(info.size / 1024)} KB; the limit is ${MAX_BYTES / 1024 / 1024} MB.`, 'Split it into smaller files.');
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw new UserError(`${file} is not a text file.`, 'Save the sheet as "CSV UTF-8" and try again.');
  return text;
}

function describe(report: DirectoryImportReport, dryRun: boolean): string {
  const verb = dryRun ? 'Would add' : 'Added';
  const lines = [`${verb} ${report.added.length} people, ${dryRun ? 'would fill in' : 'filled in'} ${report.filled.length}, ${report.unchanged} already as stated.${dryRun ? ' Nothing was written (dry run).' : ''}`];
  if (report.added.length) lines.push(`${dryRun ? 'New' : 'Added'}: ${report.added.join(', ')}`);
  if (report.filled.length) lines.push(`Filled in: ${report.filled.join('; ')}`);
  for (const warning of report.warnings) lines.push(`! ${warning}`);
  return lines.join('\n');
}

async function guard(io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!isUserError(error)) throw error;
    io.stderr(`${error.message}${error.hint ? `\n${error.hint}` : ''}\n`);
    return 1;
  }
}
