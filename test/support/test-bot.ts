import { createAccessPolicy } from '../../src/core/access';
import type { Caller } from '../../src/core/caller';
import { createDispatcher, type Dispatch } from '../../src/core/dispatch';
import { createPermits, type Permits } from '../../src/core/permits';
import { isOwnerOfNamedAction } from '../../commands/support/owner-permit';
import type { AnyCommand } from '../../src/core/command';
import type { Clock, StorePort } from '../../src/core/ports';
import { silentLogger } from '../../src/core/ports';
import { createRegistry } from '../../src/core/registry';
import { createCalendar } from '../../src/domain/calendar';
import { allCommands } from '../../commands/index';
import { createMemoryStore } from '../../storage/memory-store';
import { withProcessRules } from '../../src/domain/record/with-process-rules';
import { emptyStore, type StoreData } from '../../storage/schema';

export interface TestBotOptions {
  data?: StoreData;
  /** A fixed instant for the fake clock; defaults to Tuesday 22 Aug 2023 10:00 London. */
  now?: string;
  changeTeam?: string[];
  store?: StorePort;
  commands?: AnyCommand[];
}

export interface TestBot {
  dispatch: Dispatch;
  /** The same permission rules as dispatch, asked before a click. */
  permits: Permits;
  store: StorePort;
  clock: Clock & { set(iso: string): void };
  /** Run a command as the console operator and return the rendered reply. */
  run(text: string, caller?: Caller): ReturnType<Dispatch>;
}

export const operator: Caller = { platform: 'console', id: 'operator', operator: true };
export const stranger: Caller = { platform: 'slack', id: 'U_STRANGER', name: 'stranger' };

/** The real dispatch with every command, a fake clock and (by default) an in-memory store. */
export function createTestBot(options: TestBotOptions = {}): TestBot {
  let now = new Date(options.now ?? '2023-08-22T09:00:00Z');
  const clock = { now: () => new Date(now), set: (iso: string) => void (now = new Date(iso)) };
  const store = withProcessRules(options.store ?? createMemoryStore(options.data ?? emptyStore(), clock.now), { clock });
  const registry = createRegistry(options.commands ?? allCommands);
  const access = createAccessPolicy(options.changeTeam ?? []);
  const dispatch = createDispatcher({ registry, store, clock, calendar: createCalendar(), logger: silentLogger, access });
  const permits = createPermits({ registry, store, access, isOwner: isOwnerOfNamedAction });
  return { dispatch, permits, store, clock, run: (text, caller = operator) => dispatch({ text, caller }) };
}
