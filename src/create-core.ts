import { allCommands } from '../commands/index';
import { createAccessPolicy } from './core/access';
import { createDispatcher, type Dispatch } from './core/dispatch';
import { createPermits, type Permits } from './core/permits';
import { isOwnerOfNamedAction } from '../commands/support/owner-permit';
import type { Calendar, Clock, CommandServices, Logger, StorePort } from './core/ports';
import { createRegistry, type CommandRegistry } from './core/registry';
import { createCalendar, type BankHolidayTable, type HolidayOverrides } from './domain/calendar';

export interface CoreOptions {
  store: StorePort;
  clock: Clock;
  logger: Logger;
  changeTeam: readonly string[];
  holidays: HolidayOverrides;
  /** Precomputed England & Wales bank holidays (see load-holidays.ts); the library answers otherwise. */
  holidayTable?: BankHolidayTable;
  /** SECBOT_PUBLIC_URL: calendar feed links point here. */
  publicUrl?: string;
}

export interface Core {
  dispatch: Dispatch;
  registry: CommandRegistry;
  calendar: Calendar;
  /**
   * Long-lived services handed to commands (e.g. the reminder runner). Filled in after the platforms
   * start, because the notifier needs their messengers and they need dispatch.
   */
  services: CommandServices;
  /** Whether a caller may run a command line: platforms show each person only the buttons they can use. */
  permits: Permits;
}

/** The platform-neutral bot: registry of every command, calendar, access policy and dispatch. */
export function createCore(options: CoreOptions): Core {
  const registry = createRegistry(allCommands);
  const calendar = createCalendar(options.holidays, options.holidayTable);
  const services: CommandServices = options.publicUrl ? { publicUrl: options.publicUrl } : {};
  const access = createAccessPolicy(options.changeTeam);
  const dispatch = createDispatcher({ registry, store: options.store, clock: options.clock, calendar, logger: options.logger, access, services });
  const permits = createPermits({ registry, store: options.store, access, isOwner: isOwnerOfNamedAction });
  return { dispatch, registry, calendar, services, permits };
}
