import { randomUUID } from 'node:crypto';
import type { AccessPolicy } from './access';
import type { Caller } from './caller';
import { callerKey } from './caller';
import type { CommandContext } from './command';
import { isUserError, PermissionError, UserError } from './errors';
import type { Calendar, Clock, CommandServices, Logger, StorePort } from './ports';
import type { CommandRegistry } from './registry';
import type { Reply } from './reply';
import { errorReply } from './reply';
import { closest } from './suggest';
import { tokenizeWords, type TypedWord } from './tokenize';

export interface DispatchDeps {
  registry: CommandRegistry;
  store: StorePort;
  clock: Clock;
  calendar: Calendar;
  logger: Logger;
  access: AccessPolicy;
  /** Handed to commands as ctx.services (e.g. the notifier's reminder runner). */
  services?: CommandServices;
}

export interface Invocation {
  text: string;
  caller: Caller;
}

export type Dispatch = (invocation: Invocation) => Promise<Reply>;

const MAX_COMMAND_LENGTH = 4000;

/** The one entry point for every platform. It never throws: every outcome is a Reply. */
export function createDispatcher(deps: DispatchDeps): Dispatch {
  return async ({ text, caller }) => {
    const correlationId = randomUUID().slice(0, 8);
    const logger = deps.logger.child({ correlationId, caller: callerKey(caller) });
    try {
      return await runCommandLine(text, caller, deps, logger);
    } catch (error) {
      if (isUserError(error)) return errorReply(error.message, error.hint);
      logger.error({ err: error, command: text.slice(0, 200) }, 'command failed');
      return errorReply(`Something went wrong on our side (reference ${correlationId}).`, 'Nothing was changed. Try again, or tell the change team this reference.');
    }
  };
}

async function runCommandLine(text: string, caller: Caller, deps: DispatchDeps, logger: Logger): Promise<Reply> {
  if (text.length > MAX_COMMAND_LENGTH) {
    throw new UserError(`That command is ${text.length} characters long; the limit is ${MAX_COMMAND_LENGTH}.`, 'Shorten the text, e.g. put long notes in an action update.');
  }
  const typed = tokenizeWords(text.trim());
  const words = typed.map((w) => w.text);
  if (words.length === 0) return runNamed('help', [], [], text, caller, deps, logger);
  const match = deps.registry.match(words);
  if (!match) {
    const family = subCommandNames(words[0]!, deps.registry);
    // A bare `remind` is a question about its sub-commands: answer with their help.
    if (family.length && words.length === 1) return runNamed('help', words, typed, text, caller, deps, logger);
    if (family.length) throw new UserError(`I don't know "${words.slice(0, 2).join(' ').slice(0, 40)}". ${words[0]} has: ${family.join(', ')}.`, `Type "help ${words[0]}" for what each does.`);
    throw unknownCommand(words[0]!, deps.registry);
  }
  return runNamed(match.command.name, match.args, typed.slice(words.length - match.args.length), text, caller, deps, logger);
}

async function runNamed(name: string, args: string[], typed: readonly TypedWord[], text: string, caller: Caller, deps: DispatchDeps, logger: Logger): Promise<Reply> {
  const command = deps.registry.get(name);
  if (!command) throw unknownCommand(name, deps.registry);
  // 'change-or-owner' commands check the owner themselves once they know the item (see CommandAccess).
  if (command.access === 'change' && !deps.access.canChange(caller, deps.store.read())) {
    throw new PermissionError(`You can't run "${command.name}": ${deps.access.whoCan()}`, `Read-only commands still work, e.g. status DP096.`);
  }
  const parsed = command.parse(args, typed);
  const commandLine = text.trim();
  const ctx: CommandContext = {
    caller,
    store: deps.store,
    clock: deps.clock,
    calendar: deps.calendar,
    logger,
    access: deps.access,
    registry: deps.registry,
    commandLine,
    transact: (mutate) => deps.store.transact({ actor: callerKey(caller), command: commandLine }, mutate),
    ...(deps.services ? { services: deps.services } : {}),
  };
  logger.debug({ command: command.name }, 'running command');
  return command.run(parsed, ctx);
}

function subCommandNames(word: string, registry: CommandRegistry): string[] {
  const prefix = `${word.toLowerCase()} `;
  return registry.names().filter((name) => name.toLowerCase().startsWith(prefix));
}

function unknownCommand(word: string, registry: CommandRegistry): UserError {
  const firstWords = [...new Set(registry.all().flatMap((c) => [c.name, ...(c.aliases ?? [])]).map((n) => n.split(' ')[0]!))];
  const guesses = closest(word, firstWords);
  const guess = guesses.length ? ` Did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?` : '';
  return new UserError(`I don't know the command "${word.slice(0, 40)}".${guess}`, 'Type "help" for the list of commands, or "help status" for one.');
}
