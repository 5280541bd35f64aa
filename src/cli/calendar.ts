import type { Command } from 'commander';
import { buildFeed } from '../calendar/build-feed';
import { toICal } from '../calendar/to-ical';
import { UserError, isUserError } from '../core/errors';
import { silentLogger } from '../core/ports';
import { normaliseCommittee } from '../domain/committees';
import { createCalendar } from '../domain/calendar';
import { describePerson, matchPeople } from '../domain/queries';
import { loadBankHolidayTable, loadHolidayOverrides } from '../load-holidays';
import { openData } from '../open-data';
import { cliDatabase } from './cli-database';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { runCommandOnce } from './command-once';
import type { CliIo } from './run-cli';

const USAGE = 'secbot calendar export [mine --as NAME | committee C | all] > file.ics';

/** `secbot calendar export …` writes a feed to stdout; `secbot calendar [reset]` runs the chat command as the operator. */
export function addCalendarCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const dataFile = () => program.opts<{ data?: string }>().data ?? io.env.SECBOT_DATA;
  const calendar = program
    .command('calendar')
    .description('calendar feed links (as the chat command), or "calendar export" to write a feed as .ics')
    .argument('[words...]', '"reset" revokes the operator\'s links')
    .action(async (words: string[]) => setExit(await linksOnce(words, dataFile(), io, program.opts<{ as?: string }>().as)));
  calendar
    .command('export')
    .description('write an iCalendar feed to standard output: mine (with --as), committee C, or all (default)')
    .argument('[scope...]', 'mine | committee C | all')
    .option('--as <name>', 'whose "mine" feed: a person in the directory')
    .action(async (scope: string[], opts: { as?: string }) => setExit(await exportFeed(scope, opts.as ?? program.opts<{ as?: string }>().as, dataFile(), io)));
}

/** Issuing or revoking links writes to the store; without a public URL `calendar` only explains how to set one. */
function linksOnce(words: string[], dataFile: string | undefined, io: CliIo, as: string | undefined): Promise<number> {
  const publicUrl = io.env.SECBOT_PUBLIC_URL?.trim().replace(/\/+$/, '') || undefined;
  const write = Boolean(publicUrl) || words[0]?.toLowerCase() === 'reset';
  return runCommandOnce(['calendar', ...words], { dataFile, json: false, write, ...(publicUrl ? { publicUrl } : {}), ...(as !== undefined ? { as } : {}) }, io);
}

async function exportFeed(scope: string[], as: string | undefined, dataFile: string | undefined, io: CliIo): Promise<number> {
  const data = await openData({ file: dataFile, allowDemo: true, readOnly: true, clock: io.clock, logger: silentLogger, ...cliDatabase(io, dataFile) });
  try {
    if (data.demo) io.stderr(`(no store file: exporting from ${data.description})\n`);
    const store = data.store.read();
    const grant = grantFor(store, scope, as);
    const calendar = createCalendar(await loadHolidayOverrides(io.env.SECBOT_HOLIDAYS_FILE), loadBankHolidayTable());
    io.stdout(toICal(buildFeed(store, grant, calendar)!, io.clock.now()));
    return 0;
  } catch (error) {
    if (!isUserError(error)) throw error;
    io.stderr(`${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    return 1;
  } finally {
    await data.close();
  }
}

function grantFor(data: Readonly<StoreData>, scope: string[], as: string | undefined): CalendarGrant {
  const [kind, ...rest] = scope.map((w) => w.toLowerCase());
  if (as !== undefined && kind !== 'mine') throw new UserError('--as goes with "mine".', `For example: secbot calendar export mine --as "Bradley Baker"`);
  if (!kind || (kind === 'all' && !rest.length)) return { kind: 'all' };
  if (kind === 'committee' && rest.length) return { kind: 'committee', committee: normaliseCommittee(scope.slice(1).join(' ')) };
  if (kind === 'mine' && !rest.length) return { kind: 'person', person: personCalled(data, as).id };
  throw new UserError(`"${scope.join(' ')}" is not a feed.`, `Usage: ${USAGE}`);
}

function personCalled(data: Readonly<StoreData>, name: string | undefined) {
  if (!name) {
    throw new UserError('From the command line "mine" needs to know who you are.', 'Name the person: secbot calendar export mine --as "Bradley Baker"; or export committee CSC, or all.');
  }
  const found = matchPeople(data, name);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new UserError(`"${name}" matches ${found.length} people: ${found.map((p) => describePerson(data, p)).join('; ')}.`, 'Use the full name.');
  throw new UserError(`No one called "${name.slice(0, 40)}" in the directory.`, '`npx secbot whoami` or the directory file lists the people.');
}
