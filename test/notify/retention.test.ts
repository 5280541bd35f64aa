import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config';
import type { Delivery, DomainEvent } from '../../storage/schema';
import { createHarness } from './support/notifier-harness';
import { dpRaised, notifyData } from './support/notify-data';

const sent = (key: string, at: string): Delivery => ({ key, recipient: 'slack:T1:C_CSC', status: 'sent', attempts: 1, at });

describe('ledger retention and open events', () => {
  it('on start, drops delivered keys and events older than the retention period, keeps recent ones and anything pending', async () => {
    const data = notifyData({
      outbox: [dpRaised('old', 'DP101', '2022-01-10T09:00:00Z'), dpRaised('recent', 'DP120', '2023-08-22T07:30:00Z')],
      deliveries: [
        sent('event:old:slack:T1:C_CSC', '2022-01-10T09:00:00Z'),
        { key: 'event:retrying:slack:T1:C_CSC', recipient: 'slack:T1:C_CSC', status: 'failed', attempts: 2, at: '2022-01-10T09:00:00Z', nextAttemptAt: '2023-08-22T10:00:00Z' },
        sent('event:kept:slack:T1:C_CSC', '2023-05-01T09:00:00Z'),
      ],
    });
    const { notifier, store } = createHarness(data, { config: { ledgerRetentionDays: 400, flushIntervalMs: 60_000 } });
    notifier.start();
    await notifier.stop();
    expect(store.read().outbox.map((e) => e.id)).toEqual(['recent']);
    expect(store.read().deliveries.map((d) => d.key)).toEqual(expect.arrayContaining(['event:retrying:slack:T1:C_CSC', 'event:kept:slack:T1:C_CSC']));
    expect(store.read().deliveries.map((d) => d.key)).not.toContain('event:old:slack:T1:C_CSC');
  });

  it('keys of messages planned for one date (reminders, run markers) are kept two weeks, not the whole retention period', async () => {
    // Today is Tue 22 Aug 2023: 1 Aug is three weeks back, 14 Aug eight days.
    const data = notifyData({
      deliveries: [
        sent('reminder:2023-08-01:owner:p1', '2023-08-01T08:00:00Z'),
        sent('run:reminders:2023-08-01', '2023-08-01T08:00:00Z'),
        sent('reminder:2023-08-14:digest:slack:T1:C_CSC', '2023-08-14T08:00:00Z'),
        sent('new-dp:DP101:slack:T1:C_CSC', '2023-08-01T08:00:00Z'),
      ],
    });
    const { notifier, store } = createHarness(data, { config: { ledgerRetentionDays: 400, flushIntervalMs: 60_000 } });
    notifier.start();
    await notifier.stop();
    const keys = store.read().deliveries.map((d) => d.key);
    expect(keys).toEqual(expect.arrayContaining(['reminder:2023-08-14:digest:slack:T1:C_CSC', 'new-dp:DP101:slack:T1:C_CSC']));
    expect(keys).not.toContain('reminder:2023-08-01:owner:p1');
    expect(keys).not.toContain('run:reminders:2023-08-01');
  });

  it('events nobody is told of (action updates, …) are kept two weeks; announced ones the whole retention period', async () => {
    // Today is Tue 22 Aug 2023: 1 Aug is three weeks back, 14 Aug eight days.
    const event = (id: string, type: string, at: string): DomainEvent => ({ id, type, at, ref: 'CSC 12/01', data: { ref: 'CSC 12/01' } });
    const data = notifyData({
      outbox: [
        event('old-update', 'action.updated', '2023-08-01T09:00:00Z'),
        event('old-disowned', 'action.disowned', '2023-08-01T09:00:00Z'),
        dpRaised('old-dp', 'DP101', '2023-08-01T09:00:00Z'),
        event('recent-update', 'action.updated', '2023-08-14T09:00:00Z'),
      ],
    });
    const { notifier, store } = createHarness(data, { config: { ledgerRetentionDays: 400, flushIntervalMs: 60_000 } });
    notifier.start();
    await notifier.stop();
    expect(store.read().outbox.map((e) => e.id)).toEqual(['old-disowned', 'old-dp', 'recent-update']);
  });

  it('an event is delivered once; later flushes neither resend it nor fail when nothing is open', async () => {
    const { notifier, slack } = createHarness(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    expect((await notifier.flushOutbox()).sent).toBe(2);
    expect((await notifier.flushOutbox()).sent).toBe(0);
    expect(slack.sent).toHaveLength(2);
  });

  it('a new event after earlier ones were settled is picked up by the next flush', async () => {
    const { notifier, slack, store } = createHarness(notifyData({ outbox: [dpRaised('e1', 'DP120', '2023-08-22T07:30:00Z')] }));
    await notifier.flushOutbox();
    await store.transact({ actor: 'test', command: 'raise' }, (d) => void d.outbox.push(dpRaised('e2', 'DP121', '2023-08-22T07:45:00Z')));
    expect((await notifier.flushOutbox()).sent).toBe(2);
    expect(slack.sent).toHaveLength(4);
  });

  it('SECBOT_LEDGER_RETENTION_DAYS sets the retention (default 400); under 30 days is refused', () => {
    expect(readEnv({}).ledgerRetentionDays).toBe(400);
    expect(readEnv({ SECBOT_LEDGER_RETENTION_DAYS: '90' }).ledgerRetentionDays).toBe(90);
    expect(() => readEnv({ SECBOT_LEDGER_RETENTION_DAYS: '7' })).toThrow(/SECBOT_LEDGER_RETENTION_DAYS: keep delivered keys at least 30 days/);
  });
});
