import type { AccessPolicy } from './access';
import type { Caller } from './caller';
import type { Calendar, Clock, CommandServices, Logger, StorePort } from './ports';
import type { Reply } from './reply';
import type { StoreData } from '../../storage/schema';
import type { CommandRegistry } from './registry';
import type { TypedWord } from './tokenize';

/** Everything a command may use. Commands never see a chat SDK, lowdb, node-cron or process.env. */
export interface CommandContext {
  caller: Caller;
  store: StorePort;
  clock: Clock;
  calendar: Calendar;
  logger: Logger;
  access: AccessPolicy;
  registry: CommandRegistry;
  /** The full command line, for the audit log. */
  commandLine: string;
  /** A transaction recorded in the audit log as this caller running this command line. */
  transact<T>(mutate: (draft: StoreData) => T): Promise<T>;
  /** Long-lived services (e.g. the reminder runner) when the composition root provides them. */
  services?: CommandServices;
}

/**
 * "read": everyone. "change": the change team; the dispatcher refuses anyone else before parsing.
 * "change-or-owner": the change team or the owner of the item the command acts on. The dispatcher lets
 * every caller through, because only the command knows the item: run() must call a check such as
 * requireChangeOrOwner (commands/support) before changing anything.
 */
export type CommandAccess = 'read' | 'change' | 'change-or-owner';

/** True for commands that may change data (they need the store's write lock). */
export function changesData(command: Pick<AnyCommand, 'access' | 'writes'>): boolean {
  return command.access !== 'read' || command.writes === true;
}

export type CommandGroup = 'Proposals' | 'Actions' | 'Consultations' | 'Changes' | 'Notifications' | 'Admin' | 'Help';

export interface CommandSpec<Args = unknown> {
  /** One or more words: "status", "action close". The longest matching name wins. */
  name: string;
  aliases?: readonly string[];
  group: CommandGroup;
  summary: string;
  /** e.g. "status REF". */
  usage: string;
  examples: readonly string[];
  /** Who may run it; see CommandAccess. */
  access: CommandAccess;
  /**
   * A 'read' command that still records something for its caller (a link, a "Not mine", calendar links):
   * the command line opens the store for writing to run it.
   */
  writes?: boolean;
  /**
   * Turn the words after the name into typed arguments; throw UserError with an example on bad input.
   * `typed` holds the same words with whether each was quoted, for grammars that mix free text and options.
   */
  parse(args: readonly string[], typed: readonly TypedWord[]): Args;
  run(args: Args, ctx: CommandContext): Reply | Promise<Reply>;
}

/** Declare a command; keeps Args inferred from `parse`. */
export function defineCommand<Args>(spec: CommandSpec<Args>): CommandSpec<Args> {
  return spec;
}

export type AnyCommand = CommandSpec<any>;
