import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/ports';
import { silentLogger } from '../../src/core/ports';
import { openStore } from '../../storage/file-store';
import { createTempStore, type TempStore } from '../support/temp-store';
import { fakeClock, meta, newAction, smallStore } from './helpers';

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

const journal = (dir: string) => path.join(dir, 'secbot-journal');
/** A segment's lines as readers see them: up to the zeros a running writer keeps reserved after its last line. */
const segmentText = async (dir: string, name: string) => (await readFile(path.join(journal(dir), name), 'utf8')).replace(/\0+$/, '');

function recordingLogger(lines: string[]): Logger {
  const log = (level: string) => (obj: object | string, msg?: string) => void lines.push(`${level} ${msg ?? ''} ${JSON.stringify(obj)}`);
  return { ...silentLogger, warn: log('warn'), error: log('error'), info: log('info'), child: () => recordingLogger(lines) };
}

describe('journal', () => {
  it('a change is one appended line; the snapshot is rewritten later; a new process sees both', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(smallStore(), { clock });
    const snapshotBefore = await readFile(temp.file, 'utf8');
    await temp.store.transact(meta('action add CSC 99/1'), (d) => void d.actions.push(newAction(1)));
    const lines = (await segmentText(temp.dir, '2024-03.jsonl')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ seq: 1, refs: ['actors:slack:U123', 'actions:CSC 99/1'], actor: 'slack:U123', command: 'action add CSC 99/1' });
    expect(await readFile(temp.file, 'utf8')).toBe(snapshotBefore);
    const reader = await openStore({ file: temp.file, readOnly: true });
    expect(reader.read().actions.at(-1)).toEqual(newAction(1));
    await temp.store.close();
    expect(JSON.parse(await readFile(temp.file, 'utf8'))).toMatchObject({ journalSeq: 1 });
  });

  it('a torn last line (a write killed mid-way) is reported, ignored and cut off; the next write follows the last good line', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(smallStore(), { clock });
    await temp.store.transact(meta('add 1'), (d) => void d.actions.push(newAction(1)));
    await temp.store.close();
    await writeFile(temp.file, JSON.stringify({ ...JSON.parse(await readFile(temp.file, 'utf8')), journalSeq: 0 }));
    await appendFile(path.join(journal(temp.dir), '2024-03.jsonl'), '{"seq":2,"refs":["actions:CSC 99/2"],"at":"2024-03-05T10:0');
    const logs: string[] = [];
    temp.store = await openStore({ file: temp.file, clock, logger: recordingLogger(logs) });
    expect(logs.join('\n')).toMatch(/warn the journal ends with a torn line .*"bytes":58/);
    expect(temp.store.read().actions.map((a) => a.ref)).toContain('CSC 99/1');
    expect(temp.store.read().actions.map((a) => a.ref)).not.toContain('CSC 99/2');
    await temp.store.transact(meta('add 3'), (d) => void d.actions.push(newAction(3)));
    const lines = (await segmentText(temp.dir, '2024-03.jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { seq: number; command: string });
    expect(lines.map((l) => [l.seq, l.command])).toEqual([[1, 'add 1'], [2, 'add 3']]);
  });

  it('a journal with blank lines (at its end, as an editor leaves it, or between lines) opens with its history, and the next write follows the last line', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(smallStore(), { clock });
    await temp.store.transact(meta('add 1'), (d) => void d.actions.push(newAction(1)));
    await temp.store.transact(meta('add 2'), (d) => void d.actions.push(newAction(2)));
    await temp.store.close();
    await writeFile(temp.file, JSON.stringify({ ...JSON.parse(await readFile(temp.file, 'utf8')), journalSeq: 0 }));
    const segment = path.join(journal(temp.dir), '2024-03.jsonl');
    const [first, second] = (await segmentText(temp.dir, '2024-03.jsonl')).trim().split('\n');
    await writeFile(segment, `${first}\n\n${second}\n\n \r\n\n`);
    const logs: string[] = [];
    temp.store = await openStore({ file: temp.file, clock, logger: recordingLogger(logs) });
    expect(logs.join('\n')).not.toMatch(/torn/);
    expect(temp.store.read().actions.map((a) => a.ref)).toEqual(expect.arrayContaining(['CSC 99/1', 'CSC 99/2']));
    expect(temp.store.auditOf([{ collection: 'actions', id: 'CSC 99/2' }]).map((e) => e.command)).toEqual(['add 2']);
    expect(temp.store.auditOf().map((e) => e.command)).toEqual(['add 1', 'add 2']);
    await temp.store.transact(meta('add 3'), (d) => void d.actions.push(newAction(3)));
    expect((await segmentText(temp.dir, '2024-03.jsonl')).split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { command: string }).command)).toEqual(['add 1', 'add 2', 'add 3']);
  });

  it('a running writer keeps zeros reserved after its last line, laying more as lines arrive; readers stop at them; close cuts them off', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(smallStore(), { clock, snapshots: { everyChanges: 100_000 } });
    const segment = path.join(journal(temp.dir), '2024-03.jsonl');
    const long = 'x'.repeat(2_000);
    // ~2.3 KB lines: 400 of them pass the 512 KB first reservation, so appends also wait for the next one.
    for (let n = 1; n <= 400; n++) {
      await temp.store.transact(meta(`add ${n}`), (d) => void d.actions.push({ ...newAction(n), text: `${long} ${n}` }));
    }
    const raw = await readFile(segment);
    const written = raw.indexOf(0);
    expect(written).toBeGreaterThan(400 * 2_000);
    expect(raw[written - 1]).toBe(0x0a);
    expect(raw.subarray(written).every((b) => b === 0)).toBe(true);
    const reader = await openStore({ file: temp.file, readOnly: true });
    expect(reader.read().actions.filter((a) => a.ref.startsWith('CSC 99/'))).toHaveLength(400);
    expect(reader.auditOf().map((e) => e.command).slice(-2)).toEqual(['add 399', 'add 400']);
    await temp.store.close();
    const closed = await readFile(segment);
    expect(closed.length).toBe(written);
    expect(closed.includes(0)).toBe(false);
  });

  it('a torn line in the reserved zeros, and stray bytes of a torn write further on, are reported and cut off', async () => {
    const clock = fakeClock('2024-03-05T10:00:00Z');
    temp = await createTempStore(smallStore(), { clock });
    await temp.store.transact(meta('add 1'), (d) => void d.actions.push(newAction(1)));
    await temp.store.close();
    const segment = path.join(journal(temp.dir), '2024-03.jsonl');
    const good = await readFile(segment);
    const torn = Buffer.from('{"seq":2,"refs":["actions:CSC 99/2"],"at":"2024-03-05T10:0');
    const stray = Buffer.from('ommand":"add 2"}\n');
    await writeFile(segment, Buffer.concat([good, torn, Buffer.alloc(4096), stray, Buffer.alloc(4096)]));
    const logs: string[] = [];
    temp.store = await openStore({ file: temp.file, clock, logger: recordingLogger(logs) });
    expect(logs.join('\n')).toMatch(new RegExp(`warn the journal ends with a torn line .*"bytes":${torn.length + stray.length}`));
    expect(temp.store.read().actions.map((a) => a.ref)).not.toContain('CSC 99/2');
    await temp.store.transact(meta('add 3'), (d) => void d.actions.push(newAction(3)));
    await temp.store.close();
    const lines = (await segmentText(temp.dir, '2024-03.jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { seq: number; command: string });
    expect(lines.map((l) => [l.seq, l.command])).toEqual([[1, 'add 1'], [2, 'add 3']]);
    expect((await readFile(segment)).includes(0)).toBe(false);
  });

  it('history reads one entity through the index, across monthly segments, with its consultations for a proposal', async () => {
    const clock = fakeClock('2024-03-31T23:00:00Z');
    temp = await createTempStore(smallStore(), { clock });
    const [proposal, other] = temp.store.read().proposals;
    await temp.store.transact(meta('advance 1'), (d) => void (d.proposals[0]!.stage = 'Report Phase'));
    await temp.store.transact(meta('other'), (d) => void (d.proposals[1]!.stage = 'Report Phase'));
    clock.advance(3_600_000);
    await temp.store.transact(meta('consultation add'), (d) => {
      d.consultations.push({ id: 'c-new', proposal: proposal!.ref, kind: 'report', opens: '2024-04-01', closes: '2024-04-20T16:00:00Z', source: 'test' });
    });
    expect(await readdir(journal(temp.dir))).toEqual(['2024-03.jsonl', '2024-04.jsonl']);
    const refs = [{ collection: 'proposals', id: proposal!.ref }];
    expect(temp.store.auditOf(refs).map((e) => e.command)).toEqual(['advance 1', 'consultation add']);
    expect(temp.store.auditOf([{ collection: 'proposals', id: other!.ref }]).map((e) => e.command)).toEqual(['other']);
    await temp.store.close();
    const fresh = await openStore({ file: temp.file, readOnly: true });
    expect(fresh.auditOf(refs).map((e) => e.command)).toEqual(['advance 1', 'consultation add']);
  });

  it('a store of schema version 1 moves its audit log into the journal and keeps the old file', async () => {
    temp = await createTempStore(smallStore());
    await temp.store.close();
    const current = JSON.parse(await readFile(temp.file, 'utf8'));
    const ref = current.actions[0].ref as string;
    const audit = [
      { at: '2023-11-02T09:00:00.000Z', actor: 'operator', command: 'action update', changes: [{ collection: 'actions', id: ref, before: current.actions[0], after: current.actions[0] }] },
      { at: '2024-01-10T09:00:00.000Z', actor: 'slack:U1', command: 'action close', changes: [{ collection: 'actions', id: ref, before: current.actions[0], after: current.actions[0] }] },
    ];
    const old = JSON.stringify({ ...current, journalSeq: undefined, schemaVersion: 1, audit });
    await writeFile(temp.file, old);
    const logs: string[] = [];
    temp.store = await openStore({ file: temp.file, logger: recordingLogger(logs) });
    expect(temp.store.auditOf([{ collection: 'actions', id: ref }]).map((e) => [e.at, e.command])).toEqual([
      ['2023-11-02T09:00:00.000Z', 'action update'],
      ['2024-01-10T09:00:00.000Z', 'action close'],
    ]);
    expect(await readdir(journal(temp.dir))).toEqual(['2023-11.jsonl', '2024-01.jsonl']);
    const saved = JSON.parse(await readFile(temp.file, 'utf8'));
    expect([saved.schemaVersion, saved.audit, saved.journalSeq]).toEqual([2, undefined, 2]);
    expect(await readFile(path.join(temp.dir, 'backups', 'secbot-before-schema-2.json'), 'utf8')).toBe(old);
    expect(logs.join('\n')).toMatch(/moved the audit log out of the store file into the journal/);
    await temp.store.transact(meta('after'), (d) => void d.actions.push(newAction(1)));
    expect(temp.store.auditOf([{ collection: 'actions', id: 'CSC 99/1' }]).map((e) => e.command)).toEqual(['after']);
  });
});

