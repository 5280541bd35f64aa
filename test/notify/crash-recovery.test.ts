import { afterEach, describe, expect, it } from 'vitest';
import type { StorePort } from '../../src/core/ports';
import { openStore } from '../../storage/file-store';
import { createTempStore, type TempStore } from '../support/temp-store';
import { createHarness } from './support/notifier-harness';
import { dpRaised, notifyData } from './support/notify-data';

/** The process "dies" after `allowed` transactions: later writes never reach the disk. */
function crashAfter(store: StorePort, allowed: number): StorePort {
  let count = 0;
  return {
    read: () => store.read(),
    auditOf: (refs) => store.auditOf(refs),
    transact(meta, mutate) {
      count++;
      if (count > allowed) return Promise.reject(new Error('process killed'));
      return store.transact(meta, mutate);
    },
  };
}

describe('a crash between sending and writing the ledger (file store)', () => {
  let temp: TempStore | undefined;
  afterEach(async () => temp?.cleanup());

  it('sends each message at most once more after a restart, then never again', async () => {
    temp = await createTempStore(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    // Run 1: the claim ("pending") is written, the messages go out, then the process dies before recording them.
    const before = createHarness(notifyData(), { store: crashAfter(temp.store, 1) });
    await before.notifier.flushOutbox();
    expect(before.slack.sent).toHaveLength(2);
    await temp.store.close();
    const onDisk = await openStore({ file: temp.file, readOnly: true });
    expect(onDisk.read().deliveries.map((d) => d.status)).toEqual(['pending', 'pending']);
    await onDisk.close();

    // Run 2: a restarted bot on the same file resends the two pending ones once, and records them.
    const reopened = await openStore({ file: temp.file });
    temp.store = reopened;
    const after = createHarness(notifyData(), { store: reopened });
    await after.notifier.flushOutbox();
    await after.notifier.flushOutbox();
    expect(after.slack.sent.map((m) => m.to).sort()).toEqual(['slack:T1:C_CSC', 'slack:T1:C_OPSG']);
    expect(reopened.read().deliveries.map((d) => d.status)).toEqual(['sent', 'sent']);
  });

  it('does not resend anything after a clean restart', async () => {
    temp = await createTempStore(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    const first = createHarness(notifyData(), { store: temp.store });
    await first.notifier.flushOutbox();
    await temp.store.close();
    temp.store = await openStore({ file: temp.file });
    const second = createHarness(notifyData(), { store: temp.store });
    await second.notifier.flushOutbox();
    expect(first.slack.sent).toHaveLength(2);
    expect(second.slack.sent).toHaveLength(0);
  });

  it('a crash after claiming but before sending loses nothing: the restart sends it once', async () => {
    temp = await createTempStore(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    const dying = createHarness(notifyData(), { store: crashAfter(temp.store, 1) });
    dying.slack.behave(() => {
      throw new Error('killed mid-send');
    });
    await dying.notifier.flushOutbox();
    await temp.store.close();
    temp.store = await openStore({ file: temp.file });
    const restarted = createHarness(notifyData(), { store: temp.store });
    await restarted.notifier.flushOutbox();
    expect(dying.slack.sent).toHaveLength(0);
    expect(restarted.slack.sent).toHaveLength(2);
  });
});
