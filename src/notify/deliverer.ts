import { addressKey, type Address } from '../core/address';
import type { Clock, Logger, Messenger, SendResult, StorePort } from '../core/ports';
import type { Reply } from '../core/reply';
import { claimDeliveries, retryDelay, type Outcome } from './ledger';
import { createLedgerWriter, NOTIFIER_META } from './ledger-writer';
import { createLimiter, realSleep, type Sleep } from './limiter';

/** A message to deliver exactly once under `key`. */
export interface Outgoing {
  key: string;
  address: Address;
  reply: Reply;
}

export interface DeliveryReport {
  sent: number;
  failed: { key: string; error: string }[];
  unreachable: { key: string; error: string }[];
  /** Already delivered, given up, or being sent by another run. */
  skipped: number;
}

export interface DelivererOptions {
  store: StorePort;
  messengers: readonly Messenger[];
  clock: Clock;
  logger: Logger;
  sleep?: Sleep;
  /** Gap between two messages to one channel: Slack allows about one per second. Default 1000. */
  channelIntervalMs?: number;
  /** Longest rate-limit wait inside a run; longer ones are left to a later flush. Default 30 s. */
  maxWaitMs?: number;
  /** Tries per message within one run before it is left to a later flush. Default 5. */
  attemptsPerRun?: number;
  /** Sends in flight at once across all channels. Default 16. */
  concurrency?: number;
}

export type Deliverer = (items: readonly Outgoing[]) => Promise<DeliveryReport>;

const NOT_CONFIGURED_RETRY_MS = 60 * 60_000;

/**
 * Claims the due messages on the ledger (`pending`), sends them channel by channel with pacing and
 * Retry-After, and records each outcome. Channels are independent; one channel's messages stay in order.
 */
export function createDeliverer(options: DelivererOptions, inFlight: Set<string> = new Set()): Deliverer {
  const sleep = options.sleep ?? realSleep;
  const interval = options.channelIntervalMs ?? 1000;
  const maxWait = options.maxWaitMs ?? 30_000;
  const perRun = options.attemptsPerRun ?? 5;
  const limit = createLimiter(options.concurrency ?? 16);
  const writer = createLedgerWriter(options.store, options.clock);
  const now = (): number => options.clock.now().getTime();

  return async (items) => {
    const recipients = new Map(items.map((i) => [i.key, addressKey(i.address)]));
    const resumed = claimedBefore(options.store, items, inFlight);
    const claimed = await options.store.transact(NOTIFIER_META, (draft) =>
      claimDeliveries(draft, items.map((i) => ({ key: i.key, recipient: recipients.get(i.key)! })), options.clock.now(), inFlight),
    );
    const report: DeliveryReport = { sent: 0, failed: [], unreachable: [], skipped: items.length - claimed.size };
    const channels = new Map<string, Outgoing[]>();
    for (const item of items) {
      if (!claimed.delete(item.key)) continue; // not due, or a second item with the same key
      const channel = recipients.get(item.key)!;
      if (!channels.has(channel)) channels.set(channel, []);
      channels.get(channel)!.push(item);
    }
    await Promise.all([...channels.values()].map((queue) => sendChannel(queue, report, resumed)));
    return report;
  };

  async function sendChannel(queue: readonly Outgoing[], report: DeliveryReport, resumed: ReadonlyMap<string, Date>): Promise<void> {
    let nextAt = 0;
    let stop: Outcome | undefined;
    for (const item of queue) {
      let attempts = 0;
      let outcome = stop;
      // Claimed by a process that died before recording it: if the platform shows it went out, do not send it twice.
      const since = resumed.get(item.key);
      if (!outcome && since && (await deliveredAlready(item, since))) outcome = { status: 'sent' };
      while (!outcome) {
        if (nextAt > now()) await sleep(nextAt - now());
        attempts++;
        const result = await limit(() => send(item));
        nextAt = now() + interval;
        if (result.ok) outcome = { status: 'sent' };
        else if (result.reason === 'unreachable') outcome = stop = { status: 'unreachable', error: result.error };
        else {
          const delay = retryDelay(attempts, result.retryAfterMs);
          nextAt = Math.max(nextAt, now() + delay);
          if (attempts >= perRun || delay > maxWait) outcome = stop = { status: 'failed', error: result.error, retryAt: new Date(now() + delay) };
        }
      }
      await finish(item, outcome, attempts, report);
    }
  }

  async function send(item: Outgoing): Promise<SendResult> {
    const messenger = options.messengers.find((m) => m.platform === item.address.platform);
    if (!messenger) {
      return { ok: false, reason: 'transient', error: `${item.address.platform} is not connected (no messenger configured)`, retryAfterMs: NOT_CONFIGURED_RETRY_MS };
    }
    try {
      return await messenger.send(item.address, item.reply, item.key);
    } catch (error) {
      return { ok: false, reason: 'transient', error: `send failed: ${(error as Error).message}` };
    }
  }

  async function deliveredAlready(item: Outgoing, since: Date): Promise<boolean> {
    const messenger = options.messengers.find((m) => m.platform === item.address.platform);
    try {
      return (await messenger?.delivered?.(item.address, item.key, since)) === true;
    } catch (error) {
      options.logger.warn({ key: item.key, err: { message: (error as Error).message } }, 'could not check whether an interrupted delivery went out; sending it');
      return false;
    }
  }

  async function finish(item: Outgoing, outcome: Outcome, attempts: number, report: DeliveryReport): Promise<void> {
    if (outcome.status === 'sent') report.sent++;
    else (outcome.status === 'unreachable' ? report.unreachable : report.failed).push({ key: item.key, error: outcome.error });
    try {
      await writer.record({ key: item.key, outcome, attempts }, addressKey(item.address));
    } catch (error) {
      options.logger.error({ err: error, key: item.key }, 'could not record a delivery; it may be sent once more');
    } finally {
      inFlight.delete(item.key);
    }
  }
}

/** Deliveries left `pending` by a process that died mid-delivery (not this one's in flight), with when they were claimed. */
function claimedBefore(store: StorePort, items: readonly Outgoing[], inFlight: ReadonlySet<string>): Map<string, Date> {
  const wanted = new Set(items.map((i) => i.key));
  const resumed = new Map<string, Date>();
  for (const d of store.read().deliveries) if (d.status === 'pending' && wanted.has(d.key) && !inFlight.has(d.key)) resumed.set(d.key, new Date(d.at));
  return resumed;
}
