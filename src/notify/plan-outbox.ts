import type { Delivery } from '../../storage/schema';
import type { Outgoing } from './deliverer';
import { eventTargets, type TargetContext } from './event-targets';
import { isDue } from './ledger';

/** New deliveries are only started for events this recent; older ones are only retried. */
const FAN_OUT_WINDOW_MS = 14 * 86_400_000;

/**
 * Every outbox delivery due now: events × the channels (or people) they go to, minus what the ledger
 * says is delivered, unreachable or waiting for its next attempt.
 */
export function planOutbox(ctx: TargetContext, now: Date, inFlight: ReadonlySet<string>): Outgoing[] {
  const ledger = new Map<string, Delivery>(ctx.data.deliveries.map((d) => [d.key, d]));
  const due: Outgoing[] = [];
  for (const event of ctx.data.outbox) {
    const recent = now.getTime() - Date.parse(event.at) <= FAN_OUT_WINDOW_MS;
    for (const target of eventTargets(event, ctx)) {
      const delivery = ledger.get(target.key);
      if (delivery ? !isDue(delivery, now.getTime(), inFlight) : !recent) continue;
      due.push({ key: target.key, address: target.address, reply: target.reply() });
    }
  }
  return due;
}
