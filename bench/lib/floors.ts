import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { StoreData } from '../../storage/schema';
import { percentile } from './stats';

const RUNS = 300;

/**
 * What durability costs on this disk, measured in the same run as the store: appending 200 bytes to a
 * file opened O_DSYNC, synchronously (the least any durable write can cost, and how the journal
 * appends), and SQLite in WAL mode with synchronous=FULL updating one action and inserting its audit
 * row in one transaction (the same change as the store's).
 */
export async function durableFloors(data: StoreData): Promise<{ append: number; sqlite: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-floor-'));
  try {
    return { append: appendFloor(join(dir, 'append.log')), sqlite: sqliteFloor(join(dir, 'store.db'), data) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function appendFloor(file: string): number {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC);
  const line = Buffer.from(`${'x'.repeat(199)}\n`);
  const samples: number[] = [];
  try {
    for (let i = 0; i < RUNS + 50; i++) {
      const start = performance.now();
      writeSync(fd, line, 0, line.length, null);
      if (i >= 50) samples.push(performance.now() - start);
    }
  } finally {
    closeSync(fd);
  }
  return percentile(samples, 50);
}

function sqliteFloor(file: string, data: StoreData): number {
  const db = new Database(file);
  try {
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
    const samples: number[] = [];
    for (let i = 0; i < RUNS + 50; i++) {
      const ref = data.actions[(i * 104_729) % data.actions.length]!.ref;
      const start = performance.now();
      change(ref, i);
      if (i >= 50) samples.push(performance.now() - start);
    }
    return percentile(samples, 50);
  } finally {
    db.close();
  }
}
