import { afterEach, describe, expect, it } from 'vitest';
import { addressKey } from '../../src/core/address';
import type { StorePort } from '../../src/core/ports';
import { openStore } from '../../storage/file-store';
import { createTempStore, type TempStore } from '../support/temp-store';
import { createHarness } from './support/notifier-harness';
import { dpRaised, notifyData } from './support/notify-data';

/** The process "dies" after `allowed` transactions: the claim is saved, the outcomes never are. */
function crashAfter(store: StorePort, allowed: number): StorePort {
  let count = 0;
  return {
    read: () => store.read(),
    auditOf: (refs) => store.auditOf(refs),
    transact: (meta, mutate) => (++count > allowed ? Promise.reject(new Error('process killed')) : store.transact(meta, mutate)),
  };
}

/** A platform that remembers the ledger keys of what it delivered and answers `delivered` from them (as Slack's history does). */
function rememberKeys(harness: ReturnType<typeof createHarness>, keys: Map<string, string>) {
  const send = harness.slack.send.bind(harness.slack);
  harness.slack.send = async (address, reply, key) => {
    const result = await send(address, reply, key);
    if (result.ok && key) keys.set(key, addressKey(address));
    return result;
  };
  harness.slack.delivered = async (address, key) => keys.get(key) === addressKey(address);
}

describe('a delivery interrupted between sending and recording (the sender was killed)', () => {
  let temp: TempStore | undefined;
  afterEach(async () => temp?.cleanup());

  it('is not sent again when the platform shows it arrived, and is recorded as sent', async () => {
    temp = await createTempStore(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    const keys = new Map<string, string>();
    const dying = createHarness(notifyData(), { store: crashAfter(temp.store, 1) });
    rememberKeys(dying, keys);
    await dying.notifier.flushOutbox();
    expect(dying.slack.sent).toHaveLength(2);
    await temp.store.close();
    temp.store = await openStore({ file: temp.file });
    expect(temp.store.read().deliveries.map((d) => d.status)).toEqual(['pending', 'pending']);
    const next = createHarness(notifyData(), { store: temp.store });
    rememberKeys(next, keys);
    await next.notifier.flushOutbox();
    expect(next.slack.sent).toHaveLength(0);
    expect(temp.store.read().deliveries.map((d) => d.status)).toEqual(['sent', 'sent']);
  });

  it('is sent when the platform shows it did not arrive (killed before the send)', async () => {
    temp = await createTempStore(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    const dying = createHarness(notifyData(), { store: crashAfter(temp.store, 1) });
    dying.slack.behave(() => {
      throw new Error('killed mid-send');
    });
    await dying.notifier.flushOutbox();
    await temp.store.close();
    temp.store = await openStore({ file: temp.file });
    const next = createHarness(notifyData(), { store: temp.store });
    rememberKeys(next, new Map());
    await next.notifier.flushOutbox();
    expect(next.slack.sent.map((m) => m.to).sort()).toEqual(['slack:T1:C_CSC', 'slack:T1:C_OPSG']);
  });
});
