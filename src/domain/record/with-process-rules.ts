import type { Calendar, Clock, StorePort } from '../../core/ports';
import { calendarOr } from '../fact-dates';
import { settleRecords } from './settle-records';

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
      settleRecords(draft, calendar.londonDate(options.clock.now()), calendar);
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
