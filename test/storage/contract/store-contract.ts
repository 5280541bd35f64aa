import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emptyStore } from '../../../storage/schema';
import { fakeClock, meta, newAction, smallStore } from '../helpers';
import type { OpenedForTest, StoreKind } from './store-kinds';

/** What every StorePort promises (src/core/ports.ts), run against each implementation. */
export function storeContract(kind: StoreKind): void {
  describe(`StorePort contract: ${kind.name}`, () => {
    let opened: OpenedForTest | undefined;
    beforeAll(() => kind.setUp(), 60_000);
    afterAll(() => kind.tearDown(), 60_000);
    afterEach(async () => {
      await opened?.cleanup();
      opened = undefined;
    });

    it('a change is persisted with its audit entry: who, when, which command, each entity before and after', async () => {
      opened = await kind.open(smallStore(), fakeClock('2024-03-05T10:15:00Z'));
      const original = opened.store.read();
      const closed = original.actions[1]!;
      const removed = original.consultations[0]!;
      await opened.store.transact({ actor: 'slack:U42', command: `action close ${closed.ref}` }, (draft) => {
        draft.actions[1]!.status = 'Closed';
        draft.actions[1]!.closedOn = '2024-03-05';
        draft.actions.push(newAction(7));
        draft.consultations.splice(0, 1);
      });
      const reader = await opened.reopen();
      expect(reader.read()).toEqual(opened.store.read());
      expect(reader.auditOf()).toEqual([
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

    it('auditOf finds an entity, a proposal with its consultations, and an actor’s changes', async () => {
      opened = await kind.open(smallStore(), fakeClock());
      const proposal = opened.store.read().proposals[0]!;
      await opened.store.transact({ actor: 'slack:U1', command: 'advance' }, (d) => void (d.proposals[0]!.stage = 'Refinement Process'));
      await opened.store.transact({ actor: 'slack:U2', command: 'consultation add' }, (d) => void d.consultations.push({ id: 'c-new', proposal: proposal.ref, kind: 'refinement', closes: '2024-04-01T16:00:00.000Z', source: 'test' }));
      await opened.store.transact({ actor: 'slack:U1', command: 'other' }, (d) => void d.actions.push(newAction(1)));
      for (const store of [opened.store, await opened.reopen()]) {
        expect(store.auditOf([{ collection: 'proposals', id: proposal.ref }]).map((e) => e.command)).toEqual(['advance', 'consultation add']);
        expect(store.auditOf([{ collection: 'actions', id: 'CSC 99/1' }]).map((e) => e.command)).toEqual(['other']);
        expect(store.auditOf([{ collection: 'actors', id: 'slack:U1' }]).map((e) => e.command)).toEqual(['advance', 'other']);
      }
    });

    it('outbox, ledger, installations, channel settings and a reordering are saved; only entity changes are audited', async () => {
      opened = await kind.open(smallStore(), fakeClock());
      const refs = opened.store.read().proposals.map((p) => p.ref);
      await opened.store.transact(meta('outbox'), (d) => void d.outbox.push({ id: 'e1', type: 'dp.raised', at: '2024-03-05T10:00:00.000Z', ref: 'DP100', data: { n: 1 } }));
      await opened.store.transact(meta('ledger'), (d) => void d.deliveries.push({ key: 'k1', recipient: 'slack:T1:C1', status: 'sent', attempts: 1, at: '2024-03-05T10:00:00.000Z' }));
      await opened.store.transact(meta('install'), (d) => void d.installations.push({ address: { platform: 'slack', teamId: 'T1', channelId: 'C1' }, installedAt: '2024-03-05T10:00:00.000Z' }));
      await opened.store.transact(meta('settings unfurl off'), (d) => void (d.channelSettings['slack:T1:C1'] = { unfurl: false }));
      await opened.store.transact(meta('sort'), (d) => void d.proposals.reverse());
      await opened.store.transact(meta('outbox done'), (d) => void d.outbox.splice(0, 1));
      const reader = await opened.reopen();
      expect(reader.read()).toEqual(opened.store.read());
      expect(reader.read().proposals.map((p) => p.ref)).toEqual([...refs].reverse());
      expect(reader.read().outbox).toEqual([]);
      expect(reader.auditOf().map((e) => e.command)).toEqual(['settings unfurl off']);
    });

    it('a mutate that throws, or a change that breaks the schema, changes nothing anywhere', async () => {
      opened = await kind.open(smallStore(), fakeClock());
      const before = opened.store.read();
      await expect(opened.store.transact(meta(), (d) => { d.actions.push(newAction(1)); throw new Error('no'); })).rejects.toThrow('no');
      await expect(opened.store.transact(meta(), (d) => void ((d.actions[0] as { status: string }).status = 'Maybe'))).rejects.toThrow(/actions/);
      await expect(opened.store.transact(meta(), async (d) => void d.actions.push(newAction(2)))).rejects.toThrow(/synchronous/);
      expect(opened.store.read()).toBe(before);
      const reader = await opened.reopen();
      expect(reader.read()).toEqual(before);
      expect(reader.auditOf()).toEqual([]);
      await opened.store.transact(meta('after'), (d) => void d.actions.push(newAction(3)));
      expect((await opened.reopen()).read().actions.at(-1)!.ref).toBe('CSC 99/3');
    });

    it('50 concurrent changes are all persisted in the order they were made; results come back as plain data', async () => {
      opened = await kind.open(emptyStore(), fakeClock());
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => opened!.store.transact(meta(`add ${i}`), (d) => d.actions[d.actions.push(newAction(i)) - 1])));
      expect(results[49]).toEqual(newAction(49));
      const reader = await opened.reopen();
      expect(reader.read().actions.map((a) => a.ref)).toEqual(Array.from({ length: 50 }, (_, i) => `CSC 99/${i}`));
      expect(reader.auditOf().map((e) => e.command)).toEqual(Array.from({ length: 50 }, (_, i) => `add ${i}`));
    });

    it('SEC versions are saved and audited by version number; a merge into one is audited with before and after', async () => {
      opened = await kind.open(smallStore(), fakeClock('2024-03-05T10:15:00Z'));
      const v45 = { version: '45.0', on: '2021-09-01', contains: ['MP161'], source: 'import v45.txt:2' };
      await opened.store.transact(meta('import v45.txt'), (d) => void d.secVersions.push(v45));
      await opened.store.transact(meta('import v45-designation.txt'), (d) => void (d.secVersions[0] = { ...v45, designated: true }));
      const reader = await opened.reopen();
      expect(reader.read().secVersions).toEqual([{ ...v45, designated: true }]);
      expect(reader.auditOf([{ collection: 'secVersions', id: '45.0' }]).map((e) => [e.command, e.changes])).toEqual([
        ['import v45.txt', [{ collection: 'secVersions', id: '45.0', after: v45 }]],
        ['import v45-designation.txt', [{ collection: 'secVersions', id: '45.0', before: v45, after: { ...v45, designated: true } }]],
      ]);
    });

    it('committed data is frozen, and a read-only open refuses changes', async () => {
      opened = await kind.open(smallStore(), fakeClock());
      expect(() => (opened!.store.read().actions as unknown[]).push(newAction(1))).toThrow();
      const reader = await opened.reopen();
      await expect(reader.transact(meta(), (d) => void d.actions.push(newAction(1)))).rejects.toThrow(/read-only/);
    });
  });
}
