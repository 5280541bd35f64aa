import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../storage/file-store';
import { createTempStore, type TempStore } from '../support/temp-store';
import { fakeClock, newAction, smallStore } from './helpers';

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

describe('audit log', () => {
  it('records who, when, which command, and each entity before and after', async () => {
    const clock = fakeClock('2024-03-05T10:15:00Z');
    temp = await createTempStore(smallStore(), { clock });
    const original = temp.store.read();
    const closed = original.actions[1]!;
    const removed = original.consultations[0]!;
    await temp.store.transact({ actor: 'slack:U42', command: `action close ${closed.ref}` }, (draft) => {
      draft.actions[1]!.status = 'Closed';
      draft.actions[1]!.closedOn = '2024-03-05';
      draft.actions.push(newAction(7));
      draft.consultations.splice(0, 1);
    });
    const onDisk = await openStore({ file: temp.file, readOnly: true });
    expect(onDisk.auditOf()).toEqual([
      {
        at: '2024-03-05T10:15:00.000Z',
        actor: 'slack:U42',
        command: `action close ${closed.ref}`,
        changes: [
          { collection: 'actions', id: closed.ref, before: closed, after: { ...closed, status: 'Closed', closedOn: '2024-03-05' } },
          { collection: 'actions', id: 'CSC 99/7', after: newAction(7) },
          { collection: 'consultations', id: removed.id, before: removed },
        ],
      },
    ]);
  });

  it('changes outside the audited collections (the outbox) are saved without an audit entry', async () => {
    temp = await createTempStore();
    await temp.store.transact({ actor: 'notifier', command: 'outbox' }, (draft) => {
      draft.outbox.push({ id: 'e1', type: 'dp.raised', at: '2024-03-05T10:00:00Z', ref: 'DP100', data: {} });
    });
    const saved = await openStore({ file: temp.file, readOnly: true });
    expect(saved.read().outbox.map((e) => e.id)).toEqual(['e1']);
    expect(saved.auditOf()).toEqual([]);
  });

  it('reordering a collection is saved even though no entity changed', async () => {
    temp = await createTempStore(smallStore());
    const refs = temp.store.read().proposals.map((p) => p.ref);
    await temp.store.transact({ actor: 'operator', command: 'sort' }, (draft) => void draft.proposals.reverse());
    const saved = await openStore({ file: temp.file, readOnly: true });
    expect(saved.read().proposals.map((p) => p.ref)).toEqual([...refs].reverse());
    expect(saved.auditOf()).toEqual([]);
  });
});

describe('audit of channel settings', () => {
  it('records who changed a channel setting, with before and after', async () => {
    const { createMemoryStore } = await import('../../storage/memory-store');
    const { emptyStore } = await import('../../storage/schema');
    const store = createMemoryStore(emptyStore(), () => new Date('2026-01-05T09:00:00Z'));
    await store.transact({ actor: 'slack:U1', command: 'settings unfurl on' }, (d) => void (d.channelSettings['slack:T1:C1'] = { unfurl: true }));
    await store.transact({ actor: 'slack:U1', command: 'settings unfurl off' }, (d) => void (d.channelSettings['slack:T1:C1'] = { unfurl: false }));
    const [on, off] = store.auditOf();
    expect(on!.changes).toEqual([{ collection: 'channelSettings', id: 'slack:T1:C1', after: { unfurl: true } }]);
    expect(off!.changes).toEqual([{ collection: 'channelSettings', id: 'slack:T1:C1', before: { unfurl: true }, after: { unfurl: false } }]);
  });
});
