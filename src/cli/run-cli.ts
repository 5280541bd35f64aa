import { Command, CommanderError } from 'commander';
import { isUserError } from '../core/errors';
import { systemClock, type Clock } from '../core/ports';
import { runCommandOnce } from './command-once';
import { runInit } from './init';
import { cliDatabase } from './cli-database';
import { initDatabaseCli, migrateCli } from './database-cli';
import { readDatabaseEnv } from '../config';
import { runImportCli } from './import';
import { addCalendarCommand } from './calendar';
import { addDirectoryCommands } from './directory';
import { addRemindCommand } from './remind';
import { addRestoreCommand } from './restore';
import { tokenize } from '../core/tokenize';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  clock: Clock;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  clock: systemClock,
};

/** `npx secbot …`: init, import, or any chat command run once. Returns the process exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(splitWholeSubcommand(argv, program), { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (isUserError(error) || error instanceof Error) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const OPTIONS_WITH_VALUES = new Set(['--data', '--as']);

/**
 * `npx secbot "remind run"`: a whole command line in one argument is read like separate words, so a
 * command-line subcommand (remind, import, restore…) is not mistaken for the chat command of that name.
 */
function splitWholeSubcommand(argv: string[], program: Command): string[] {
  const names = new Set(program.commands.map((c) => c.name()));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (OPTIONS_WITH_VALUES.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const words = tokenize(arg);
    return words.length > 1 && names.has(words[0]!) ? [...argv.slice(0, i), ...words, ...argv.slice(i + 1)] : argv;
  }
  return argv;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('secbot')
    .description('SEC change bot: run a chat command once, create a store, or import SECAS documents.')
    .usage('[--data FILE] [--json] [--as NAME] <command words…>   e.g. secbot status DP096')
    .option('--data <file>', 'store file (default: $SECBOT_DATA or ./data/secbot.json)')
    .option('--json', 'print the reply as JSON')
    .option('--as <name>', 'act as this person in the directory (default: the person `secbot link "Name"` linked here)')
    .argument('[words...]', 'a chat command, e.g. "status DP096" or "actions open"')
    .allowUnknownOption()
    .allowExcessArguments()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (words: string[], opts: { data?: string; json?: boolean; as?: string }) => {
      setExit(await runCommandOnce(words, { dataFile: opts.data ?? io.env.SECBOT_DATA, json: !!opts.json, ...(opts.as !== undefined ? { as: opts.as } : {}) }, io));
    });

  program
    .command('init')
    .description('create a new store file (empty, or with --demo the seed documents’ facts)')
    .option('--demo', 'fill it with demo data')
    .option('--force', 'replace an existing store file')
    .action(async (opts: { demo?: boolean; force?: boolean }) => {
      const dataFile = program.opts<{ data?: string }>().data ?? io.env.SECBOT_DATA;
      const { database } = cliDatabase(io, dataFile);
      setExit(database ? await initDatabaseCli(database, { demo: !!opts.demo, force: !!opts.force }, io) : await runInit({ dataFile, demo: !!opts.demo, force: !!opts.force }, io));
    });

  program
    .command('migrate')
    .description('PostgreSQL (SECBOT_DATABASE_URL): apply the schema migrations; with FILE, copy that JSON store (data and history) into the database')
    .argument('[file]', 'a JSON store to copy in, e.g. ./data/secbot.json (safe to run again)')
    .action(async (file: string | undefined) => setExit(await migrateCli(readDatabaseEnv({ ...io.env, SECBOT_DATA: undefined }), file, io)));

  program
    .command('import')
    .description('read SECAS documents: papers, minutes, reports, register and release pages, newsletters, forms, Ofgem decisions (.txt .md .docx .pdf)')
    .argument('<files...>', 'documents, or SECAS web pages (https://…), to import')
    .option('--dry-run', 'show the change set without writing it')
    .option('--json', 'print the change set as JSON')
    .option('--all-or-nothing', 'one transaction for all files: nothing is imported if one is refused')
    .action(async (files: string[], opts: { dryRun?: boolean; json?: boolean; allOrNothing?: boolean }) => {
      const dataFile = program.opts<{ data?: string }>().data ?? io.env.SECBOT_DATA;
      // The program's own --json also matches after the subcommand and takes the flag: read both.
      const json = !!opts.json || !!program.opts<{ json?: boolean }>().json;
      setExit(await runImportCli({ files, dataFile, dryRun: !!opts.dryRun, json, allOrNothing: !!opts.allOrNothing }, io));
    });
  addCalendarCommand(program, io, setExit);
  addDirectoryCommands(program, io, setExit);
  addRemindCommand(program, io, setExit);
  addRestoreCommand(program, io, setExit);
  return program;
}
