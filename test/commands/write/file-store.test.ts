import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../storage/file-store';
import { storeDataSchema } from '../../../storage/schema';
import { createTestBot } from '../../support/test-bot';
import { createTempStore, type TempStore } from '../../support/temp-store';
import { fixtureStore } from '../../domain/operations/fixtures';

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

const SESSION = [
  'raise DP120 "Alert routing" committees OPSG',
  'convert DP096 on 25 Feb 2020 reason "the Panel directed it"',
  'advance DP096 Refinement Process on 2023-06-28 note Panel agreed',
  'decide MP167B approved on 21 Aug 2023',
  'action add CSC SECAS "Book the room for DP096"',
  'action close CSC 12/01 Meeting held',
  'action update CSC 10/01 Draft legal text sent',
  'action due CSC 10/01 29 Sep 2023',
  'action snooze CSC 10/01 1w',
  'consultation add MP096 refinement 2023-09-01 2023-09-22',
];

describe('write commands on the file store', () => {
  it('a session of changes is on disk, valid, with one event per current change (old news is quiet) and an audit entry per command', async () => {
    temp = await createTempStore(fixtureStore());
    const bot = createTestBot({ store: temp.store });
    for (const line of SESSION) expect((await bot.run(line)).kind, line).toBe('success');

    // On disk = what a new process loads: the snapshot plus the journal written after it.
    const reader = await openStore({ file: temp.file, readOnly: true });
    const onDisk = storeDataSchema.parse(reader.read());
    expect(onDisk.proposals.map((p) => [p.ref, p.stage])).toEqual([
      ['MP096', 'Refinement Process'],
      ['MP167B', 'Pending Implementation'],
      ['DP095', 'Rejected'],
      ['DP120', 'Development Stage'],
    ]);
    expect(onDisk.proposals[0]!.draftRef).toBe('DP096');
    expect(onDisk.actions.find((a) => a.ref === 'CSC 12/02')!.proposals).toEqual(['MP096']);
    expect(onDisk.actions.find((a) => a.ref === 'CSC 10/01')).toMatchObject({ due: '2023-09-29', snoozedUntil: '2023-08-29', proposals: ['MP096'] });
    expect(onDisk.consultations.map((c) => c.proposal)).toEqual(['MP096', 'MP096']);
    expect(onDisk.outbox.map((e) => e.type)).toEqual([
      'dp.raised', 'decision.recorded', 'action.added',
      'action.closed', 'action.updated', 'action.due-changed', 'action.snoozed', 'consultation.scheduled',
    ]);
    expect(new Set(onDisk.outbox.map((e) => e.id)).size).toBe(SESSION.length - 2); // the conversion (2020) and the June stage change are history, not news
    expect(reader.auditOf().map((a) => [a.actor, a.command])).toEqual(SESSION.map((line) => ['operator', line]));
  });

  it('a refused change leaves the file as it was', async () => {
    temp = await createTempStore(fixtureStore());
    const bot = createTestBot({ store: temp.store });
    const before = await readFile(temp.file, 'utf8');
    const reply = await bot.run('consultation add MP167B report 2023-09-07 2023-08-16');
    expect(reply.kind).toBe('error');
    expect(await readFile(temp.file, 'utf8')).toBe(before);
  });

  it('the changes survive closing and reopening the store', async () => {
    temp = await createTempStore(fixtureStore());
    await createTestBot({ store: temp.store }).run('convert DP096 reason "the Panel directed it"');
    await temp.store.close();
    const reopened = await openStore({ file: temp.file, readOnly: true });
    const reply = await createTestBot({ store: reopened }).run('status DP096');
    expect(JSON.stringify(reply)).toContain('MP096');
    const data = reopened.read();
    expect(data.proposals[0]).toMatchObject({ ref: 'MP096', draftRef: 'DP096', stage: 'Converted to Modification Proposal' });
    await reopened.close();
  });
});
