import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initStore, openStore, type FileStore, type OpenStoreOptions } from '../../storage/file-store';
import { emptyStore, type StoreData } from '../../storage/schema';

export interface TempStore {
  store: FileStore;
  /** The store file: `<dir>/secbot.json`. */
  file: string;
  dir: string;
  /** Closes the store (the one in `store` now, if a test reopened it, and the first) and deletes the directory. */
  cleanup(): Promise<void>;
}

/** A real file store in a fresh temp directory, for tests that want the file behaviour (lock, audit, disk). */
export async function createTempStore(data: StoreData = emptyStore(), options: Omit<OpenStoreOptions, 'file'> = {}): Promise<TempStore> {
  const dir = await mkdtemp(path.join(tmpdir(), 'secbot-store-'));
  const file = path.join(dir, 'secbot.json');
  await initStore(file, data);
  const first = await openStore({ ...options, file });
  const temp: TempStore = {
    store: first,
    file,
    dir,
    async cleanup() {
      await temp.store.close();
      if (temp.store !== first) await first.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return temp;
}

/** An empty temp directory and a store path inside it (no file yet), for tests of opening and init. */
export async function createTempDir(): Promise<{ dir: string; file: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'secbot-store-'));
  return { dir, file: path.join(dir, 'secbot.json'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
