import type { Caller } from '../core/caller';
import { changesData } from '../core/command';
import { isUserError } from '../core/errors';
import { errorReply, type Reply } from '../core/reply';
import { requirePersonByName } from '../../commands/support/directory-find';
import type { StoreData } from '../../storage/schema';
import { createRegistry } from '../core/registry';
import { renderText } from '../core/render-text';
import { silentLogger, type CommandServices, type StorePort } from '../core/ports';
import { quoteWord, tokenize } from '../core/tokenize';
import { allCommands } from '../../commands/index';
import { createCore, type Core } from '../create-core';
import { loadBankHolidayTable, loadHolidayOverrides } from '../load-holidays';
import { openData } from '../open-data';
import { cliDatabase } from './cli-database';
import { consoleCaller } from '../platforms/console/run-console';
import type { CliIo } from './run-cli';

export interface CommandOnceOptions {
  dataFile?: string;
  json: boolean;
  /** Open the store for writing even though the command is a read command (e.g. `calendar` issuing links). */
  write?: boolean;
  /** SECBOT_PUBLIC_URL, for commands that hand out links (calendar). */
  publicUrl?: string;
  /** Long-lived services for this one command (the reminder runner for `remind`), closed after it. */
  services?: (opened: { store: StorePort; core: Core; demo: boolean }) => Promise<{ services: CommandServices; close(): Promise<void> }>;
  /** `--as NAME`: run as this directory person instead of the operator. */
  as?: string;
}

/** Run one chat command as the operator: 0 on success, 1 when the reply is an error. */
export async function runCommandOnce(words: string[], options: CommandOnceOptions, io: CliIo): Promise<number> {
  const text = commandLineOf(words);
  const mutating = options.write ?? needsWriteAccess(text);
  const data = await openData({ file: options.dataFile, allowDemo: !mutating, readOnly: !mutating, clock: io.clock, logger: silentLogger, ...cliDatabase(io, options.dataFile) });
  try {
    if (data.demo) io.stderr(`(no store file: answering from ${data.description})\n`);
    const holidays = await loadHolidayOverrides(io.env.SECBOT_HOLIDAYS_FILE);
    const core = createCore({ store: data.store, clock: io.clock, logger: silentLogger, changeTeam: [], holidays, holidayTable: loadBankHolidayTable(), ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) });
    const extra = await options.services?.({ store: data.store, core, demo: data.demo });
    try {
      Object.assign(core.services, extra?.services);
      const caller = cliCaller(data.store.read(), options.as);
      const reply = 'kind' in caller ? caller : await core.dispatch({ text, caller });
      io.stdout(options.json ? `${JSON.stringify(reply, null, 2)}\n` : `${renderText(reply)}\n`);
      return reply.kind === 'error' ? 1 : 0;
    } finally {
      await extra?.close();
    }
  } finally {
    await data.close();
  }
}

/**
 * Who runs the command: the operator (change-team rights; `mine` is whoever `secbot link "Name"` linked to
 * cli:operator), or with `--as NAME` that directory person, with their rights.
 */
function cliCaller(data: Readonly<StoreData>, as: string | undefined): Caller | Reply {
  const operator: Caller = { ...consoleCaller, platform: 'cli' };
  if (as === undefined) return operator;
  try {
    const person = requirePersonByName(data, as);
    return { platform: 'cli', id: `as:${person.id}`, name: person.name, person: person.id, address: operator.address! };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return errorReply(`--as: ${error.message}`, `${error.hint ?? ''} — e.g. npx secbot --as "Gemma Slaney" actions mine`);
  }
}

/**
 * The shell's words as one command line. A single argument is the whole line, as the CLI's help shows
 * (`secbot "status DP096"`); otherwise each argument is one word, quoted again when it has spaces or quotes.
 */
export function commandLineOf(words: readonly string[]): string {
  return words.length === 1 ? words[0]! : words.map(quoteWord).join(' ');
}

/** Change commands take the store's write lock; read commands open it read-only and work beside the bot. */
function needsWriteAccess(text: string): boolean {
  try {
    const command = createRegistry(allCommands).match(tokenize(text))?.command;
    return command ? changesData(command) : false;
  } catch {
    return false;
  }
}
