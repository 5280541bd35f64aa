import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

/** Temp files are named `.<name>.<pid>.<n>.tmp` beside the target, so a rename never crosses devices. */
export function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
}

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temp file in the same directory, fsync it, rename it over the target, fsync the directory
 * (so the rename itself survives a power cut). `content` may be an iterable of chunks, produced lazily.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const temp = tempFileFor(file);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
      // Chunk by chunk: each write gives the event loop back to requests in between.
      else for (const chunk of content) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  }
}

/** Deletes temp files a killed writer left behind (only call while holding the store lock). */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const prefix = `.${path.basename(file)}.`;
  // Lock temp files (".<name>.lock.…") belong to another process's lock attempt in progress.
  const names = (await readdir(path.dirname(file))).filter((n) => n.startsWith(prefix) && !n.startsWith(`${prefix}lock`) && n.endsWith('.tmp'));
  await Promise.all(names.map((n) => rm(path.join(path.dirname(file), n), { force: true })));
  return names;
}