describe('the lock under a running writer', () => {
  it('a lock deleted while nobody else wrote is re-created, and writing goes on', async () => {
    const logs: string[] = [];
    temp = await createTempStore(smallStore(), { logger: recordingLogger(logs) });
    await (await import('node:fs/promises')).rm(`${temp.file}.lock`);
    await temp.store.transact(meta('after delete'), (d) => void d.actions.push(newAction(1)));
    expect((await readFile(`${temp.file}.lock`, 'utf8')).split('\n')[0]).toBe(String(process.pid));
    expect(logs.join('\n')).toMatch(/lock file had been deleted; re-created it/);
  });

  it('a lock deleted and taken by another writer: its change stays, and the first writer refuses loudly from then on', async () => {
    const logs: string[] = [];
    temp = await createTempStore(smallStore(), { logger: recordingLogger(logs) });
    await temp.store.transact(meta('bot 1'), (d) => void d.actions.push(newAction(1)));
    await (await import('node:fs/promises')).rm(`${temp.file}.lock`);
    const cli = await openStore({ file: temp.file });
    await cli.transact(meta('cli 2'), (d) => void d.actions.push(newAction(2)));
    await cli.close();
    await expect(temp.store.transact(meta('bot 3'), (d) => void d.actions.push(newAction(3)))).rejects.toThrow(
      /This change was not saved: secbot stopped writing to .*secbot\.json because its lock file was deleted and another process changed the store in the meantime/,
    );
    expect(logs.join('\n')).toMatch(/error stopped writing to the store/);
    await temp.store.close();
    const after = await openStore({ file: temp.file, readOnly: true });
    expect(after.read().actions.map((a) => a.ref).filter((r) => r.startsWith('CSC 99/'))).toEqual(['CSC 99/1', 'CSC 99/2']);
    expect(after.auditOf().map((e) => e.command)).toEqual(['bot 1', 'cli 2']);
    await expect(stat(`${temp.file}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
