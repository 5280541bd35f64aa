import { randomUUID } from 'node:crypto';
import type { Calendar } from '../../core/ports';
import type { DomainEvent, StoreData } from '../../../storage/schema';
import { calendarOr, isNews } from '../fact-dates';

/** Who, when and from where a change is made. Every operation takes one. */
export interface OperationMeta {
  /** Where the fact came from: "raise by slack:U123", "import CSC_12_2502-minutes.txt:88". */
  source: string;
  /** The instant of the change (ISO 8601): stamped on events and `updatedAt`. */
  at: string;
  /** Today's date in Europe/London (YYYY-MM-DD): the default for "on" dates. */
  today: string;
  /** The person recorded on action updates ("Jordan Crase", "slack:U123"); defaults to `source`. */
  actor?: string;
  /** Event ids; defaults to random UUIDs. Tests and importers may pass a deterministic one. */
  newId?: () => string;
  /** Working Days for due dates and for what is news; default England & Wales without local overrides. */
  calendar?: Calendar;
  /**
   * A document states the facts (the importer): a process rule it breaks becomes a warning and the fact
   * is recorded as stated. Typed commands, buttons and forms leave it unset: the rules refuse.
   */
  asStated?: boolean;
}

/** Build the meta for a change made now, e.g. by a command or a modal. */
export function operationMeta(input: { now: Date; today: string; source: string; actor?: string; calendar?: Calendar }): OperationMeta {
  return { source: input.source, at: input.now.toISOString(), today: input.today, ...(input.actor ? { actor: input.actor } : {}), ...(input.calendar ? { calendar: input.calendar } : {}) };
}

/** Append one domain event to the outbox; the notifier delivers it later. */
export function emitEvent(
  draft: StoreData,
  meta: OperationMeta,
  type: string,
  ref: string,
  data: Record<string, unknown>,
): DomainEvent {
  const event: DomainEvent = { id: meta.newId?.() ?? randomUUID(), type, at: meta.at, ref, data: compact({ ...data, source: meta.source }) };
  draft.outbox.push(event);
  return event;
}

/** Drop undefined values so events and entities stay plain JSON. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Announce a fact only when it is current (dated within a few Working Days): older facts are recorded and
 * shown in history, but no event is queued, so channels never get old news and the outbox stays small.
 */
export function emitNews(draft: StoreData, meta: OperationMeta, on: string, type: string, ref: string, data: Record<string, unknown>): DomainEvent | undefined {
  if (!isNews(on, meta.today, calendarOr(meta.calendar))) return undefined;
  return emitEvent(draft, meta, type, ref, data);
}
