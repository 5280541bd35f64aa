import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { StoreData } from '../../storage/schema';

export interface DurableFloors {
  /** Appends 200 bytes durably; its time in ms. */
  append(): number;
  /** Makes the i-th action change durable in SQLite; its time in ms. */
  sqlite(i: number): number;
  close(): Promise<void>;
}

/**
 * What durability costs on this disk, one operation at a time so the bench can interleave them with the
 * store's own changes (a shared disk's speed drifts within a minute): appending 200 bytes to a file
 * opened O_DSYNC, synchronously (the least any durable write can cost), and SQLite in WAL mode with
 * synchronous=FULL updating one action and inserting its audit row in one transaction (the same change
 * as the store's).
 */
export async function openDurableFloors(data: StoreData): Promise<DurableFloors> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-floor-'));
  const append = appendFloor(join(dir, 'append.log'));
  const sqlite = sqliteFloor(join(dir, 'store.db'), data);
  return {
    append: append.step,
    sqlite: sqlite.step,
    async close() {
      append.close();
      sqlite.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function appendFloor(file: string) {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC);
  const line = Buffer.from(`${'x'.repeat(199)}\n`);
  return {
    step() {
      const start = performance.now();
      writeSync(fd, line, 0, line.length, null);
      return performance.now() - start;
    },
    close: () => closeSync(fd),
  };
}

function sqliteFloor(file: string, data: StoreData) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE actions (ref TEXT PRIMARY KEY, json TEXT NOT NULL); CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT, actor TEXT, command TEXT, changes TEXT)');
  const insert = db.prepare('INSERT INTO actions (ref, json) VALUES (?, ?)');
  db.transaction(() => data.actions.forEach((a) => insert.run(a.ref, JSON.stringify(a))))();
  const read = db.prepare('SELECT json FROM actions WHERE ref = ?');
  const update = db.prepare('UPDATE actions SET json = ? WHERE ref = ?');
  const audit = db.prepare('INSERT INTO audit (at, actor, command, changes) VALUES (?, ?, ?, ?)');
  const change = db.transaction((ref: string, i: number) => {
    const before = JSON.parse((read.get(ref) as { json: string }).json);
    const after = { ...before, updates: [...before.updates, { on: '2024-03-05', text: `Bench update ${i}`, by: 'bench' }] };
    update.run(JSON.stringify(after), ref);
    audit.run(new Date().toISOString(), 'slack:U1', `action update ${ref}`, JSON.stringify([{ collection: 'actions', id: ref, before, after }]));
  });
  return {
    step(i: number) {
      const ref = data.actions[(i * 104_729) % data.actions.length]!.ref;
      const start = performance.now();
      change(ref, i);
      return performance.now() - start;
    },
    close: () => db.close(),
  };
}
