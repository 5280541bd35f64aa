import type { AccessPolicy } from './access';
import type { Caller } from './caller';
import type { StorePort } from './ports';
import type { CommandRegistry } from './registry';
import { tokenize } from './tokenize';
import type { StoreData } from '../../storage/schema';

/** Whether `caller` may run `commandLine`: used to show each person only the buttons they can use. */
export type Permits = (commandLine: string, caller: Caller) => boolean;

export interface PermitsDeps {
  registry: CommandRegistry;
  store: StorePort;
  access: AccessPolicy;
  /** For 'change-or-owner' commands: is the caller the owner of the item the words name? */
  isOwner(args: readonly string[], caller: Caller, data: Readonly<StoreData>, command: string): boolean;
}

/** The same rules as dispatch, asked before a click instead of after it. Unknown commands are not shown. */
export function createPermits(deps: PermitsDeps): Permits {
  return (commandLine, caller) => {
    const match = deps.registry.match(tokenize(commandLine.trim()));
    if (!match) return false;
    if (match.command.access === 'read') return true;
    const data = deps.store.read();
    if (deps.access.canChange(caller, data)) return true;
    return match.command.access === 'change-or-owner' && deps.isOwner(match.args, caller, data, match.command.name);
  };
}
