import { readFile, access } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { isUserError } from '../core/errors';
import { DEFAULT_DATA_FILE } from '../open-data';
import { listBackups } from '../../storage/backups';
import { restoreStore } from '../../storage/restore-store';
import { displayPath } from '../../storage/store-error';
import { shellPathFor } from '../../storage/json-file';
import { storePaths } from '../../storage/store-paths';
import type { CliIo } from './run-cli';

/** `secbot restore [BACKUP]`: lists the backups, or puts one back (snapshot and journal together). */
export function addRestoreCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('restore')
    .description('put a backup back, snapshot and history together (stop the bot first); without BACKUP, list the backups')
    .argument('[backup]', 'a backup file name from the list, e.g. secbot-2024-03-05T10-00-00-000Z.json')
    .action(async (backup: string | undefined) => {
      const file = program.opts<{ data?: string }>().data ?? io.env.SECBOT_DATA ?? DEFAULT_DATA_FILE;
      try {
        setExit(backup ? await restore(file, backup, io) : await list(file, io));
      } catch (error) {
        if (!isUserError(error)) throw error;
        io.stderr(`${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
        setExit(1);
      }
    });
}

const command = (file: string) => `npx secbot${shellPathFor(file) ? ` --data ${shellPathFor(file)}` : ''} restore`;
const london = (at: Date) => DateTime.fromJSDate(at).setZone('Europe/London').toFormat('d LLL yyyy HH:mm');

async function restore(file: string, backup: string, io: CliIo): Promise<number> {
  const done = await restoreStore(file, backup, io.clock.now());
  io.stdout(
    `Restored ${displayPath(path.resolve(file))} from ${path.basename(done.backup)}: ${done.proposals} proposals, ${done.actions} actions, ${done.journalLines} history ${done.journalLines === 1 ? 'entry' : 'entries'}.\n`,
  );
  if (done.previous.backup) {
    io.stdout(`The store as it was is kept as ${displayPath(done.previous.backup)}${done.previous.journal ? ` with its journal ${displayPath(done.previous.journal)}` : ''}; to undo: ${command(file)} ${path.basename(done.previous.backup)}\n`);
  }
  return 0;
}

async function list(file: string, io: CliIo): Promise<number> {
  const paths = storePaths(file);
  const names = (await listBackups(paths)).reverse();
  if (!names.length) {
    io.stdout(`No backups of ${displayPath(paths.file)} yet. They are made in ${displayPath(paths.backups)} at most once an hour after changes, and by "init --force".\n`);
    return 0;
  }
  io.stdout(`Backups of ${displayPath(paths.file)}, newest first:\n`);
  for (const name of names) io.stdout(`  ${name}  ${await describe(paths.backups, name, path.basename(paths.journal))}\n`);
  io.stdout(`Restore one (stop the bot first): ${command(file)} ${names[0]}\n`);
  return 0;
}

/** "5 Mar 2024 10:00, 12 proposals, 30 actions (replaced by init --force or restore)". */
async function describe(dir: string, name: string, journalName: string): Promise<string> {
  const stamp = /-(\d{4}-\d{2}-\d{2}T[\d-]+Z)\.json$/.exec(name)![1]!;
  const at = new Date(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z'));
  let counts = 'unreadable';
  try {
    const doc = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { proposals?: unknown[]; actions?: unknown[] };
    counts = `${doc.proposals?.length ?? 0} proposals, ${doc.actions?.length ?? 0} actions`;
  } catch {
    // listed anyway: restore explains what is wrong with it
  }
  const replaced = await access(path.join(dir, `${journalName}-${stamp}`)).then(() => ' (the store as init --force or restore replaced it)', () => '');
  return `${london(at)}  ${counts}${replaced}`;
}
