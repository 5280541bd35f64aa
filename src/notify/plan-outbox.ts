import type { DomainEvent } from '../../storage/schema';
import type { Outgoing } from './deliverer';
import { eventTargets, type TargetContext } from './event-targets';
import { FAN_OUT_WINDOW_DAYS, isDue, isSettled } from './ledger';
import { createLedgerIndex, type LedgerIndex } from './ledger-index';

const FAN_OUT_WINDOW_MS = FAN_OUT_WINDOW_DAYS * 86_400_000;

export type OutboxPlanner = ((ctx: TargetContext, now: Date, inFlight: ReadonlySet<string>) => Outgoing[]) & {
  /** How many event ids the planner remembers as already looked at: bounded by the outbox, not by the years. */
  remembered(): number;
};

/**
 * Plans outbox deliveries from an in-memory set of open events (recent, or with a delivery not yet
 * settled), updated from what changed since the last flush: a flush looks at new events and open
 * ones, never at the whole outbox and ledger (which hold up to a retention period of history).
 */
export function createOutboxPlanner(): OutboxPlanner {
  const ledger = createLedgerIndex();
  const open = new Map<string, DomainEvent>();
  const seen = new Set<string>();
  let lastOutbox: readonly DomainEvent[] | undefined;

  const track = (outbox: readonly DomainEvent[], now: number, index: LedgerIndex) => {
    if (outbox === lastOutbox) return;
    const unsettled = lastOutbox ? undefined : unsettledSubjects(index);
    // New events are appended: walk back from the end to the first one already seen.
    for (let i = outbox.length - 1; i >= 0; i--) {
      const event = outbox[i]!;
      if (seen.has(event.id)) break;
      seen.add(event.id);
      if (isRecent(event, now) || !unsettled || unsettled.has(event.id) || unsettled.has(String(event.data.ref ?? event.ref))) open.set(event.id, event);
    }
    // Retention drops old events from the outbox; forget their ids too, or a bot that runs for years
    // remembers one per change it ever made. Rebuilt at most once per outbox-length of new events.
    if (seen.size > 2 * outbox.length) {
      seen.clear();
      for (const event of outbox) seen.add(event.id);
    }
    lastOutbox = outbox;
  };

  const plan = (ctx: TargetContext, now: Date, inFlight: ReadonlySet<string>): Outgoing[] => {
    const index = ledger.sync(ctx.data.deliveries);
    track(ctx.data.outbox, now.getTime(), index);
    const due: Outgoing[] = [];
    for (const event of open.values()) {
      const recent = isRecent(event, now.getTime());
      let pending = false;
      for (const target of eventTargets(event, ctx)) {
        const delivery = index.get(target.key);
        if (!isSettled(delivery) && (delivery || recent)) pending = true;
        if (delivery ? !isDue(delivery, now.getTime(), inFlight) : !recent) continue;
        due.push({ key: target.key, address: target.address, reply: target.reply() });
      }
      if (!pending) open.delete(event.id);
    }
    return due;
  };
  return Object.assign(plan, { remembered: () => seen.size });
}

const isRecent = (event: DomainEvent, now: number) => now - Date.parse(event.at) <= FAN_OUT_WINDOW_MS;

/** Event ids and DP references named by unsettled ledger keys ("event:<id>:…", "new-dp:<ref>:…"). */
function unsettledSubjects(index: LedgerIndex): Set<string> {
  const subjects = new Set<string>();
  for (const key of index.open) {
    const match = /^(?:event|new-dp):([^:]+):/.exec(key);
    if (match) subjects.add(match[1]!);
  }
  return subjects;
}
