import type { Calendar, Clock, StorePort } from '../../core/ports';
import { calendarOr } from '../fact-dates';
import { settleRecords } from './settle-records';

const hasWarnings = (value: unknown): value is { warnings: string[] } => typeof value === 'object' && value !== null && Array.isArray((value as { warnings?: unknown }).warnings);

/**
 * The store every command, button, form and import writes through: each transaction's changed proposal
 * records are replayed through the SEC process rules before anything is saved (settleRecords). There is
 * no way around it: the composition root wraps the store once.
 */
export function withProcessRules<S extends StorePort>(store: S, options: { clock: Clock; calendar?: Calendar }): S {
  const calendar = calendarOr(options.calendar);
  const transact: StorePort['transact'] = (meta, mutate) =>
    store.transact(meta, (draft) => {
      const result = mutate(draft);
      const warnings = settleRecords(draft, calendar.londonDate(options.clock.now()), calendar);
      // Unusual steps the replay accepted (a send-back, a reopening) are said out loud in the reply.
      if (warnings.length && hasWarnings(result)) result.warnings.push(...warnings.filter((w) => !result.warnings.includes(w)));
      return result;
    });
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'transact') return transact;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
