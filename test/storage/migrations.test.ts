import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../storage/file-store';
import { MIGRATIONS, migrate, type Migration } from '../../storage/migrations';
import { createTempDir } from '../support/temp-store';
import { bytes, smallStore } from './helpers';

/** A made-up "version 0" in which actions had an `assignee` instead of an `owner`. */
function versionZero() {
  const data = smallStore();
  return { ...data, schemaVersion: 0, actions: data.actions.map(({ owner, ...rest }) => ({ ...rest, assignee: owner })) };
}

const renameAssignee: Migration = (doc) => ({
  ...doc,
  schemaVersion: 1,
  actions: (doc.actions as Record<string, unknown>[]).map(({ assignee, ...rest }) => ({ ...rest, owner: assignee })),
});

let temp: Awaited<ReturnType<typeof createTempDir>> | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

describe('schema migrations', () => {
  it('opening an old file for writing migrates it, saves it, and keeps the old file as a backup', async () => {
    temp = await createTempDir();
    const old = JSON.stringify(versionZero());
    await writeFile(temp.file, old);
    const store = await openStore({ file: temp.file, migrations: { ...MIGRATIONS, 0: renameAssignee } });
    expect(store.read().schemaVersion).toBe(2);
    expect(store.read().actions.map((a) => a.owner)).toEqual(smallStore().actions.map((a) => a.owner));
    await store.close();
    const saved = JSON.parse(await readFile(temp.file, 'utf8'));
    expect(saved.schemaVersion).toBe(2);
    expect(saved.actions[0].assignee).toBeUndefined();
    expect(await readdir(path.join(temp.dir, 'backups'))).toContain('secbot-before-schema-2.json');
    expect(await readFile(path.join(temp.dir, 'backups', 'secbot-before-schema-2.json'), 'utf8')).toBe(old);
  });

  it('a read-only open migrates in memory and leaves the file untouched', async () => {
    temp = await createTempDir();
    await writeFile(temp.file, JSON.stringify(versionZero()));
    const before = await bytes(temp.file);
    const store = await openStore({ file: temp.file, readOnly: true, migrations: { ...MIGRATIONS, 0: renameAssignee } });
    expect(store.read().actions[0]!.owner).toBe(smallStore().actions[0]!.owner);
    expect(await bytes(temp.file)).toEqual(before);
  });

  it('a version with no migration step is refused and the file left as it is', async () => {
    temp = await createTempDir();
    await writeFile(temp.file, JSON.stringify(versionZero()));
    const before = await bytes(temp.file);
    await expect(openStore({ file: temp.file })).rejects.toThrow(/has schema version 0, and this secbot has no migration from version 0/);
    expect(await bytes(temp.file)).toEqual(before);
  });

  it('runs a chain of steps in order, one version at a time', () => {
    const seen: number[] = [];
    const step = (to: number): Migration => (doc) => {
      seen.push(doc.schemaVersion as number);
      return { ...doc, schemaVersion: to, [`v${to}`]: true };
    };
    const { document, from } = migrate({ schemaVersion: 1 }, { file: 'x.json', migrations: { 1: step(2), 2: step(3), 3: step(4) }, target: 4 });
    expect(from).toBe(1);
    expect(seen).toEqual([1, 2, 3]);
    expect(document).toEqual({ schemaVersion: 4, v2: true, v3: true, v4: true });
  });

  it('a migration step that forgets to bump schemaVersion is caught', () => {
    expect(() => migrate({ schemaVersion: 0 }, { file: 'x.json', migrations: { 0: (doc) => doc }, target: 1 })).toThrow(/did not set schemaVersion to 1/);
  });
});
